using CauNoi.Web.Features.Indicators;
using static CauNoi.Tests.Features.Indicators.IndicatorSetup;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>The pages of the indicators: the catalogue, a department's forms, and a report entered, refused and stepped on its page.</summary>
public abstract class IndicatorPagesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task TheCatalogue_ShowsEachIndicatorsUnit_HowItCombines_AndItsSource()
    {
        var (status, page) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync("/chi-tieu");

        Assert.Equal(HttpStatusCode.OK, status);
        var iip = page.QuerySelector("#indicators tr[data-code=IIP]")!.TextContent;
        Assert.Contains("Bình quân theo quyền số (CN_GTTT)", iip);
        Assert.Contains("Niên giám thống kê", iip);
        Assert.Contains("Công thức: (BLHH_DV kỳ này ÷ BLHH_DV cùng kỳ năm trước − 1) × 100", page.QuerySelector("#indicators tr[data-code=BL_TANG]")!.TextContent);
    }

    [Fact]
    public async Task ADepartmentOpensAReportOfAnOpenPeriod_FromItsFormsPage()
    {
        // A window from 40 days before the 10th of the next month to its 20th: whatever today is, one month or two are open.
        var form = await FormAsync(App, Ct, dueDays: 10, opensDaysBefore: 40, lockDaysAfter: 10);
        var officer = await PageClient.SignedIn(App, Officer);
        var (_, page) = await officer.GetAsync("/chi-tieu/bao-cao");
        var open = page.QuerySelectorAll($"[data-form={form.Code}] [data-period]").Select(p => p.GetAttribute("data-period")).ToList();
        Assert.NotEmpty(open);

        var response = await officer.PostFormAsync("/chi-tieu/bao-cao?handler=Open", new() { ["form"] = $"{form.Id}", ["period"] = open[0]! }, "/chi-tieu/bao-cao");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/chi-tieu/bao-cao/", response.Headers.Location!.OriginalString);
        var (_, after) = await (await PageClient.SignedIn(App, Officer)).GetAsync("/chi-tieu/bao-cao");
        Assert.Equal("Mở báo cáo", after.QuerySelector($"[data-form={form.Code}] [data-period='{open[0]}'] a")!.TextContent.Trim());
        Assert.Null((await (await PageClient.SignedIn(App, "cuc.ctdp")).GetAsync("/chi-tieu/bao-cao")).Document.QuerySelector($"[data-form={form.Code}] [data-period]"));
    }

    [Fact]
    public async Task FiguresTypedTheVietnameseWay_AreSaved_AndTextThatIsNoNumberIsRefusedUnderItsIndicator()
    {
        var form = await FormAsync(App, Ct);
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2021-04", [new { indicator = form.Whole, value = 1 }], Ct), Ct);
        var officer = await PageClient.SignedIn(App, Officer);
        var url = $"/chi-tieu/bao-cao/{report.Id}";

        var refused = await officer.PostFormAsync(url + "?handler=Save", new()
            { ["Version"] = $"{report.Version}", [$"Figures[{form.Whole}]"] = "1.234,5", [$"Figures[{form.Part}]"] = "mười" }, url);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = PageClient.Parse(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("“mười” không phải là số.", page.QuerySelector($"#figures tr[data-code={form.Part}]")!.TextContent);
        Assert.Equal("1.234,5", page.QuerySelector($"input[name='Figures[{form.Whole}]']")!.GetAttribute("value"));   // as typed
        Assert.Equal(1.0, (await ReadAsync(report.Id)).Figures[0].Value);   // nothing saved

        var saved = await officer.PostFormAsync(url + "?handler=Save", new()
            { ["Version"] = $"{report.Version}", [$"Figures[{form.Whole}]"] = "1.234,5", [$"Figures[{form.Part}]"] = "234,56", [$"Figures[{form.Share}]"] = "12" }, url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detail = await ReadAsync(report.Id);
        Assert.Equal([1234.5, 234.6, 12.0], detail.Figures.Select(f => f.Value));   // rounded to one decimal
        var (_, shown) = await officer.GetAsync(url);
        Assert.Equal("1234,5", shown.QuerySelector($"input[name='Figures[{form.Whole}]']")!.GetAttribute("value"));
        Assert.NotNull(shown.QuerySelector("#actions [data-action=submit]"));
    }

    [Fact]
    public async Task TheHeadOfDepartment_ApprovesOnThePage_AndTheOfficerCannot()
    {
        var form = await FormAsync(App, Ct);
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2021-05",
            [new { indicator = form.Whole, value = 10 }, new { indicator = form.Part, value = 5 }, new { indicator = form.Share, value = 50 }], Ct), Ct);
        await ReportAsync(await StepAsync(App, Officer, report.Id, "submit", Ct), Ct);
        var url = $"/chi-tieu/bao-cao/{report.Id}";

        var (_, officerPage) = await (await PageClient.SignedIn(App, Officer)).GetAsync(url);
        Assert.Null(officerPage.QuerySelector("#actions [data-action=approve]"));
        var head = await PageClient.SignedIn(App, Head);
        var response = await head.PostFormAsync(url + "?handler=Act", new() { ["Action"] = "approve", ["Version"] = $"{(await ReadAsync(report.Id)).Version}" }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReportState.Approved, (await ReadAsync(report.Id)).State);
    }

    private async Task<ReportDetail> ReadAsync(long id)
    {
        var response = await (await App.ApiAs(Officer)).GetAsync($"/api/v1/form-reports/{id}", Ct);
        return await ReportAsync(response, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndicatorPagesOnSqlite(SqliteApp app) : IndicatorPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndicatorPagesOnPostgres(PostgresApp app) : IndicatorPagesTests(app);
