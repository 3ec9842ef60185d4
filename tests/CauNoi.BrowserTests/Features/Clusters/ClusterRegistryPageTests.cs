namespace CauNoi.BrowserTests.Features.Clusters;

/// <summary>
/// A planned cluster registered on the form by Hà Nội's department, established on its page although it has no developer
/// (with the reason), a project added; the cluster's page and the list at desktop and phone width: no sideways scrolling,
/// no date broken over two lines, no axe-core violation. With CAUNOI_SCREENSHOTS set: docs/screenshots/cluster-conditions-1366.png, cluster-1366.png,
/// cluster-390.png, clusters-390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterRegistryPageTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task AClusterFromItsRegistrationToItsEstablishment_IsReadableAndAccessible()
    {
        var (page, problems) = await SignedInAsync("so.hanoi");
        await page.GotoAsync("/cum-cong-nghiep/moi");
        await page.GetByLabel("Tên cụm công nghiệp").FillAsync("Cụm công nghiệp Quang Minh mở rộng phía Bắc");
        await page.GetByLabel("Diện tích theo phương án (ha)").FillAsync("48,5");
        await page.GetByLabel("Đất công nghiệp có thể cho thuê (ha)").FillAsync("35");
        await page.GetByLabel("Hoặc mã xã cũ trước 01/7/2025 (cách nhau bởi dấu phẩy)").FillAsync("08989");
        await page.GetByLabel("Ngành nghề thu hút (mỗi dòng một ngành)").FillAsync("Cơ khí chế tạo\nĐiện tử");
        await page.GetByLabel("Số, ký hiệu").FillAsync("1234/QĐ-UBND");
        await page.GetByLabel("Ngày ký").FillAsync("10/06/2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký cụm công nghiệp" }).ClickAsync();
        await Expect(page.Locator("#title")).ToHaveTextAsync("Cụm công nghiệp Quang Minh mở rộng phía Bắc");
        await Expect(page.Locator("#locations")).ToContainTextAsync("Thị trấn Quang Minh, Huyện Mê Linh");
        var cluster = PathOf(page);

        await Expect(page.Locator("[data-condition=developer]")).ToContainTextAsync("Chưa đáp ứng");
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "cluster-conditions-1366.png");
        await page.Locator("#establish-number").FillAsync("45/QĐ-UBND");
        await page.Locator("#establish-date").FillAsync("02/04/2025");
        await page.Locator("#establish-area").FillAsync("48,5");
        await page.Locator("#establish-reason").FillAsync("UBND thành phố quyết định thành lập để di dời cơ sở sản xuất ra khỏi khu dân cư; chủ đầu tư được lựa chọn sau.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận: Thành lập" }).ClickAsync();
        await Expect(page.Locator("#stage")).ToHaveTextAsync("Đã thành lập");
        await Expect(page.Locator("#decisions [data-override]")).ToContainTextAsync("chủ đầu tư được lựa chọn sau");

        await page.GetByText("Thêm dự án thứ cấp").ClickAsync();
        await page.Locator("#project-new-investor").FillAsync("Công ty TNHH Linh kiện điện tử Quang Minh");
        await page.Locator("#project-new-sector").FillAsync("Điện tử");
        await page.Locator("#project-new-capital").FillAsync("250");
        await page.Locator("#project-new-land").FillAsync("14");
        await page.Locator("#project-new-workers").FillAsync("320");
        await page.Locator("#project-new-status").SelectOptionAsync("Operating");
        await page.Locator("#project-new-registered").FillAsync("01/05/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm dự án" }).ClickAsync();
        // 14 ÷ 35 = 40%.
        await Expect(page.Locator("[data-figure=occupancy]")).ToContainTextAsync("40,00%");

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await page.GotoAsync(cluster);
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"cluster-{width}.png");
        }
        await page.GotoAsync("/cum-cong-nghiep?district=M%C3%AA%20Linh");
        await Expect(page.Locator("#clusters tbody tr")).Not.ToHaveCountAsync(0);
        await AssertFitsAsync(page, 390);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "clusters-390.png");
        problems.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
