using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class RecommendationRemindersTests(CauNoiApp app) : AppTests(app)
{
    private const string Soon = "sắp đến hạn", Late = "đã quá hạn";
    private readonly FixedClock _clock = new(TimeProvider.System.GetUtcNow());
    private DateOnly Today => VietnamTime.Today(_clock);

    /// <summary>A new recommendation from Hoàn Kiếm (routed to Cục Điện lực, followed by phutrach.hanoi) with its deadline moved.</summary>
    private async Task<int> DueAsync(Func<WorkingCalendar, DateOnly> dueOn)
    {
        var id = await RecommendationSetup.SubmitAsync(App, "Nhắc hạn " + Guid.NewGuid(), Ct);
        await SetDueAsync(id, dueOn);
        return id;
    }

    private async Task SetDueAsync(int id, Func<WorkingCalendar, DateOnly> dueOn)
    {
        await using var scope = App.Db();
        var r = await scope.Context.Recommendations.SingleAsync(x => x.Id == id, Ct);
        r.DueOn = dueOn(await WorkingCalendar.LoadAsync(scope.Context, Ct));
        await scope.Context.SaveChangesAsync(Ct);
    }

    private async Task RunAsync(int pageSize = RecommendationReminders.DefaultPageSize)
    {
        await using var scope = App.Db();
        await RecommendationReminders.RunOnceAsync(scope.Context, _clock, pageSize, Ct);
    }

    /// <summary>
    /// What a user was told about the recommendation, with the words in the title: notifications to them in person,
    /// notifications to their unit (in their inbox too), and e-mails to their own address.
    /// </summary>
    private async Task<(int Personal, int Unit, int Emails)> ToldAsync(string userName, int id, string words)
    {
        var (userId, email) = await RecommendationSetup.UserAsync(App, userName, Ct);
        var number = Recommendation.FormatNumber(id);
        await using var scope = App.Db();
        var db = scope.Context;
        var unit = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleAsync(Ct);
        var about = db.Notifications.Where(n => n.Link == $"/kien-nghi/{id}" && n.Title.Contains(words));
        return (await about.CountAsync(n => n.UserId == userId, Ct), await about.CountAsync(n => n.OrganisationId == unit, Ct),
            await db.OutboxEmails.CountAsync(m => m.To == email && m.Subject.Contains(number) && m.Subject.Contains(words), Ct));
    }

    /// <summary>Every notification and e-mail about the recommendation with the words in the title.</summary>
    private async Task<(int Notifications, int Emails)> AllToldAsync(int id, string words)
    {
        var number = Recommendation.FormatNumber(id);
        await using var scope = App.Db();
        return (await scope.Context.Notifications.CountAsync(n => n.Link == $"/kien-nghi/{id}" && n.Title.Contains(words), Ct),
            await scope.Context.OutboxEmails.CountAsync(m => m.Subject.Contains(number) && m.Subject.Contains(words), Ct));
    }

    private async Task<List<(string Kind, DateOnly DueOn)>> LogAsync(int id)
    {
        await using var scope = App.Db();
        return [.. (await scope.Context.ReminderLog.Where(l => l.Record == "KN" && l.RecordId == id).ToListAsync(Ct)).Select(l => (l.Kind, l.DueOn)).Order()];
    }

    [Fact]
    public async Task DueInTwoWorkingDays_RemindsTheUnitAndTheFocalLeader_OnceOverTwoPasses()
    {
        var id = await DueAsync(c => c.Deadline(Today, 2));

        await RunAsync();
        await RunAsync();

        Assert.Equal((0, 1, 0), await ToldAsync("cuc.dienluc", id, Soon));       // through the unit's one notification
        Assert.Equal((1, 0, 1), await ToldAsync("phutrach.hanoi", id, Soon));
        Assert.Equal((0, 1, 0), await ToldAsync("lanhdao.dienluc", id, Soon));   // heads are told in person only once it is late
        Assert.Equal((2, 1), await AllToldAsync(id, Soon));                      // Cục Điện lực has no address of its own
        var calendar = await LoadCalendarAsync();
        Assert.Equal([(RecommendationReminders.Reminder, calendar.Deadline(Today, 2))], await LogAsync(id));
    }

    [Fact]
    public async Task UnitWithAnAddress_GetsTheReminderThere_AndItsOfficersNoEmailOfTheirOwn()
    {
        var id = await DueAsync(c => c.Deadline(Today, 2));
        var address = $"dienluc.{Guid.NewGuid():N}@donvi.caunoi.local";
        await SetUnitEmailAsync("DL", address);
        try
        {
            await RunAsync();
        }
        finally
        {
            await SetUnitEmailAsync("DL", null);
        }

        await using var scope = App.Db();
        var number = Recommendation.FormatNumber(id);
        Assert.Equal(1, await scope.Context.OutboxEmails.CountAsync(m => m.To == address && m.Subject.Contains(number) && m.Subject.Contains(Soon), Ct));
        Assert.Equal((0, 1, 0), await ToldAsync("cuc.dienluc", id, Soon));
    }

    private async Task SetUnitEmailAsync(string code, string? email)
    {
        await using var scope = App.Db();
        var unit = await scope.Context.Organisations.SingleAsync(o => o.Code == code, Ct);
        unit.Email = email;
        await scope.Context.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task TwoPassesAtTheSameTime_SendOneReminder()
    {
        var id = await DueAsync(c => c.Deadline(Today, 2));

        await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Single(await LogAsync(id));
        Assert.Equal((0, 1, 0), await ToldAsync("cuc.dienluc", id, Soon));
        Assert.Equal((1, 0, 1), await ToldAsync("phutrach.hanoi", id, Soon));
        Assert.Equal((2, 1), await AllToldAsync(id, Soon));
    }

    [Fact]
    public async Task Overdue_EscalatesToTheFocalLeaderTheUnitHeadAndTheUnit_Once()
    {
        var id = await DueAsync(_ => Today.AddDays(-1));

        await Task.WhenAll(RunAsync(), RunAsync());
        await RunAsync();

        Assert.Equal((1, 0, 1), await ToldAsync("phutrach.hanoi", id, Late));
        Assert.Equal((1, 1, 1), await ToldAsync("lanhdao.dienluc", id, Late));
        Assert.Equal((0, 1, 0), await ToldAsync("cuc.dienluc", id, Late));
        Assert.Equal((0, 0, 0), await ToldAsync("cuc.dienluc", id, Soon));
        Assert.Equal((3, 2), await AllToldAsync(id, Late));
        Assert.Equal([(RecommendationReminders.Escalation, Today.AddDays(-1))], await LogAsync(id));
    }

    [Fact]
    public async Task WaitingForTheLocality_ClockStopped_GetsNoReminderNorEscalation()
    {
        var soon = await RecommendationSetup.SubmitAsync(App, "Chờ bổ sung " + Guid.NewGuid(), Ct);
        var late = await RecommendationSetup.SubmitAsync(App, "Chờ bổ sung " + Guid.NewGuid(), Ct);
        foreach (var id in new[] { soon, late })
        {
            Assert.Equal(HttpStatusCode.OK, (await RecommendationSetup.ActAsync(App, "cuc.dienluc", id, new { action = "receive" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await RecommendationSetup.ActAsync(App, "cuc.dienluc", id, new { action = "request-information", comment = "Đề nghị gửi bản đồ tuyến." }, Ct)).StatusCode);
        }
        await SetDueAsync(soon, c => c.Deadline(Today, 1));
        await SetDueAsync(late, _ => Today.AddDays(-3));

        await RunAsync();

        Assert.Empty(await LogAsync(soon));
        Assert.Empty(await LogAsync(late));
        Assert.Equal((0, 0), await AllToldAsync(soon, Soon));
        Assert.Equal((0, 0), await AllToldAsync(late, Late));
    }

    [Fact]
    public async Task NewDueDate_AfterTheClockRestarted_IsRemindedAgain()
    {
        var id = await DueAsync(c => c.Deadline(Today, 2));
        await RunAsync();

        await SetDueAsync(id, c => c.Deadline(Today, 1));
        await RunAsync();

        Assert.Equal(2, (await LogAsync(id)).Count);
        Assert.Equal((0, 2, 0), await ToldAsync("cuc.dienluc", id, Soon));
        Assert.Equal((2, 0, 2), await ToldAsync("phutrach.hanoi", id, Soon));
    }

    [Fact]
    public async Task ManyDue_AreAllRemindedOnce_PageByPage()
    {
        var ids = new List<int>();
        foreach (var days in new[] { 1, 2, 2, 3, 1 })
            ids.Add(await DueAsync(c => c.Deadline(Today, days)));

        await RunAsync(pageSize: 2);

        foreach (var id in ids)
            Assert.Single(await LogAsync(id));
    }

    private async Task<WorkingCalendar> LoadCalendarAsync()
    {
        await using var scope = App.Db();
        return await WorkingCalendar.LoadAsync(scope.Context, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationRemindersOnSqlite(SqliteApp app) : RecommendationRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationRemindersOnPostgres(PostgresApp app) : RecommendationRemindersTests(app);
