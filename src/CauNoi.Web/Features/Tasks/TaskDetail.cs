using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Records;

namespace CauNoi.Web.Features.Tasks;

/// <summary>One task with everything its page and the API show: who, what, when, its status, reports, extensions, sub-tasks.</summary>
public sealed record TaskDetail(
    TaskQueries.Item Summary, string? Description, string? ExpectedResult, ResultForm ResultForm, Recurrence Recurrence,
    WorkTaskState State, DateOnly? ClosedOn, string? CancelReason, DateOnly JudgedDueOn, decimal Weight,
    string? OwnerId, string? AssignedById, int AssigningOrganisationId, string AssigningName,
    IReadOnlyList<string> Coordinators, IReadOnlyList<string> Provinces, IReadOnlyList<string> ProvinceCodes,
    int? RecommendationId, string? ParentTitle,
    IReadOnlyList<HistoryLine> History, IReadOnlyList<TaskDetail.Report> Reports, IReadOnlyList<TaskDetail.Extension> Extensions,
    IReadOnlyList<FileView> Files, TaskRollUp? RollUp, IReadOnlyList<TaskQueries.Item> Occurrences)
{
    public sealed record Report(long Id, DateTime At, string ByName, string ByOrganisation, int Percent, string Text,
        DateTime? ReturnedAt, string? ReturnedByName, string? ReturnComment, IReadOnlyList<FileView> Evidence);

    public sealed record Extension(int Id, DateTime RequestedAt, string RequestedByName, string Reason, DateOnly DueBefore, DateOnly ProposedDueOn,
        ExtensionDecision Decision, DateTime? DecidedAt, string? DecidedByName, string? DecisionComment, DateOnly? GrantedDueOn, bool CountsForTimeliness);

    /// <summary>The task if the scope lets the caller see it, else null (answered 404 / "không tìm thấy").</summary>
    public static async Task<TaskDetail?> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, int id, DateOnly today, CancellationToken ct = default)
    {
        var visible = db.Tasks.VisibleTo(scope, actor).Where(t => t.Id == id);
        var page = await TaskQueries.PageAsync(db, visible, today, 1, 1, ct);
        if (page.Items.Count == 0) return null;
        var t = await visible.AsNoTracking().Select(t => new
        {
            t.Description, t.ExpectedResult, t.ResultForm, t.Recurrence, t.State, t.ClosedOn, t.CancelReason, t.JudgedDueOn, t.Weight,
            t.OwnerId, t.AssignedById, t.AssigningOrganisationId, t.RecommendationId, t.ParentId,
            Assigning = db.Organisations.Where(o => o.Id == t.AssigningOrganisationId).Select(o => o.Name).First(),
            Coordinators = t.Coordinators.Select(c => db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First()).ToList(),
            Provinces = t.Provinces.OrderBy(p => p.ProvinceCode).Select(p => new { p.ProvinceCode, Name = db.Provinces.Where(x => x.Code == p.ProvinceCode).Select(x => x.Name).First() }).ToList(),
            Parent = db.Tasks.Where(p => p.Id == t.ParentId).Select(p => p.Title).FirstOrDefault(),
        }).FirstAsync(ct);
        var history = (await db.TaskEvents.Where(e => e.TaskId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct))
            .Select(e => new HistoryLine(e.At, e.ActorName, e.ActorOrganisation, e.Action, TaskWorkflow.Names.GetValueOrDefault(e.Action, e.Action), null, e.Comment))
            .ToList();
        var files = (await db.TaskFiles.Where(f => f.TaskId == id).OrderBy(f => f.At).ToListAsync(ct));
        var reports = (await db.TaskProgressReports.Where(r => r.TaskId == id).OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ToListAsync(ct))
            .Select(r => new Report(r.Id, r.At, r.ByName, r.ByOrganisation, r.Percent, r.Text, r.ReturnedAt, r.ReturnedByName, r.ReturnComment,
                [.. files.Where(f => f.ReportId == r.Id).Select(FileView.Of)]))
            .ToList();
        var extensions = await db.TaskExtensions.Where(x => x.TaskId == id).OrderBy(x => x.RequestedAt)
            .Select(x => new Extension(x.Id, x.RequestedAt, x.RequestedByName, x.Reason, x.DueBefore, x.ProposedDueOn, x.Decision, x.DecidedAt,
                x.DecidedByName, x.DecisionComment, x.GrantedDueOn, x.CountsForTimeliness))
            .ToListAsync(ct);
        var children = await db.Tasks.Where(c => c.ParentId == id).OrderBy(c => c.Id)
            .Select(c => new TaskRollUp.Child(c.Id, c.Title, c.Weight, c.Progress, c.State)).ToListAsync(ct);
        var occurrences = t.Recurrence == Recurrence.None ? []
            : (await TaskQueries.PageAsync(db, db.Tasks.VisibleTo(scope, actor).Where(o => o.SeriesId == id), today, 1, Recurrences.MaxOccurrences, ct)).Items;
        return new TaskDetail(page.Items[0], t.Description, t.ExpectedResult, t.ResultForm, t.Recurrence, t.State, t.ClosedOn, t.CancelReason,
            t.JudgedDueOn, t.Weight, t.OwnerId, t.AssignedById, t.AssigningOrganisationId, t.Assigning, t.Coordinators,
            [.. t.Provinces.Select(p => p.Name)], [.. t.Provinces.Select(p => p.ProvinceCode)], t.RecommendationId, t.Parent,
            history, reports, extensions, [.. files.Select(FileView.Of)], children.Count == 0 ? null : TaskRollUp.Of(children), occurrences);
    }
}
