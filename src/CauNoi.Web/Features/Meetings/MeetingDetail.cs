using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using RS = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// A meeting with the whole chain it produced, as its page and the API show it: the participants and documents, the
/// recommendations raised there (those the caller sees) with their answers, the conclusion notices and their tasks, a
/// mission's findings and what each became, and the share answered and the share of tasks done.
/// </summary>
public sealed record MeetingDetail(
    int Id, string Number, MeetingKind Kind, string KindName, Region? Region, string Title, DateOnly StartsOn, DateOnly EndsOn,
    string Place, string? ChairId, string ChairName, string? Agenda, string? Report, string OrganisedBy, bool IsDemo, int Version,
    IReadOnlyList<MeetingDetail.Unit> Units, IReadOnlyList<MeetingDetail.Participant> Provinces, IReadOnlyList<FileView> Files,
    IReadOnlyList<MeetingDetail.Raised> Recommendations, IReadOnlyList<MeetingDetail.Notice> ConclusionNotices,
    IReadOnlyList<MeetingDetail.FollowUp> Tasks, IReadOnlyList<MeetingDetail.Finding> Findings, IReadOnlyList<MeetingDetail.ReplyIssue> ReplyIssues)
{
    public sealed record ReplyIssue(DateTime IssuedAt, string IssuedByName, int Answered, int Pending);

    public sealed record Unit(int Id, string Name, string? Delegates);
    public sealed record Participant(string Code, string Name, string? Delegates, DateOnly? VisitOn);

    /// <param name="HasAnswer">An answer is written (sent or not: the status says which).</param>
    public sealed record Raised(
        int Id, string Number, string Title, string ProvinceCode, string ProvinceName, string FieldName, RS Status, string StatusName,
        string RoutedUnit, DateOnly DueOn, bool HasAnswer, string? AnsweringUnit, DateOnly? AnsweredOn)
    {
        public bool IsAnswered => CountsAsAnswered(Status, HasAnswer);
    }

    /// <summary>
    /// Whether a recommendation counts as answered for a meeting: its answer sent (answered, or closed after it), or found
    /// outside the Ministry's remit with the competent body named. The one rule of the page, the reply, the export and the
    /// focal leaders' measure.
    /// </summary>
    public static bool CountsAsAnswered(RS status, bool hasAnswer) => status is RS.Answered or RS.Closed ? hasAnswer : status == RS.OutsideRemit;

    public sealed record Notice(int Id, string Number, string TypeName, DateOnly IssuedOn, string Summary);

    /// <param name="FindingId">The mission's finding it follows up, if it came from one.</param>
    public sealed record FollowUp(int Id, string Number, string Title, string LeadName, DateOnly DueOn, WorkTaskStatus Status, string StatusName, int? DocumentId, int? FindingId);

    public sealed record Finding(
        int Id, string? ProvinceCode, string? ProvinceName, string Text, int? RecommendationId, string? RecommendationStatus,
        int? TaskId, string? TaskStatus, DateTime RecordedAt);

    public int Answered => Recommendations.Count(r => r.IsAnswered);
    /// <summary>Answered ÷ raised, cut to two decimals as every rate here is; null when none was raised.</summary>
    public decimal? AnsweredShare => TaskFigures.Rate(Answered, Recommendations.Count);
    public int TasksCounted => Tasks.Count(t => t.Status != WorkTaskStatus.Cancelled);
    public int TasksDone => Tasks.Count(t => t.Status is WorkTaskStatus.DoneOnTime or WorkTaskStatus.DoneLate);
    /// <summary>Done (on time or late) ÷ the tasks not cancelled.</summary>
    public decimal? TasksDoneShare => TaskFigures.Rate(TasksDone, TasksCounted);

    /// <summary>The meeting if the caller sees it, else null (answered 404).</summary>
    public static async Task<MeetingDetail?> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, int id, DateOnly today, CancellationToken ct = default)
    {
        var m = await db.Meetings.VisibleTo(scope, actor).AsNoTracking()
            .Include(x => x.Units).Include(x => x.Provinces).Include(x => x.Findings).Include(x => x.Files).Include(x => x.ReplyIssues)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;

        var unitIds = m.Units.Select(u => u.OrganisationId).Append(m.OrganisedByOrganisationId).ToList();
        var unitNames = await db.Organisations.Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var provinceNames = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, ct);

        var raised = await RaisedAt(db, scope, id).ToListAsync(ct);
        var notices = await db.Documents.Where(d => d.MeetingId == id).OrderBy(d => d.IssuedOn).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Number, d.Type, d.IssuedOn, d.Summary }).ToListAsync(ct);
        var noticeIds = notices.Select(n => n.Id).ToList();
        var findingTasks = m.Findings.Where(f => f.TaskId is not null).ToDictionary(f => f.TaskId!.Value, f => f.Id);
        var findingTaskIds = findingTasks.Keys.ToList();
        var tasks = await db.Tasks.VisibleTo(scope, actor)
            .Where(t => t.Recurrence == Recurrence.None && ((t.DocumentId != null && noticeIds.Contains(t.DocumentId.Value)) || findingTaskIds.Contains(t.Id)))
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.Title, t.DueOn, t.DocumentId, t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn,
                Lead = db.Organisations.Where(o => o.Id == t.LeadOrganisationId).Select(o => o.Name).First(),
            }).ToListAsync(ct);
        var followUps = tasks.Select(t =>
        {
            var status = TaskStatusRule.Of(t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, today);
            return new FollowUp(t.Id, WorkTask.FormatNumber(t.Id), t.Title, t.Lead, t.DueOn, status, TaskNames.Of(status), t.DocumentId, findingTasks.GetValueOrDefault(t.Id) is var f and > 0 ? f : null);
        }).ToList();

        // A finding's follow-ups as the caller sees them: a province sees its own recommendations and the tasks concerning it.
        var recommendationStatus = raised.ToDictionary(r => r.Id, r => r.StatusName);
        var taskStatus = followUps.ToDictionary(t => t.Id, t => t.StatusName);
        var findings = m.Findings.OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).Select(f => new Finding(
            f.Id, f.ProvinceCode, f.ProvinceCode is null ? null : provinceNames.GetValueOrDefault(f.ProvinceCode), f.Text,
            f.RecommendationId is { } r && recommendationStatus.ContainsKey(r) ? r : null, f.RecommendationId is { } r2 ? recommendationStatus.GetValueOrDefault(r2) : null,
            f.TaskId is { } t && taskStatus.ContainsKey(t) ? t : null, f.TaskId is { } t2 ? taskStatus.GetValueOrDefault(t2) : null, f.RecordedAt))
            .Where(f => scope.SeesAll || actor is { IsMinistry: true } || f.ProvinceCode == actor?.ProvinceCode).ToList();

        return new MeetingDetail(m.Id, Meeting.FormatNumber(m.Id), m.Kind, MeetingNames.Of(m.Kind, m.Region), m.Region, m.Title, m.StartsOn, m.EndsOn,
            m.Place, m.ChairId, m.ChairName, m.Agenda, m.Report, unitNames.GetValueOrDefault(m.OrganisedByOrganisationId, ""), m.IsDemo, m.Version,
            [.. m.Units.Select(u => new Unit(u.OrganisationId, unitNames.GetValueOrDefault(u.OrganisationId, ""), u.Delegates)).OrderBy(u => u.Name, VietnameseText.Order)],
            [.. m.Provinces.Select(p => new Participant(p.ProvinceCode, provinceNames.GetValueOrDefault(p.ProvinceCode, p.ProvinceCode), p.Delegates, p.VisitOn))
                .OrderBy(p => p.VisitOn).ThenBy(p => p.Name, VietnameseText.Order)],
            [.. m.Files.OrderBy(f => f.At).Select(FileView.Of)],
            raised,
            [.. notices.Select(n => new Notice(n.Id, n.Number, TaskNames.Of(n.Type), n.IssuedOn, n.Summary))],
            followUps, findings, [.. m.ReplyIssues.OrderBy(i => i.IssuedAt).Select(i => new ReplyIssue(i.IssuedAt, i.IssuedByName, i.Answered, i.Pending))]);
    }

    /// <summary>The meeting's recommendations the caller's scope lets them see, by province then number.</summary>
    public static IQueryable<Raised> RaisedAt(CauNoiDb db, Scope scope, int id) =>
        from r in db.Recommendations.VisibleTo(scope)
        where r.MeetingId == id && r.Status != RS.MergedAsDuplicate
        join p in db.Provinces on r.ProvinceCode equals p.Code
        join f in db.FieldsOfWork on r.FieldId equals f.Id
        orderby p.Name, r.Id
        select new Raised(r.Id, Recommendation.FormatNumber(r.Id), r.Title, r.ProvinceCode, p.Name, f.Name, r.Status, RecommendationNames.Of(r.Status),
            db.Organisations.Where(o => o.Id == r.RoutedUnitId).Select(o => o.Name).First(), r.DueOn, r.Answer != null,
            db.Organisations.Where(o => o.Id == r.AnsweredByUnitId).Select(o => o.Name).FirstOrDefault(), r.AnsweredOn);
}
