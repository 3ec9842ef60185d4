namespace CauNoi.BrowserTests.Features.Clusters;

/// <summary>
/// The statistics of industrial clusters and their map, read by the Ministry's hub and by Hà Nội's department, at desktop
/// and phone width: the table scrolls inside its box rather than the page, no date breaks over two lines, no axe-core
/// violation. The year is 2022, the seed's: the demo registry's country line reads 1.084 clusters established, 734 operating.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/cluster-statistics-1366.png, -390.png, cluster-map-1366.png, -390.png,
/// cluster-map-list-1366.png, -390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterStatisticsPageTests(BrowserApp app) : BrowserTests(app)
{
    [Theory]
    [InlineData("cuc.ctdp")]
    [InlineData("so.hanoi")]
    public async Task TheStatisticsAndTheMap_AreReadableAndAccessible_AtDesktopAndPhoneWidth(string userName)
    {
        var (page, problems) = await SignedInAsync(userName);

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(page, "/cum-cong-nghiep/thong-ke?nam=2022", "Thống kê cụm công nghiệp");
            await Expect(page.Locator("#statistics tbody tr")).ToHaveCountAsync(1 + 3 + 34);
            var country = page.Locator("#statistics tbody tr[data-code=total]");
            await Expect(country).ToContainTextAsync("1.084");
            await Expect(country).ToContainTextAsync("734");
            await Expect(country).ToContainTextAsync("64,8");
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-statistics-{width}.png");

            await VisitAsync(page, "/cum-cong-nghiep/ban-do?nam=2022", "Bản đồ cụm công nghiệp");
            await Expect(page.Locator("#tile-map .tile")).ToHaveCountAsync(34);
            await AssertFitsAsync(page, width);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-map-{width}.png");

            await page.GetByRole(AriaRole.Link, new() { Name = "Số cụm đang hoạt động" }).ClickAsync();
            await Expect(page.Locator("#colour-switch [aria-current=true]")).ToHaveTextAsync("Số cụm đang hoạt động");
            await page.GetByRole(AriaRole.Link, new() { Name = "Danh sách", Exact = true }).ClickAsync();
            await Expect(page.Locator("#province-list tbody tr")).ToHaveCountAsync(34);
            await AssertFitsAsync(page, width);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-map-list-{width}.png");
        }
        problems.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
