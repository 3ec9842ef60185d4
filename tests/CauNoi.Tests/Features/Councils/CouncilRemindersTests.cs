using CauNoi.Web.Features.Councils;
using static CauNoi.Tests.Features.Councils.CouncilSetup;

namespace CauNoi.Tests.Features.Councils;

/// <summary>Members who still owe a sheet are reminded once as the scoring deadline comes; those who submitted every sheet are not.</summary>
public abstract class CouncilRemindersTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task MembersOwingSheets_AreRemindedOnce_AsTheDeadlineComes()
    {
        var c = await CouncilAsync(App, [TuyenQuang], ["cuc.dienluc", "so.hanoi"], Ct);
        await SubmittedAsync(App, "so.hanoi", c, c.Entries[0], Ct, 40, 20, 5);
        await using var scope = App.Db();
        var db = scope.Context;
        var council = await db.Councils.SingleAsync(x => x.Id == c.Id, Ct);
        council.ScoringDeadline = VietnamTime.Today(TimeProvider.System);
        await db.SaveChangesAsync(Ct);

        await CouncilReminders.RunOnceAsync(db, TimeProvider.System, Ct);
        await CouncilReminders.RunOnceAsync(db, TimeProvider.System, Ct);

        Assert.Equal(1, await db.ReminderLog.CountAsync(l => l.Record == CouncilReminders.Record && l.RecordId == c.Id, Ct));
        var told = await db.Notifications.Where(n => n.Link == $"/hoi-dong/{c.Id}").Select(n => n.UserId).ToListAsync(Ct);
        var dienluc = await db.Users.Where(u => u.UserName == "cuc.dienluc").Select(u => u.Id).SingleAsync(Ct);
        Assert.Equal([dienluc], told);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilRemindersOnSqlite(SqliteApp app) : CouncilRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilRemindersOnPostgres(PostgresApp app) : CouncilRemindersTests(app);
