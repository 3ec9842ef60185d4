using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// Before a task's deadline its lead unit and owner are reminded; once it has passed the lead unit's heads, the unit that
/// follows it and the leader who assigned it are told too; each exactly once per deadline, and a granted extension is a
/// new deadline to remind of.
/// </summary>
public abstract class TaskRemindersTests(CauNoiApp app) : AppTests(app)
{
    private const string Soon = "sắp đến hạn", Late = "đã quá hạn";
    private readonly FixedClock _clock = new(TimeProvider.System.GetUtcNow());
    private DateOnly Today => VietnamTime.Today(_clock);

    /// <summary>
    /// A task led by Cục Điện lực (owner cuc.dienluc), followed by the hub (cuc.ctdp registers it) for the Ministry leader
    /// (lanhdao), due on the day given; its id.
    /// </summary>
    private async Task<int> AssignAsync(Func<WorkingCalendar, DateOnly> dueOn)
    {
        var (leader, _) = await RecommendationSetup.UserAsync(App, "lanhdao", Ct);
        return await TaskSetup.AssignAsync(App, "cuc.ctdp", "cuc.dienluc", dueOn(await CalendarAsync()), _clock, Ct, i => i with { AssignedById = leader });
    }

    private async Task<WorkingCalendar> CalendarAsync()
    {
        await using var scope = App.Db();
        return await WorkingCalendar.LoadAsync(scope.Context, Ct);
    }

    private async Task RunAsync()
    {
        await using var scope = App.Db();
        await TaskReminders.RunOnceAsync(scope.Context, _clock, Ct);
    }

    /// <summary>What a user was told about the task with the words in the title: in person, through their unit, by e-mail.</summary>
    private async Task<(int Personal, int Unit, int Emails)> ToldAsync(string userName, int id, string words)
    {
        var (userId, email) = await RecommendationSetup.UserAsync(App, userName, Ct);
        await using var scope = App.Db();
        var db = scope.Context;
        var unit = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleAsync(Ct);
        var about = db.Notifications.Where(n => n.Link == $"/nhiem-vu/{id}" && n.Title.Contains(words));
        return (await about.CountAsync(n => n.UserId == userId, Ct), await about.CountAsync(n => n.OrganisationId == unit, Ct),
            await db.OutboxEmails.CountAsync(m => m.To == email && m.Subject.Contains(WorkTask.FormatNumber(id)) && m.Subject.Contains(words), Ct));
    }

    [Fact]
    public async Task DueInTwoWorkingDays_RemindsTheLeadUnitAndTheOwner_OnceOverTwoPasses()
    {
        var id = await AssignAsync(c => c.Deadline(Today, 2));

        await RunAsync();
        await RunAsync();

        Assert.Equal((1, 1, 1), await ToldAsync("cuc.dienluc", id, Soon));     // the owner in person, and as the lead unit
        Assert.Equal((0, 1, 0), await ToldAsync("lanhdao.dienluc", id, Soon)); // heads only through their unit, before the deadline
        Assert.Equal((0, 0, 0), await ToldAsync("lanhdao", id, Soon));         // the assigning leader only once it is late
    }

    [Fact]
    public async Task PastItsDeadline_EscalatesToTheHeadsTheFollowingUnitAndTheAssigningLeader_Once()
    {
        var id = await AssignAsync(_ => Today.AddDays(-1));

        await RunAsync();
        await RunAsync();

        Assert.Equal((1, 1, 1), await ToldAsync("lanhdao.dienluc", id, Late));
        Assert.Equal((1, 1, 1), await ToldAsync("cuc.dienluc", id, Late));
        Assert.Equal((1, 0, 1), await ToldAsync("lanhdao", id, Late));
        Assert.Equal((0, 1, 0), await ToldAsync("cuc.ctdp", id, Late));        // the hub follows it for the leader
    }

    [Fact]
    public async Task DoneOrCancelled_IsNotReminded()
    {
        var id = await AssignAsync(c => c.Deadline(Today, 1));
        await using (var scope = App.Db())
        {
            var t = await scope.Context.Tasks.SingleAsync(x => x.Id == id, Ct);
            t.State = WorkTaskState.Done;
            t.ClosedOn = Today;
            await scope.Context.SaveChangesAsync(Ct);
        }

        await RunAsync();

        Assert.Equal((0, 0, 0), await ToldAsync("cuc.dienluc", id, Soon));
    }

    [Fact]
    public async Task AnExtensionGranted_IsANewDeadlineToRemindOf()
    {
        var id = await AssignAsync(c => c.Deadline(Today, 1));
        await RunAsync();
        await using (var scope = App.Db())
        {
            var t = await scope.Context.Tasks.SingleAsync(x => x.Id == id, Ct);
            var calendar = await WorkingCalendar.LoadAsync(scope.Context, Ct);
            t.DueOn = calendar.Deadline(Today, 2);
            await scope.Context.SaveChangesAsync(Ct);
        }

        await RunAsync();

        Assert.Equal((2, 2, 2), await ToldAsync("cuc.dienluc", id, Soon));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TaskRemindersOnSqlite(SqliteApp app) : TaskRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TaskRemindersOnPostgres(PostgresApp app) : TaskRemindersTests(app);
