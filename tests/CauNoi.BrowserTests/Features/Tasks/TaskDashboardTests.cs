using CauNoi.Tests.Features.Tasks;

namespace CauNoi.BrowserTests.Features.Tasks;

[Collection(BrowserCollection.Name)]
public sealed class TaskDashboardTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task Dashboard_DrawsTheTrendAndTheStatuses_FromTheDataBlock_UnderTheContentSecurityPolicy()
    {
        var set = await TaskReportSet.EnsureAsync(App);
        var (page, problems) = await SignedInAsync("lanhdao");

        await VisitAsync(page, $"/nhiem-vu/bang-dieu-khien?from=01/01/2013&to=30/06/2013&document={set.DocumentId}", "Bảng điều khiển");

        await Expect(page.Locator("[data-testid=rates] [data-figure=completion-rate] .stat")).ToHaveTextAsync("71,42%");
        var drawn = await page.EvaluateAsync<int[]>(
            "() => ['chart-trend', 'chart-statuses'].map(id => Chart.getChart(id)?.data.datasets.map(d => d.data.length).join(',') ?? '-')"
            + ".map(s => s.split(',').reduce((a, b) => a + Number(b), 0))");
        Assert.Equal([36, 6], drawn);   // twelve months of three series; six statuses
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "task-dashboard.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task ImportPage_OffersTheTemplate_WithoutErrors()
    {
        var (page, problems) = await SignedInAsync("cuc.dienluc");

        await VisitAsync(page, "/nhiem-vu/nhap-excel", "Nhập danh sách nhiệm vụ từ Excel");

        await Expect(page.Locator("[data-testid=template]")).ToHaveAttributeAsync("href", "/api/v1/tasks/import/template");
        await ScreenshotAsync(page, "task-import.png");
        problems.AssertNone();
    }
}
