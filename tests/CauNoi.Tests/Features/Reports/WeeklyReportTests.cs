using CauNoi.Web.Features.Reports;
using F = CauNoi.Web.Features.Reports.WeeklyReport.Figures;

namespace CauNoi.Tests.Features.Reports;

/// <summary>The figures of the weekly report over the known week in <see cref="WeeklyReportWeek"/>.</summary>
public abstract class WeeklyReportTests(CauNoiApp app) : AppTests(app)
{
    // Worked out by hand from the plan in WeeklyReportWeek: (received, answered on time, answered late, open, overdue).
    public static readonly F Week = new(8, 2, 1, 8, 3);
    public static readonly F PreviousWeek = new(7, 1, 2, 4, 1);
    public static readonly F HaNoi = new(4, 1, 1, 5, 1);
    public static readonly F TuyenQuang = new(4, 1, 0, 3, 2);

    private async Task<WeeklyReport> ComputeAsync(Scope scope, DateOnly from, DateOnly to)
    {
        await WeeklyReportWeek.EnsureAsync(App);
        await using var db = App.Db();
        return await WeeklyReport.ComputeAsync(db.Context, scope, new ReportPeriod(from, to), new DateOnly(2026, 1, 1), Ct);
    }

    [Fact]
    public async Task KnownWeek_CountsReceivedAnsweredOpenAndOverdue_AsDefined()
    {
        var report = await ComputeAsync(Scope.Everything, WeeklyReportWeek.Monday, WeeklyReportWeek.Sunday);

        Assert.Equal(Week, report.Totals);
        Assert.Equal(3, report.Totals.Answered);
        Assert.Equal(WeeklyReportWeek.Sunday, report.CutOff);
        Assert.Equal([("01", HaNoi), ("08", TuyenQuang)], report.ByProvince.Select(r => (r.Key, r.Figures)));
        Assert.Equal(["Thành phố Hà Nội", "Tỉnh Tuyên Quang"], report.ByProvince.Select(r => r.Name));
    }

    [Fact]
    public async Task KnownWeek_ByFieldUnitAndFocalLeader_AddUpToTheTotals()
    {
        var report = await ComputeAsync(Scope.Everything, WeeklyReportWeek.Monday, WeeklyReportWeek.Sunday);

        var energy = new F(5, 1, 1, 6, 3);     // A, F, H, L, N received; A on time, B late; D, E, F, K, L, N open; D, F, L overdue
        var clusters = new F(3, 1, 0, 2, 0);   // C, G, Q received; G on time; C, Q open
        Assert.Equal([("Cụm công nghiệp", clusters), ("Năng lượng (điện, dầu khí, than)", energy)], report.ByField.Select(r => (r.Name, r.Figures)));
        Assert.Equal([("Cục Công Thương địa phương", clusters), ("Cục Điện lực", energy)], report.ByUnit.Select(r => (r.Name, r.Figures)));
        await using var db = App.Db();
        var leaders = await db.Context.Users.Where(u => u.UserName == "phutrach.hanoi" || u.UserName == "phutrach.tuyenquang")
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName, Ct);
        Assert.Equal(
            new[] { (leaders["phutrach.hanoi"], HaNoi), (leaders["phutrach.tuyenquang"], TuyenQuang) }.OrderBy(x => x.Item1, VietnameseText.Order),
            report.ByFocalLeader.Select(r => (r.Name, r.Figures)));
    }

    [Fact]
    public async Task OverdueList_IsOpenRunningAndPastItsDeadline_OldestDeadlineFirst()
    {
        var ids = (await WeeklyReportWeek.EnsureAsync(App)).Ids;
        var report = await ComputeAsync(Scope.Everything, WeeklyReportWeek.Monday, WeeklyReportWeek.Sunday);

        // D and L were due on 07/03 (L was only answered on 13/03), F on 09/03; E waits for the locality.
        Assert.Equal([(ids['D'], 4), (ids['L'], 4), (ids['F'], 2)], report.Overdue.Select(o => (o.Id, o.DaysOverdue)));
        var l = report.Overdue[1];
        Assert.Equal(("Tỉnh Tuyên Quang", "Cục Điện lực", new DateOnly(2012, 3, 7)), (l.ProvinceName, l.UnitName, l.DueOn));
        Assert.Equal($"KN{ids['L']:D6}", l.Number);
    }

    [Fact]
    public async Task PreviousWeek_IsComparedWith_AndTheChangeIsTheDifference()
    {
        var report = await ComputeAsync(Scope.Everything, WeeklyReportWeek.Monday, WeeklyReportWeek.Sunday);

        Assert.Equal(new ReportPeriod(new(2012, 2, 27), new(2012, 3, 4)), report.PreviousPeriod);
        Assert.Equal(PreviousWeek, report.PreviousTotals);
        Assert.Equal(new F(1, 1, -1, 4, 2), report.Change);
    }

    [Fact]
    public async Task PeriodOfTwelveDays_IsComparedWithTheTwelveDaysBefore()
    {
        var report = await ComputeAsync(Scope.Everything, new(2012, 2, 29), new(2012, 3, 11));

        Assert.Equal(new ReportPeriod(new(2012, 2, 17), new(2012, 2, 28)), report.PreviousPeriod);
        Assert.Equal(10, report.Totals.Received);          // W's eight, and E and I on 29/02
        Assert.Equal(5, report.PreviousTotals.Received);   // B, J, K, O on 27/02 and D on 28/02
        Assert.Equal(5, report.Change.Received);
    }

    [Fact]
    public async Task ProvinceReport_CountsOnlyItsOwnRecommendations()
    {
        await WeeklyReportWeek.EnsureAsync(App);

        var report = await (await App.ApiAs("so.tuyenquang")).GetFromJsonAsync<WeeklyReport>(
            $"/api/v1/reports/weekly?from={WeeklyReportWeek.From}&to={WeeklyReportWeek.To}", ApiJson.Options, Ct);

        Assert.Equal(TuyenQuang, report!.Totals);
        Assert.Equal(F.Zero, report.PreviousTotals);
        Assert.Equal(["08"], report.ByProvince.Select(r => r.Key));
        Assert.Equal("Kiến nghị của Tỉnh Tuyên Quang", report.Coverage);
        Assert.DoesNotContain(report.Overdue, o => o.ProvinceName != "Tỉnh Tuyên Quang");
    }

    [Fact]
    public async Task ProvinceDashboard_ShowsItsOwnWeek()
    {
        await WeeklyReportWeek.EnsureAsync(App);
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await client.GetAsync("/bao-cao-tuan?from=05/03/2012&to=11/03/2012");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Kiến nghị của Thành phố Hà Nội", page.QuerySelector("[data-testid=coverage]")!.TextContent);
        Assert.Equal("4", page.QuerySelector("[data-testid=totals] [data-figure=Received] .stat")!.TextContent);
        Assert.Equal("5", page.QuerySelector("[data-testid=totals] [data-figure=Open] .stat")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=by-province] tr[data-key='08']"));
    }

    [Fact]
    public async Task NoDates_GiveTheWeekOfToday_MondayToSunday()
    {
        var report = await (await App.ApiAs("lanhdao")).GetFromJsonAsync<WeeklyReport>("/api/v1/reports/weekly", ApiJson.Options, Ct);

        var today = VietnamTime.Today(TimeProvider.System);
        Assert.Equal(DayOfWeek.Monday, report!.Period.From.DayOfWeek);
        Assert.Equal(report.Period.From.AddDays(6), report.Period.To);
        Assert.InRange(today, report.Period.From, report.Period.To);
        Assert.Equal(today, report.CutOff);
    }

    [Theory]
    [InlineData("from=2012-03-11&to=2012-03-05", "Từ ngày phải trước hoặc bằng đến ngày")]
    [InlineData("from=2011-01-01&to=2012-03-05", "tối đa 400 ngày")]
    [InlineData("from=05/03/2012&to=2012-03-11", "Từ ngày “05/03/2012” không hợp lệ")]
    [InlineData("from=2012-02-30", "Từ ngày “2012-02-30” không hợp lệ")]
    [InlineData("from=2012-03-05&to=2012-03-11&format=pdf", "Định dạng “pdf” không được hỗ trợ")]
    public async Task BadParameters_AreRefusedInVietnamese(string query, string message)
    {
        var response = await (await App.ApiAs("lanhdao")).GetAsync("/api/v1/reports/weekly?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tham số báo cáo không hợp lệ", body);
        Assert.Contains(message, body);
    }

    [Fact]
    public async Task Dashboard_WithBadDates_SaysWhyInVietnamese()
    {
        var client = await PageClient.SignedIn(App, "lanhdao");

        var (status, page) = await client.GetAsync("/bao-cao-tuan?from=31/02/2012&to=11/03/2012");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Từ ngày “31/02/2012” không hợp lệ: nhập ngày dạng dd/MM/yyyy", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=totals]"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class WeeklyReportOnSqlite(SqliteApp app) : WeeklyReportTests(app);
[Collection(PostgresCollection.Name)] public sealed class WeeklyReportOnPostgres(PostgresApp app) : WeeklyReportTests(app);
