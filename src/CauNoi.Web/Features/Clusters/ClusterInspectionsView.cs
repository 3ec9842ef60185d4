using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// A cluster's inspections as _ClusterInspections shows them (the newest first), each finding with the task that follows
/// it; whether the viewer keeps the cluster; and, for a keeper, whom a finding's task may be given to.
/// </summary>
public sealed record ClusterInspectionsView(
    int ClusterId, IReadOnlyList<ClusterInspectionsView.Inspection> Inspections, bool MayKeep, IReadOnlyList<ClusterInspectionsView.Owner> Owners)
{
    /// <param name="HasTask">Given as a task; <paramref name="TaskId"/> is set only when the viewer sees that task.</param>
    public sealed record Finding(int Id, string Text, bool HasTask, int? TaskId, string? TaskNumber, string? TaskStatus);

    public sealed record Inspection(int Id, DateOnly InspectedOn, string Members, string? OrganisationName, IReadOnlyList<Finding> Findings);

    /// <summary>A person who may lead a finding's task: of the keeper's own unit, or of the department of the cluster's province.</summary>
    public sealed record Owner(string Id, string Name, int OrganisationId, string OrganisationName);

    public static async Task<ClusterInspectionsView> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, Cluster cluster, DateOnly today, CancellationToken ct = default)
    {
        var mayKeep = ClusterInspections.MayKeep(actor, cluster);
        return new ClusterInspectionsView(cluster.Id, await InspectionsAsync(db, scope, actor, cluster.Id, today, ct), mayKeep,
            mayKeep && TaskIntake.MayAssign(actor!) ? await OwnersAsync(db, actor!, cluster.ProvinceCode, ct) : []);
    }

    public static async Task<IReadOnlyList<Inspection>> InspectionsAsync(CauNoiDb db, Scope scope, Actor? actor, int clusterId, DateOnly today, CancellationToken ct = default)
    {
        var inspections = await db.ClusterInspections.AsNoTracking().Where(i => i.ClusterId == clusterId)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .Select(i => new { i.Id, i.InspectedOn, i.Members, Organisation = db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).FirstOrDefault(), i.Findings })
            .ToListAsync(ct);
        var taskIds = inspections.SelectMany(i => i.Findings).Where(f => f.TaskId is not null).Select(f => f.TaskId!.Value).ToList();
        var tasks = (await db.Tasks.VisibleTo(scope, actor).Where(t => taskIds.Contains(t.Id))
                .Select(t => new { t.Id, t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn }).ToListAsync(ct))
            .ToDictionary(t => t.Id, t => TaskNames.Of(TaskStatusRule.Of(t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, today)));
        return [.. inspections.Select(i => new Inspection(i.Id, i.InspectedOn, i.Members, i.Organisation, [.. i.Findings.OrderBy(f => f.Id).Select(f =>
            f.TaskId is { } t && tasks.TryGetValue(t, out var status)
                ? new Finding(f.Id, f.Text, true, t, WorkTask.FormatNumber(t), status)
                : new Finding(f.Id, f.Text, f.TaskId is not null, null, null, null))]))];
    }

    private static async Task<IReadOnlyList<Owner>> OwnersAsync(CauNoiDb db, Actor actor, string provinceCode, CancellationToken ct)
    {
        var department = $"SCT-{provinceCode}";
        var units = await db.Organisations.Where(o => o.IsActive && (o.Id == actor.OrganisationId
                || (actor.OrganisationKind != OrganisationKind.ProvincialDepartment && o.Code == department)))
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var people = await db.Users.Where(u => u.IsActive && ids.Contains(u.OrganisationId))
            .Select(u => new { u.Id, u.FullName, u.JobTitle, u.OrganisationId }).ToListAsync(ct);
        return [.. people.Select(p => new Owner(p.Id, p.JobTitle is null ? p.FullName : $"{p.FullName} – {p.JobTitle}", p.OrganisationId, units.First(u => u.Id == p.OrganisationId).Name))
            .OrderBy(o => o.OrganisationId == actor.OrganisationId ? 0 : 1).ThenBy(o => o.Name, VietnameseText.Order)];
    }
}
