using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Promotion;
using static CauNoi.Tests.Features.Promotion.ProposalSetup;

namespace CauNoi.Tests.Features.Promotion;

/// <summary>
/// A proposal being carried out is reminded to its implementer (the province's department) as its end date nears, and
/// once passed escalated to the department's head; each exactly once however many passes run. A registered proposal, not
/// yet approved, is not. Plans of 2044.
/// </summary>
public abstract class PromotionRemindersTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task AnEndNearingOrPassed_IsToldOnce_ToTheDepartment_AndThePassedOneToItsHead()
    {
        var plan = await PlanAsync(App, 2044, PlanKind.National, null, Ct);
        var near = await ApprovedAsync(App, plan, Owner, Ct);
        var passed = await ApprovedAsync(App, plan, Owner, Ct);
        var waiting = await RegisterAsync(App, plan, Ct);
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            await db.PromotionProposals.Where(p => p.Id == near.Id || p.Id == waiting.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.EndOn, Today), Ct);
            await db.PromotionProposals.Where(p => p.Id == passed.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.EndOn, Today.AddDays(-20)), Ct);
        }
        await using (var scope = App.Db())
        {
            await PromotionReminders.RunOnceAsync(scope.Context, TimeProvider.System, Ct);
            await PromotionReminders.RunOnceAsync(scope.Context, TimeProvider.System, Ct);
        }
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var logs = await db.ReminderLog.Where(l => l.Record == PromotionProposal.NumberPrefix && (l.RecordId == near.Id || l.RecordId == passed.Id || l.RecordId == waiting.Id))
                .Select(l => new { l.RecordId, l.Kind }).ToListAsync(Ct);
            Assert.Equal([(near.Id, Reminders.Reminder), (passed.Id, Reminders.Escalation)], logs.Select(l => (l.RecordId, l.Kind)).OrderBy(l => l.RecordId));
            var department = await db.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).FirstAsync(Ct);
            var told = await db.Notifications.Where(n => n.OrganisationId == department && (n.Title.Contains(near.Code) || n.Title.Contains(passed.Code))).Select(n => n.Title).ToListAsync(Ct);
            Assert.Equal(2, told.Count);
            Assert.Contains(told, t => t.Contains(near.Code) && t.Contains("sắp hết thời hạn"));
            Assert.Contains(told, t => t.Contains(passed.Code) && t.Contains("đã quá thời hạn"));
            var head = await db.Users.Where(u => u.UserName == "lanhdao.so.hanoi").Select(u => u.Id).FirstAsync(Ct);
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == head && n.Title.Contains(passed.Code), Ct));
            Assert.Equal(0, await db.Notifications.CountAsync(n => n.UserId == head && n.Title.Contains(near.Code), Ct));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PromotionRemindersOnSqlite(SqliteApp app) : PromotionRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PromotionRemindersOnPostgres(PostgresApp app) : PromotionRemindersTests(app);
