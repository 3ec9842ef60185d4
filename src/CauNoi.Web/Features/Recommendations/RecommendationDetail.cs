using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>One recommendation with its history, thread and attachments, as the detail page and the API show it.</summary>
public sealed record RecommendationDetail(
    RecommendationQueries.Item Summary, string Content, ConcernKind ConcernKind, string? ConcernReference, string? ConferenceName,
    string SubmittingOrganisation, string? ContactName, string? ContactPhone, string? ContactEmail, string? FocalLeaderId, string? FocalLeaderName,
    int WorkingDaysAllowed, int? RemainingWorkingDays, string? Answer, string? CompetentBody, int? GroupId, int? DuplicateOfId,
    bool? Satisfied, string? RatingReason, DateTime CreatedAt,
    IReadOnlyList<RecommendationDetail.Step> History, IReadOnlyList<RecommendationDetail.Message> Thread, IReadOnlyList<FileView> Attachments,
    RecommendationDetail.Reply? OfficialAnswer = null)
{
    public sealed record Step(DateTime At, string ActorName, string ActorOrganisation, string Action, string ActionName, RecommendationStatus? FromStatus, RecommendationStatus ToStatus, string? Comment);
    public sealed record Message(long Id, DateTime At, string AuthorName, string AuthorOrganisation, bool FromMinistry, string Text);

    /// <summary>
    /// The answer as the official letter carries it: the unit that answered, the letter's number and date, who signed it,
    /// and the signed letter. A draft (waiting for the unit's leader, or returned) is shown to the Ministry only.
    /// </summary>
    public sealed record Reply(
        string Text, bool IsDraft, DateOnly? AnsweredOn, int? UnitId, string? UnitName, string? SignerName, string? SignerTitle,
        string? LetterNumber, DateOnly? LetterDate, FileView? Letter);

    /// <summary>
    /// The recommendation if the scope lets the caller see it, else null (answered 404 / "không tìm thấy"). A draft answer
    /// and its letter are left out unless the caller is of the Ministry (a scope of a unit, or of everything).
    /// </summary>
    public static async Task<RecommendationDetail?> LoadAsync(CauNoiDb db, Scope scope, int id, DateOnly today, CancellationToken ct = default)
    {
        var ministry = scope.SeesAll || scope.UnitId is not null;
        var visible = db.Recommendations.VisibleTo(scope).Where(r => r.Id == id);
        var summary = await RecommendationQueries.Items(db, visible).FirstOrDefaultAsync(ct);
        if (summary is null) return null;
        var r = await visible.Select(r => new
        {
            r.Content, r.ConcernKind, r.ConcernReference, r.ConferenceName, r.ContactName, r.ContactPhone, r.ContactEmail, r.FocalLeaderId,
            r.WorkingDaysAllowed, r.RemainingWorkingDays, r.Answer, r.CompetentBody, r.GroupId, r.DuplicateOfId, r.Satisfied, r.RatingReason, r.CreatedAt,
            r.AnswerIsDraft, r.AnsweredOn, r.AnsweredByUnitId, r.AnswerSignerName, r.AnswerSignerTitle, r.AnswerLetterNumber, r.AnswerLetterDate, r.AnswerLetterFileId,
            AnsweringUnit = db.Organisations.Where(o => o.Id == r.AnsweredByUnitId).Select(o => o.Name).FirstOrDefault(),
            Submitting = db.Organisations.Where(o => o.Id == r.SubmittingOrganisationId).Select(o => o.Name).First(),
            Focal = db.Users.Where(u => u.Id == r.FocalLeaderId).Select(u => u.FullName).FirstOrDefault(),
        }).FirstAsync(ct);
        var history = (await db.RecommendationEvents.Where(e => e.RecommendationId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct))
            .Select(StepOf).ToList();
        var thread = await db.RecommendationMessages.Where(m => m.RecommendationId == id).OrderBy(m => m.At).ThenBy(m => m.Id)
            .Select(m => new Message(m.Id, m.At, m.AuthorName, m.AuthorOrganisation, m.FromMinistry, m.Text)).ToListAsync(ct);
        var files = await db.RecommendationAttachments.Where(a => a.RecommendationId == id).OrderBy(a => a.At)
            .Select(a => new FileView(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedByName, a.At)).ToListAsync(ct);
        var shown = r.Answer is not null && (ministry || !r.AnswerIsDraft);
        if (!ministry && r.AnswerIsDraft) files.RemoveAll(f => f.Id == r.AnswerLetterFileId);
        var reply = shown
            ? new Reply(r.Answer!, r.AnswerIsDraft, r.AnswerIsDraft ? null : r.AnsweredOn, r.AnsweredByUnitId, r.AnsweringUnit, r.AnswerSignerName,
                r.AnswerSignerTitle, r.AnswerLetterNumber, r.AnswerLetterDate, files.FirstOrDefault(f => f.Id == r.AnswerLetterFileId))
            : null;
        return new RecommendationDetail(RecommendationQueries.Completed(summary, today), r.Content, r.ConcernKind, r.ConcernReference, r.ConferenceName,
            r.Submitting, r.ContactName, r.ContactPhone, r.ContactEmail, r.FocalLeaderId, r.Focal, r.WorkingDaysAllowed, r.RemainingWorkingDays,
            shown ? r.Answer : null, r.CompetentBody, r.GroupId, r.DuplicateOfId, r.Satisfied, r.RatingReason, r.CreatedAt, history, thread, files, reply);
    }

    /// <summary>
    /// A recommendation just taken in, as <see cref="LoadAsync"/> would read it back: the names it shows in one statement,
    /// the rest from what was just written (its one event; no thread or attachment yet). A submission's answer costs one
    /// round trip instead of six.
    /// </summary>
    public static async Task<RecommendationDetail> OfNewAsync(CauNoiDb db, Recommendation r, DateOnly today, CancellationToken ct = default)
    {
        var names = await db.Provinces.Where(p => p.Code == r.ProvinceCode).Select(p => new
        {
            Province = p.Name,
            Commune = db.Communes.Where(c => c.Code == r.CommuneCode).Select(c => c.Name).FirstOrDefault(),
            Unit = db.Organisations.Where(o => o.Id == r.RoutedUnitId).Select(o => o.Name).First(),
            Field = db.FieldsOfWork.Where(f => f.Id == r.FieldId).Select(f => f.Name).First(),
            Submitting = db.Organisations.Where(o => o.Id == r.SubmittingOrganisationId).Select(o => o.Name).First(),
            Focal = db.Users.Where(u => u.Id == r.FocalLeaderId).Select(u => u.FullName).FirstOrDefault(),
        }).FirstAsync(ct);
        var summary = new RecommendationQueries.Item(r.Id, "", r.Title, r.Status, "", r.ProvinceCode, names.Province, r.CommuneCode, names.Commune,
            r.RoutedUnitId, names.Unit, r.FieldId, names.Field, r.Channel, r.Urgency, r.ReceivedOn, r.DueOn, r.AnsweredOn, false, r.Version,
            r.UpdatedAt);
        return new RecommendationDetail(RecommendationQueries.Completed(summary, today), r.Content, r.ConcernKind, r.ConcernReference, r.ConferenceName,
            names.Submitting, r.ContactName, r.ContactPhone, r.ContactEmail, r.FocalLeaderId, names.Focal, r.WorkingDaysAllowed, r.RemainingWorkingDays,
            r.Answer, r.CompetentBody, r.GroupId, r.DuplicateOfId, r.Satisfied, r.RatingReason, r.CreatedAt,
            [.. r.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(StepOf)], [], []);
    }

    private static Step StepOf(RecommendationEvent e) =>
        new(e.At, e.ActorName, e.ActorOrganisation, e.Action, RecommendationWorkflow.Names.GetValueOrDefault(e.Action, e.Action), e.FromStatus, e.ToStatus, e.Comment);
}
