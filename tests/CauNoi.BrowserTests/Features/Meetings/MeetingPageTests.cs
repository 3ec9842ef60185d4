namespace CauNoi.BrowserTests.Features.Meetings;

/// <summary>
/// A working mission entered on the form as the hub's officer would, its findings recorded and one turned into a
/// recommendation, a recommendation recorded at the session; its page for the hub and for the province visited, at desktop
/// and phone width: no sideways scrolling, no date broken over two lines, no axe-core violation.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/meeting-1366.png, meeting-390.png and meeting-province-390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingPageTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task Mission_FromTheFormToItsFindingsFollowedUp_IsReadableAndAccessible_ForTheHubAndTheProvince()
    {
        var (page, problems) = await SignedInAsync("cuc.ctdp");
        await page.GotoAsync("/hoi-nghi/moi");
        await page.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = "Đoàn công tác" });
        await page.GetByLabel("Tên hội nghị, đoàn công tác").FillAsync("Đoàn công tác làm việc với Sở Công Thương Hà Nội về cụm công nghiệp");
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy");
        await page.GetByLabel("Từ ngày").FillAsync(today);
        await page.GetByLabel("Địa điểm").FillAsync("Sở Công Thương Hà Nội");
        await page.GetByLabel("Chủ trì (ghi trên văn bản)").FillAsync("Phó Cục trưởng Cục Công Thương địa phương");
        await page.GetByLabel("Thành phố Hà Nội").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.Locator("#title")).ToHaveTextAsync("Đoàn công tác làm việc với Sở Công Thương Hà Nội về cụm công nghiệp");
        var meeting = PathOf(page);

        await page.GetByLabel("Tỉnh, thành phố", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = "Thành phố Hà Nội" });
        await page.GetByLabel("Phát hiện, vướng mắc, việc cần theo dõi").FillAsync("Cụm công nghiệp Phú Nghĩa chưa có trạm xử lý nước thải tập trung; doanh nghiệp phản ánh kéo dài.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi phát hiện" }).ClickAsync();
        await Expect(page.Locator("#findings li")).ToHaveCountAsync(1);
        await page.GetByLabel("Lĩnh vực của kiến nghị").SelectOptionAsync(new SelectOptionValue { Label = "Cụm công nghiệp" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển thành kiến nghị" }).ClickAsync();
        await Expect(page.Locator("#findings [data-follow=recommendation]")).ToContainTextAsync("KN");
        await Expect(page.Locator("#recommendations tbody tr")).ToHaveCountAsync(1);

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await page.GotoAsync(meeting);
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"meeting-{width}.png");
        }

        // The province visited sees the mission, its finding followed up and its own recommendation; no form to change them.
        var (province, provinceProblems) = await SignedInAsync("so.hanoi");
        await province.SetViewportSizeAsync(390, 844);
        await province.GotoAsync(meeting);
        await Expect(province.Locator("#recommendations tbody tr")).ToHaveCountAsync(1);
        await Expect(province.Locator("#finding-form")).ToHaveCountAsync(0);
        await AssertFitsAsync(province, 390);
        await AssertAccessibleAsync(province);
        await ScreenshotAsync(province, "meeting-province-390.png");
        problems.AssertNone();
        provinceProblems.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
