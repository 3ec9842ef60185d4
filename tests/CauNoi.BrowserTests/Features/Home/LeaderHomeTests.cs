namespace CauNoi.BrowserTests.Features.Home;

/// <summary>A Ministry leader's home page is his brief of the week: readable at both widths, accessible, its dates whole.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaderHomeTests(BrowserApp app) : BrowserTests(app)
{
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task LeaderHome_ShowsTheBriefAndItsDownload_AtDesktopAndPhoneWidth(int width)
    {
        var (page, problems) = await SignedInAsync("lanhdao");
        await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);

        await page.GotoAsync("/");

        await Expect(page.Locator("#brief h2")).ToContainTextAsync("Bản tin tuần");
        await Expect(page.Locator("#brief-docx")).ToHaveTextAsync("Tải bản tin tuần (.docx)");
        await Expect(page.Locator("#brief-follows")).ToContainTextAsync("Cục Điện lực");
        await AssertAccessibleAsync(page);
        await AssertNoBrokenDatesAsync(page);
        await ScreenshotAsync(page, $"home-leader-{width}.png");
        problems.AssertNone();
    }
}
