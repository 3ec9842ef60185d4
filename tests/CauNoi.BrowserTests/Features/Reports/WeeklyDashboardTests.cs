using CauNoi.Tests.Features.Reports;

namespace CauNoi.BrowserTests.Features.Reports;

[Collection(BrowserCollection.Name)]
public sealed class WeeklyDashboardTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task Dashboard_DrawsItsChartsFromTheDataBlock_UnderTheContentSecurityPolicy()
    {
        await WeeklyReportWeek.EnsureAsync(App);
        var page = await OpenAsync("/dang-nhap");
        var errors = new List<string>();
        // Any console error counts: a script refused by the CSP, a failed chart.
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} {message.Location}"); };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
        await SignInAsync(page, "lanhdao");

        await page.GotoAsync("/bao-cao-tuan?from=05/03/2012&to=11/03/2012");

        await Expect(page.Locator("[data-testid=totals] [data-figure=Received] .stat")).ToHaveTextAsync("8");
        var drawn = await page.EvaluateAsync<int[]>(
            "() => ['chart-provinces', 'chart-fields', 'chart-answers'].map(id => Chart.getChart(id)?.data.datasets[0].data.length ?? -1)");
        Assert.Equal([2, 2, 2], drawn);   // two provinces, two fields, on time and late
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
