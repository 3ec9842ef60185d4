namespace CauNoi.BrowserTests.Features;

/// <summary>
/// The recommendation pages in a real browser, each as the user who works there: a heading, no
/// error page, nothing in the console. With CAUNOI_SCREENSHOTS set, each is photographed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecommendationTourTests(BrowserApp app) : BrowserTests(app)
{
    [Theory]
    [InlineData("cuc.ctdp", "/kien-nghi", "Kiến nghị", "recommendations.png")]
    [InlineData("xa.hoankiem", "/kien-nghi/gui", "Gửi kiến nghị", "recommendation-submit.png")]
    [InlineData("cuc.ctdp", "/kien-nghi/gui", "Ghi nhận kiến nghị", "recommendation-record.png")]
    [InlineData("cuc.ctdp", "/kien-nghi/nhap-hoi-nghi", "Nhập danh sách kiến nghị từ hội nghị", "recommendation-import.png")]
    [InlineData("so.tuyenquang", "/kien-nghi/thu-vien", "Thư viện câu trả lời", "answer-library.png")]
    [InlineData("lanhdao", "/bao-cao-tuan", "Báo cáo tuần", "weekly-report.png")]
    [InlineData("phutrach.hanoi", "/thong-bao", "Thông báo", "notifications.png")]
    [InlineData("admin", "/quan-tri/cai-dat", "Cài đặt", "admin-settings.png")]
    public async Task Page_ShowsItsHeadingWithoutErrors(string userName, string path, string heading, string screenshot)
    {
        var (page, problems) = await SignedInAsync(userName);

        await VisitAsync(page, path, heading);

        await ScreenshotAsync(page, screenshot);
        problems.AssertNone();
    }

    [Fact]
    public async Task Recommendation_OpenedFromTheList_ShowsItsHistoryAndSimilarOnes()
    {
        var (page, problems) = await SignedInAsync("cuc.ctdp");
        await VisitAsync(page, "/kien-nghi?sort=updated", "Kiến nghị");
        var first = page.Locator("table#recommendations tbody a").First;

        await first.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/kien-nghi/\\d+$"));
        await Expect(page.Locator("#similar")).Not.ToContainTextAsync("Đang tìm");   // the fragment arrived
        await AssertNoErrorPageAsync(page);
        await ScreenshotAsync(page, "recommendation.png");
        problems.AssertNone();
    }
}
