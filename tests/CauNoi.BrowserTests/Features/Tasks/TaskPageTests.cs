namespace CauNoi.BrowserTests.Features.Tasks;

/// <summary>
/// A task with sub-tasks, assigned through the two-step form as an officer would, and its page at desktop and phone
/// width: readable without sideways scrolling, no date broken over two lines, no axe-core violation.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/task-1366.png and task-390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskPageTests(BrowserApp app) : BrowserTests(app)
{
    private static readonly string DueOn = DateTime.UtcNow.AddHours(7).AddDays(45).ToString("dd/MM/yyyy");

    /// <summary>Fills the assign form: the lead unit first, its people loaded, then the owner and the rest.</summary>
    private static async Task AssignAsync(IPage page, string title, string? weight = null)
    {
        await page.GetByLabel("Nội dung nhiệm vụ (rõ việc)").FillAsync(title);
        await page.GetByLabel("Đơn vị chủ trì (rõ người)").SelectOptionAsync(new SelectOptionValue { Label = "Cục Điện lực" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn cán bộ" }).ClickAsync();
        await page.GetByLabel("Người chủ trì").SelectOptionAsync(new SelectOptionValue { Label = "Lê Văn Dũng – Chuyên viên" });
        await page.GetByLabel("Lãnh đạo giao (rõ trách nhiệm)").FillAsync("Bộ trưởng Nguyễn Hồng Diên");
        await page.GetByLabel("Hạn hoàn thành (rõ tiến độ)").FillAsync(DueOn);
        await page.GetByLabel("Kết quả, sản phẩm (rõ kết quả)").FillAsync("Báo cáo Bộ trưởng kết quả thực hiện, kèm dự thảo văn bản.");
        if (weight is not null) await page.GetByLabel("Trọng số trong nhiệm vụ cha").FillAsync(weight);
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ", Exact = true }).ClickAsync();
        await Expect(page.Locator("#number")).ToContainTextAsync("NV");
    }

    [Fact]
    public async Task TaskWithSubTasks_AtDesktopAndPhoneWidth_IsReadableAndAccessible()
    {
        var (page, problems) = await SignedInAsync("cuc.ctdp");
        await page.GotoAsync("/nhiem-vu/giao");
        await AssignAsync(page, "Xây dựng đề án phát triển điện gió ngoài khơi giai đoạn 2026–2030");
        var parent = new Uri(page.Url).AbsolutePath;
        string? first = null;
        foreach (var (title, weight) in new[] { ("Khảo sát, đánh giá tiềm năng vùng biển", "3"), ("Dự thảo cơ chế giá điện gió ngoài khơi", "1") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Giao nhiệm vụ con" }).ClickAsync();
            await AssignAsync(page, title, weight);
            first ??= new Uri(page.Url).AbsolutePath;
            await page.GotoAsync(parent);
        }
        // The lead unit (signed in in the same browser) reports on the first sub-task.
        var (lead, leadProblems) = await SignedInAsync("cuc.dienluc");
        await lead.GotoAsync(first!);
        await lead.GetByLabel("Tiến độ (%)").FillAsync("60");
        await lead.GetByLabel("Kết quả đã thực hiện").FillAsync("Đã khảo sát ba vùng biển; đang tổng hợp số liệu gió và độ sâu.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Báo cáo tiến độ" }).ClickAsync();
        await Expect(lead.Locator("#reports")).ToContainTextAsync("60%");

        foreach (var width in new[] { 1366, 390 })
        {
            await lead.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await lead.GotoAsync(parent);
            // (3 × 60 + 1 × 0) ÷ 4 = 45
            await Expect(lead.Locator("#roll-up-percent")).ToHaveTextAsync("45%");
            await Expect(lead.Locator("#roll-up-zero")).ToBeVisibleAsync();
            await AssertNoBrokenDatesAsync(lead);
            await AssertAccessibleAsync(lead);
            await ScreenshotAsync(lead, $"task-{width}.png");
        }
        problems.AssertNone();
        leadProblems.AssertNone();
    }
}
