namespace CauNoi.Web.Features.Tasks;

/// <summary>The list of tasks as every page, dashboard, report and API filter it, and one task as its page shows it.</summary>
public static class TaskQueries
{
    /// <param name="Status">A computed status, on <see cref="TaskFilter.AsOf"/> (today unless told).</param>
    /// <param name="Lead">The lead unit.</param>
    /// <param name="Assigner">The unit that follows the tasks for the leader.</param>
    /// <param name="Owner">The named owner (an account's id).</param>
    /// <param name="Leader">The assigning leader's account.</param>
    /// <param name="From">Assigned on or after.</param>
    /// <param name="To">Assigned on or before.</param>
    public sealed record TaskFilter(
        string? Q = null, WorkTaskStatus? Status = null, int? Lead = null, int? Assigner = null, string? Owner = null, string? Leader = null,
        int? Document = null, string? Province = null, DateOnly? From = null, DateOnly? To = null, int? Parent = null, int? Series = null,
        bool? ExtensionPending = null, DateOnly? AsOf = null);

    public sealed record Item(
        int Id, string Number, string Title, WorkTaskStatus Status, string StatusName, int LeadOrganisationId, string LeadName,
        string? OwnerName, string AssignedBy, DateOnly AssignedOn, DateOnly DueOn, DateOnly OriginalDueOn, int? Progress, bool ExtensionPending,
        bool IsSeries, int? DocumentId, string? DocumentNumber, int? ParentId, int? SeriesId, TaskPriority Priority, int Version);

    /// <summary>A search that is a task's number: "NV000123", "nv 123" or "123".</summary>
    public static int? NumberIn(string? q) => RecordNumber.In(q, WorkTask.NumberPrefix);

    /// <summary>The scope and every filter. A series is listed with the tasks (its occurrences too) unless a status is asked for.</summary>
    public static IQueryable<WorkTask> Filtered(CauNoiDb db, Scope scope, Actor? actor, TaskFilter f, DateOnly today)
    {
        var q = db.Tasks.VisibleTo(scope, actor);
        if (f.Lead is { } lead) q = q.Where(t => t.LeadOrganisationId == lead);
        if (f.Assigner is { } assigner) q = q.Where(t => t.AssigningOrganisationId == assigner);
        if (!string.IsNullOrWhiteSpace(f.Owner)) q = q.Where(t => t.OwnerId == f.Owner);
        if (!string.IsNullOrWhiteSpace(f.Leader)) q = q.Where(t => t.AssignedById == f.Leader);
        if (f.Document is { } document) q = q.Where(t => t.DocumentId == document);
        if (!string.IsNullOrWhiteSpace(f.Province))
        {
            var code = f.Province.Trim();
            q = q.Where(t => t.LeadProvinceCode == code || t.Provinces.Any(p => p.ProvinceCode == code));
        }
        if (f.From is { } from) q = q.Where(t => t.AssignedOn >= from);
        if (f.To is { } to) q = q.Where(t => t.AssignedOn <= to);
        if (f.Parent is { } parent) q = q.Where(t => t.ParentId == parent);
        if (f.Series is { } series) q = q.Where(t => t.SeriesId == series);
        if (f.ExtensionPending is { } pending) q = q.Where(t => t.ExtensionPending == pending);
        if (f.Status is { } status)
        {
            var rule = TaskStatusRule.On(f.AsOf ?? today);
            q = q.Where(t => t.Recurrence == Recurrence.None).Where(Is(rule, status));
        }
        var folded = VietnameseText.Fold(f.Q);
        if (NumberIn(f.Q) is { } id)
            q = q.Where(t => t.Id == id || EF.Functions.Like(t.SearchName, VietnameseText.LikeContains(folded), "\\"));
        else if (folded.Length > 0) q = q.Where(t => EF.Functions.Like(t.SearchName, VietnameseText.LikeContains(folded), "\\"));
        return q;
    }

    /// <summary>The tasks whose computed status is <paramref name="status"/>, as a predicate the database runs.</summary>
    private static System.Linq.Expressions.Expression<Func<WorkTask, bool>> Is(System.Linq.Expressions.Expression<Func<WorkTask, WorkTaskStatus>> rule, WorkTaskStatus status) =>
        System.Linq.Expressions.Expression.Lambda<Func<WorkTask, bool>>(
            System.Linq.Expressions.Expression.Equal(rule.Body, System.Linq.Expressions.Expression.Constant(status)), rule.Parameters);

    /// <summary>One page of the tasks by deadline, with the names they show and each one's status on the day.</summary>
    public static async Task<Page<Item>> PageAsync(CauNoiDb db, IQueryable<WorkTask> filtered, DateOnly day, int? page, int pageSize, CancellationToken ct = default)
    {
        var rows = filtered.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Select(t => new
        {
            t.Id, t.Title, t.LeadOrganisationId,
            Lead = db.Organisations.Where(o => o.Id == t.LeadOrganisationId).Select(o => o.Name).First(),
            Owner = db.Users.Where(u => u.Id == t.OwnerId).Select(u => u.FullName).FirstOrDefault(),
            t.AssignedBy, t.AssignedOn, t.DueOn, t.OriginalDueOn, t.Progress, t.ExtensionPending, t.Recurrence, t.DocumentId,
            DocumentNumber = db.Documents.Where(d => d.Id == t.DocumentId).Select(d => d.Number).FirstOrDefault(),
            t.ParentId, t.SeriesId, t.Priority, t.Version, t.State, t.ClosedOn, t.JudgedDueOn,
        });
        var number = Paging.Number(page);
        // Counted only up to a thousand ("hơn 1.000"), as the recommendations' lists are: counting a national register of
        // hundreds of thousands for every page would cost more than the page itself.
        var (counted, read) = await OneConnection.ReadAsync(db, async () =>
            (await filtered.Take(Paging.CountUpTo + 1).CountAsync(ct), await rows.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct)), ct);
        var items = read.Select(r =>
        {
            var status = TaskStatusRule.Of(r.State, r.ClosedOn, r.JudgedDueOn, r.AssignedOn, day);
            return new Item(r.Id, WorkTask.FormatNumber(r.Id), r.Title, status, TaskNames.Of(status), r.LeadOrganisationId, r.Lead, r.Owner,
                r.AssignedBy, r.AssignedOn, r.DueOn, r.OriginalDueOn, r.Progress, r.ExtensionPending, r.Recurrence != Recurrence.None,
                r.DocumentId, r.DocumentNumber, r.ParentId, r.SeriesId, r.Priority, r.Version);
        }).ToList();
        return Page<Item>.Of(items, number, pageSize, counted, Paging.CountUpTo);
    }
}
