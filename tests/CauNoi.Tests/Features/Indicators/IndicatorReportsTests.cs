using System.Text.Json;
using CauNoi.Web.Features.Indicators;
using static CauNoi.Tests.Features.Indicators.IndicatorSetup;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>A department's figures entered, checked, approved, accepted and corrected; the window that locks them; who sees them.</summary>
public abstract class IndicatorReportsTests(CauNoiApp app) : AppTests(app)
{
    private static object F(string code, double? value, string? explanation = null) => new { indicator = code, value, explanation };

    private async Task<List<JsonElement>> AcceptedValuesAsync(string indicator, string period)
    {
        var response = await (await App.ApiAs(OtherProvince)).GetAsync($"/api/v1/values?indicator={indicator}&from={period}", Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>(Ct))!;
    }

    [Fact]
    public async Task AFigureOutOfItsBounds_IsRefusedUnderItsCode_AndNoFigureOfTheRequestIsSaved()
    {
        var form = await FormAsync(App, Ct);

        var response = await PostAsync(App, Officer, form, "2024-05", [F(form.Whole, 500), F(form.Share, 120)], Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("không được lớn hơn 100,0 %", problem.GetProperty("errors").GetProperty(form.Share)[0].GetString());
        await using var scope = App.Db();
        Assert.False(await scope.Context.ReportEntries.AnyAsync(e => e.IndicatorId == form.WholeId, Ct));
    }

    [Fact]
    public async Task AChangeBeyondItsThreshold_AndAPartAboveItsWhole_StopTheSubmission_UntilExplainedAndCorrected()
    {
        var form = await FormAsync(App, Ct);
        await AcceptedAsync(App, form.WholeId, "2023-06", 100, Ct);   // a year earlier: +50% is beyond 30%
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2024-06", [F(form.Whole, 150), F(form.Part, 160), F(form.Share, 40)], Ct), Ct);
        var flags = report.Figures.Single(f => f.Code == form.Whole).Flags;
        Assert.Equal("Tăng 50,0% so với cùng kỳ năm trước (100,0 tỷ đồng), vượt ngưỡng 30%: cần giải trình.", Assert.Single(flags).Message);

        var refused = await StepAsync(App, Officer, report.Id, "submit", Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("cần giải trình", detail);
        Assert.Contains("không thể lớn hơn tổng", detail);

        await PostAsync(App, Officer, form, "2024-06", [F(form.Whole, 150, "Khai trương hai trung tâm thương mại lớn."), F(form.Part, 120)], Ct);
        var submitted = await ReportAsync(await StepAsync(App, Officer, report.Id, "submit", Ct), Ct);
        Assert.Equal(ReportState.Submitted, submitted.State);
    }

    [Fact]
    public async Task AFigureFarFromTheDepartmentsOwnHistory_AsksForAnExplanation_ByItsZScore()
    {
        var form = await FormAsync(App, Ct);
        // Twelve months of 98 and 102 alternately: mean 100, sample standard deviation 2.09; 110 lies 4.8 of them away.
        for (var m = 1; m <= 12; m++) await AcceptedAsync(App, form.WholeId, $"2022-{m:00}", m % 2 == 0 ? 98 : 102, Ct);

        var report = await ReportAsync(await PostAsync(App, Officer, form, "2023-01", [F(form.Whole, 110), F(form.Part, 1), F(form.Share, 1)], Ct), Ct);

        var flag = Assert.Single(report.Figures.Single(f => f.Code == form.Whole).Flags);
        Assert.Equal("Khác thường so với 12 kỳ trước của đơn vị (bình quân 100,0, z = 4,8): cần giải trình.", flag.Message);
        var usual = await ReportAsync(await PostAsync(App, Officer, form, "2023-01", [F(form.Whole, 103)], Ct), Ct);
        Assert.Empty(usual.Figures.Single(f => f.Code == form.Whole).Flags);
    }

    [Fact]
    public async Task ApprovalLocksTheFigures_AcceptancePutsThemInUse_AndACorrectionIsARevisionThatReplacesThemOnlyOnceAccepted()
    {
        var form = await FormAsync(App, Ct);
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2024-07", [F(form.Whole, 120), F(form.Part, 60), F(form.Share, 50)], Ct), Ct);
        await ReportAsync(await StepAsync(App, Officer, report.Id, "submit", Ct), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, Officer, report.Id, "approve", Ct)).StatusCode);
        await ReportAsync(await StepAsync(App, Head, report.Id, "approve", Ct), Ct);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(App, Officer, form, "2024-07", [F(form.Whole, 121)], Ct)).StatusCode);
        Assert.Empty(await AcceptedValuesAsync(form.Whole, "2024-07"));   // approved, not yet accepted: not in use
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(App, "cuc.dienluc", report.Id, "accept", Ct)).StatusCode);

        await ReportAsync(await StepAsync(App, Owner, report.Id, "accept", Ct), Ct);
        var first = Assert.Single(await AcceptedValuesAsync(form.Whole, "2024-07"));
        Assert.Equal((120.0, 1), (first.GetProperty("value").GetDouble(), first.GetProperty("revision").GetInt32()));

        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Officer, report.Id, "revise", Ct)).StatusCode);   // no reason given
        var revising = await ReportAsync(await StepAsync(App, Officer, report.Id, "revise", Ct, "Cục Thống kê công bố số chính thức."), Ct);
        Assert.Equal((ReportState.Draft, 2), (revising.State, revising.Revision));
        await PostAsync(App, Officer, form, "2024-07", [F(form.Whole, 130)], Ct);
        await StepAsync(App, Officer, report.Id, "submit", Ct);
        await StepAsync(App, Head, report.Id, "approve", Ct);
        Assert.Equal(120.0, Assert.Single(await AcceptedValuesAsync(form.Whole, "2024-07")).GetProperty("value").GetDouble());   // until accepted

        var accepted = await ReportAsync(await StepAsync(App, Owner, report.Id, "accept", Ct), Ct);
        var revised = Assert.Single(await AcceptedValuesAsync(form.Whole, "2024-07"));
        Assert.Equal((130.0, 2), (revised.GetProperty("value").GetDouble(), revised.GetProperty("revision").GetInt32()));
        var replaced = Assert.Single(accepted.Changes, c => c.Published);
        Assert.Equal((120.0, 130.0, 2, "Cục Thống kê công bố số chính thức."), (replaced.OldValue, replaced.NewValue, replaced.Revision, replaced.Reason));
        Assert.Equal(["enter", "submit", "approve", "accept", "revise", "enter", "submit", "approve", "accept"], accepted.History.Select(h => h.Action));
    }

    [Fact]
    public async Task AReportSentBack_ReturnsToTheDepartment_WithTheReason_AndCanBeCorrected()
    {
        var form = await FormAsync(App, Ct);
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2024-08", [F(form.Whole, 80), F(form.Part, 20), F(form.Share, 25)], Ct), Ct);
        await StepAsync(App, Officer, report.Id, "submit", Ct);
        await StepAsync(App, Head, report.Id, "approve", Ct);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(App, Owner, report.Id, "send-back", Ct)).StatusCode);

        var returned = await ReportAsync(await StepAsync(App, Owner, report.Id, "send-back", Ct, "Số bán lẻ chưa gồm doanh thu dịch vụ."), Ct);

        Assert.Equal(ReportState.Draft, returned.State);
        Assert.Equal("Số bán lẻ chưa gồm doanh thu dịch vụ.", returned.History[^1].Comment);
        Assert.NotNull(returned.ReceivedAt);   // it came, and stays received
        Assert.Equal(90.0, (await ReportAsync(await PostAsync(App, Officer, form, "2024-08", [F(form.Whole, 90)], Ct), Ct)).Figures[0].Value);
        await using var scope = App.Db();
        var haNoiOfficer = await scope.Context.Users.Where(u => u.UserName == Officer).Select(u => u.OrganisationId).SingleAsync(Ct);
        Assert.True(await scope.Context.Notifications.AnyAsync(n => n.OrganisationId == haNoiOfficer && n.Link == $"/chi-tieu/bao-cao/{report.Id}"
            && n.Title.Contains("trả lại địa phương"), Ct));
    }

    [Fact]
    public async Task AfterItsWindowLocks_AFormTakesNoFigures_UntilItsOwnerReopensItForThatDepartmentAndPeriod()
    {
        var form = await FormAsync(App, Ct, dueDays: 10, opensDaysBefore: 15, lockDaysAfter: 10);   // 2024-03 locked after 20/04/2024

        var locked = await PostAsync(App, Officer, form, "2024-03", [F(form.Whole, 10)], Ct);

        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("Đã khóa nhập số liệu Tháng 3/2024 từ sau ngày 20/04/2024", await locked.Content.ReadAsStringAsync(Ct));
        var today = VietnamTime.Today(TimeProvider.System);
        var grant = new { organisation = form.HaNoi, period = "2024-03", until = today.AddDays(3), reason = "Sở bổ sung số liệu theo công bố chính thức." };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs(Officer)).PostAsJsonAsync($"/api/v1/forms/{form.Id}/lock-exceptions", grant, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await App.ApiAs(Owner)).PostAsJsonAsync($"/api/v1/forms/{form.Id}/lock-exceptions", grant, Ct)).StatusCode);

        Assert.Equal(10.0, (await ReportAsync(await PostAsync(App, Officer, form, "2024-03", [F(form.Whole, 10)], Ct), Ct)).Figures[0].Value);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(App, OtherProvince, form, "2024-03", [F(form.Whole, 10)], Ct)).StatusCode);   // Tuyên Quang's stays locked
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(App, Officer, form, "2024-02", [F(form.Whole, 10)], Ct)).StatusCode);        // and Hà Nội's other months
    }

    [Fact]
    public async Task RequestsOpeningAndFillingTheSameNewReportAtOnce_AllGetTheOneReport_NeverAnError()
    {
        var form = await FormAsync(App, Ct);
        var api = await App.ApiAs(Officer);

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            api.PostAsJsonAsync($"/api/v1/forms/{form.Id}/reports", new { period = "2023-11" }, Ct)));
        var posted = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PostAsync(App, Officer, form, "2023-12", [F(form.Whole, 100 + i)], Ct)));

        var ids = new HashSet<long>();
        foreach (var response in opened) ids.Add((await ReportAsync(response, Ct)).Id);
        Assert.Single(ids);
        // Each posted figure either saved, or refused as written by another at the same moment; never a server error.
        Assert.All(posted, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{r.StatusCode}"));
        Assert.Contains(posted, r => r.StatusCode == HttpStatusCode.OK);
        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.FormReports.CountAsync(r => r.FormId == form.Id && r.Year == 2023 && r.Number == 12, Ct));
    }

    [Fact]
    public async Task ADepartmentSeesAndReportsOnlyItsOwn_TheMinistrySeesEveryReport()
    {
        var form = await FormAsync(App, Ct);
        var report = await ReportAsync(await PostAsync(App, Officer, form, "2024-09", [F(form.Whole, 5)], Ct), Ct);

        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(OtherProvince)).GetAsync($"/api/v1/form-reports/{report.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/form-reports/{report.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiAs("cuc.dienluc")).GetAsync($"/api/v1/form-reports/{report.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiAs("lanhdao")).GetAsync($"/api/v1/form-reports/{report.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(App, OtherProvince, form, "2024-09", [F(form.Whole, 5)], Ct, organisation: form.HaNoi)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(OtherProvince)).PutAsJsonAsync($"/api/v1/form-reports/{report.Id}/figures",
            new { figures = new[] { F(form.Whole, 6) } }, Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndicatorReportsOnSqlite(SqliteApp app) : IndicatorReportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndicatorReportsOnPostgres(PostgresApp app) : IndicatorReportsTests(app);
