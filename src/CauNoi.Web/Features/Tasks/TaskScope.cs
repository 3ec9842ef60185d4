namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The scope rule for tasks. Ministry leaders, administrators and the coordinating hub see every task. A Ministry unit sees
/// the tasks it leads, works on or follows for the leader; a focal leader also those concerning their provinces. A
/// province's department sees the tasks it leads or that concern its province. Whoever owns a task or assigned it sees it.
/// Occurrences and sub-tasks carry their own units and provinces, so each is judged on its own.
/// </summary>
public static class TaskScope
{
    public static IQueryable<WorkTask> VisibleTo(this IQueryable<WorkTask> tasks, Scope scope, Actor? actor)
    {
        if (scope.SeesAll) return tasks;
        if (actor is null) return tasks.Where(_ => false);
        var codes = scope.ProvinceCodes.ToArray();
        var organisation = actor.OrganisationId;
        var user = actor.UserId;
        return tasks.Where(t =>
            t.LeadOrganisationId == organisation || t.AssigningOrganisationId == organisation
            || t.Coordinators.Any(c => c.OrganisationId == organisation)
            || (codes.Length > 0 && (codes.Contains(t.LeadProvinceCode!) || t.Provinces.Any(p => codes.Contains(p.ProvinceCode))))
            || (user != null && (t.OwnerId == user || t.AssignedById == user)));
    }

    /// <summary>
    /// The register of documents: the Ministry's units see all of it (the documents that assign work are the Ministry's
    /// own); a province sees the documents it registered and those holding a task it sees.
    /// </summary>
    public static IQueryable<SourceDocument> VisibleTo(this IQueryable<SourceDocument> documents, CauNoiDb db, Scope scope, Actor? actor)
    {
        if (scope.SeesAll || actor is { IsMinistry: true }) return documents;
        if (actor is null) return documents.Where(_ => false);
        var tasks = db.Tasks.VisibleTo(scope, actor);
        var organisation = actor.OrganisationId;
        return documents.Where(d => d.RegisteredByOrganisationId == organisation || tasks.Any(t => t.DocumentId == d.Id));
    }
}
