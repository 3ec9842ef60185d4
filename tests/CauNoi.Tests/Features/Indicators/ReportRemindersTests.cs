using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// A report not yet received is reminded to its department before its due day and escalated after it to the department's
/// head and the province's focal leader, each exactly once. Each test has a month of its own in 2034, so that no other
/// test's pass has told the departments of that due day already (the log is one per department and day).
/// </summary>
public abstract class ReportRemindersTests(CauNoiApp app) : AppTests(app)
{
    private async Task RunAsync(DateOnly today)
    {
        var clock = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
        await using var scope = App.Db();
        await ReportReminders.RunOnceAsync(scope.Context, clock, Ct);
        await ReportReminders.RunOnceAsync(scope.Context, clock, Ct);
    }

    /// <summary>The messages naming the form, told to the user in person and to their organisation: (in person, organisation).</summary>
    private async Task<(int Personal, int Unit)> ToldAsync(string userName, IndicatorSetup.TestForm form, string title)
    {
        var (userId, _) = await RecommendationSetup.UserAsync(App, userName, Ct);
        await using var scope = App.Db();
        var db = scope.Context;
        var unit = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleAsync(Ct);
        var about = db.Notifications.Where(n => n.Title.Contains(title) && n.Body != null && n.Body.Contains(form.Code));
        return (await about.CountAsync(n => n.UserId == userId, Ct), await about.CountAsync(n => n.OrganisationId == unit, Ct));
    }

    [Fact]
    public async Task DueTomorrow_RemindsEachDepartmentOnce_AndNoOneInPerson()
    {
        var form = await IndicatorSetup.FormAsync(App, Ct);

        await RunAsync(new DateOnly(2034, 5, 30));   // May's report is due on Wednesday 31/05/2034

        const string soon = "Báo cáo số liệu sắp đến hạn (31/05/2034)";
        Assert.Equal((0, 1), await ToldAsync(IndicatorSetup.Officer, form, soon));
        Assert.Equal((0, 1), await ToldAsync(IndicatorSetup.OtherProvince, form, soon));
        Assert.Equal((0, 0), await ToldAsync(IndicatorSetup.Head, form, soon) with { Unit = 0 });
        Assert.Equal((0, 0), await ToldAsync("phutrach.hanoi", form, soon));
    }

    [Fact]
    public async Task PastItsDueDay_EscalatesToTheHeadAndTheFocalLeader_Once()
    {
        var form = await IndicatorSetup.FormAsync(App, Ct);

        await RunAsync(new DateOnly(2034, 11, 1));   // October's was due on Tuesday 31/10/2034

        const string late = "Sở Công Thương Hà Nội chưa gửi báo cáo số liệu hạn 31/10/2034";
        Assert.Equal((0, 1), await ToldAsync(IndicatorSetup.Officer, form, late));
        Assert.Equal(1, (await ToldAsync(IndicatorSetup.Head, form, late)).Personal);
        Assert.Equal(1, (await ToldAsync("phutrach.hanoi", form, late)).Personal);
        Assert.Equal((0, 0), await ToldAsync("phutrach.tuyenquang", form, late));
    }

    [Fact]
    public async Task AReportItsHeadApproved_IsNotEscalated_TheOtherProvincesIs()
    {
        var form = await IndicatorSetup.FormAsync(App, Ct);
        var report = await IndicatorSetup.ReportAsync(await IndicatorSetup.PostAsync(App, IndicatorSetup.Officer, form, "2034-07",
            [new { indicator = form.Whole, value = 100 }, new { indicator = form.Part, value = 40 }, new { indicator = form.Share, value = 50 }], Ct), Ct);
        Assert.True((await IndicatorSetup.StepAsync(App, IndicatorSetup.Officer, report.Id, "submit", Ct)).IsSuccessStatusCode);
        Assert.True((await IndicatorSetup.StepAsync(App, IndicatorSetup.Head, report.Id, "approve", Ct)).IsSuccessStatusCode);

        await RunAsync(new DateOnly(2034, 8, 1));    // July's was due on Monday 31/07/2034

        Assert.Equal((0, 0), await ToldAsync(IndicatorSetup.Officer, form, "chưa gửi báo cáo số liệu hạn 31/07/2034"));
        Assert.Equal((0, 1), await ToldAsync(IndicatorSetup.OtherProvince, form, "Sở Công Thương Tuyên Quang chưa gửi báo cáo số liệu hạn 31/07/2034"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportRemindersOnSqlite(SqliteApp app) : ReportRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportRemindersOnPostgres(PostgresApp app) : ReportRemindersTests(app);
