using CauNoi.Web.Data;
using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>Tasks made the way the application makes them (TaskIntake, TaskSteps), by a demo account, for tests of what follows.</summary>
public static class TaskSetup
{
    /// <summary>The demo account as the workflow sees it, as <see cref="Actor.Of"/> would make it at a request.</summary>
    public static async Task<Actor> ActorAsync(CauNoiDb db, string userName, CancellationToken ct)
    {
        var u = await db.Users.Where(u => u.UserName == userName).Select(u => new
        {
            u.Id, u.FullName, u.OrganisationId,
            Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => new { o.Name, o.Kind, o.ProvinceCode, o.CommuneCode, o.IsLocalAffairsHub }).First(),
            Roles = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => db.Roles.Where(x => x.Id == r.RoleId).Select(x => x.Name).First()).ToList(),
        }).SingleAsync(ct);
        return new Actor(u.Id, u.FullName, u.Organisation.Name, u.Organisation.Kind, u.OrganisationId, u.Organisation.ProvinceCode,
            u.Organisation.CommuneCode, IsHub: u.Organisation.IsLocalAffairsHub, IsAdministrator: u.Roles.Contains(Roles.SystemAdministrator),
            IsLeader: u.Roles.Contains(Roles.MinistryLeader), IsUnitHead: u.Roles.Contains(Roles.UnitHead));
    }

    /// <summary>
    /// A task assigned by <paramref name="by"/> (everything in scope), led by <paramref name="owner"/>'s unit with them as
    /// owner, due on <paramref name="dueOn"/>; <paramref name="change"/> sets anything else. Its id.
    /// </summary>
    public static async Task<int> AssignAsync(CauNoiApp app, string by, string owner, DateOnly dueOn, TimeProvider clock, CancellationToken ct,
        Func<TaskIntake.TaskInput, TaskIntake.TaskInput>? change = null)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var actor = await ActorAsync(db, by, ct);
        var (ownerId, _) = await RecommendationSetup.UserAsync(app, owner, ct);
        var lead = await db.Users.Where(u => u.Id == ownerId).Select(u => u.OrganisationId).SingleAsync(ct);
        var input = new TaskIntake.TaskInput("Nhiệm vụ kiểm thử " + Guid.NewGuid(), lead, ownerId, "Bộ trưởng", dueOn, AssignedOn: dueOn.AddDays(-30));
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, actor, Scope.Everything, change?.Invoke(input) ?? input,
            VietnamTime.Today(clock), await WorkingCalendar.LoadAsync(db, ct), ct);
        Assert.Empty(errors);
        return (await TaskIntake.SaveAsync(db, actor, task!, clock.GetUtcNow().UtcDateTime, ct)).Id;
    }

    /// <summary>A step taken by a demo account on the task, saved.</summary>
    public static async Task ActAsync(CauNoiApp app, string by, int id, TaskSteps.Request request, TimeProvider clock, CancellationToken ct)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var task = await db.Tasks.SingleAsync(t => t.Id == id, ct);
        await TaskSteps.ApplyAsync(db, await ActorAsync(db, by, ct), task, request, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), ct);
        await db.SaveChangesAsync(ct);
    }
}
