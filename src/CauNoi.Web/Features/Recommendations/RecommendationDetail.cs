using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>One recommendation with its history, thread and attachments, as the detail page and the API show it.</summary>
public sealed record RecommendationDetail(
    RecommendationQueries.Item Summary, string Content, ConcernKind ConcernKind, string? ConcernReference, string? ConferenceName,
    string SubmittingOrganisation, string? ContactName, string? ContactPhone, string? ContactEmail, string? FocalLeaderId, string? FocalLeaderName,
    int WorkingDaysAllowed, int? RemainingWorkingDays, string? Answer, string? CompetentBody, int? GroupId, int? DuplicateOfId,
    bool? Satisfied, string? RatingReason, DateTime CreatedAt,
    IReadOnlyList<RecommendationDetail.Step> History, IReadOnlyList<RecommendationDetail.Message> Thread, IReadOnlyList<FileView> Attachments,
    RecommendationDetail.Reply? OfficialAnswer = null, int? ClusterId = null, string? ClusterName = null)
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
        // Its statements (up to three) share one connection (see OneConnection).
        return await OneConnection.ReadAsync<RecommendationDetail?>(db, async () =>
        {
            // The record and every name it shows in one statement; whether the caller may see it is the scope's check of one record.
            var r = await Stored.ById.For(db)(db, id, ct);
            if (r is null || !scope.Sees(r.Summary.ProvinceCode, r.Summary.CommuneCode, r.Summary.RoutedUnitId)) return null;
            // The history and the thread in one statement; most recommendations have no file: the record says so, and that
            // statement is not sent.
            var (history, thread) = await HistoryAndThreadAsync(db, id, ct);
            var files = r.HasFiles ? await FilesOf.For(db)(db, id).ToListAsync(ct) : [];
            var shown = r.Answer is not null && (ministry || !r.AnswerIsDraft);
            if (!ministry && r.AnswerIsDraft) files.RemoveAll(f => f.Id == r.AnswerLetterFileId);
            var reply = shown
                ? new Reply(r.Answer!, r.AnswerIsDraft, r.AnswerIsDraft ? null : r.Summary.AnsweredOn, r.AnsweredByUnitId, r.AnsweringUnit, r.AnswerSignerName,
                    r.AnswerSignerTitle, r.AnswerLetterNumber, r.AnswerLetterDate, files.FirstOrDefault(f => f.Id == r.AnswerLetterFileId))
                : null;
            return new RecommendationDetail(RecommendationQueries.Completed(r.Summary, today), r.Content, r.ConcernKind, r.ConcernReference, r.ConferenceName,
                r.Submitting, r.ContactName, r.ContactPhone, r.ContactEmail, r.FocalLeaderId, r.Focal, r.WorkingDaysAllowed, r.RemainingWorkingDays,
                shown ? r.Answer : null, r.CompetentBody, r.GroupId, r.DuplicateOfId, r.Satisfied, r.RatingReason, r.CreatedAt, history, thread, files, reply,
                r.ClusterId, r.ClusterName);
        }, ct);
    }

    /// <summary>The steps and the messages of the record, each in its order, read in one round trip (UNION ALL).</summary>
    private static async Task<(List<Step> History, List<Message> Thread)> HistoryAndThreadAsync(CauNoiDb db, int id, CancellationToken ct)
    {
        List<Step> history = [];
        List<Message> thread = [];
        await foreach (var e in HistoryAndThreadOf.For(db)(db, id).WithCancellation(ct))
        {
            if (e.IsMessage) thread.Add(new Message(e.Id, e.At, e.Name, e.Organisation, e.FromMinistry, e.Text!));
            else history.Add(new Step(e.At, e.Name, e.Organisation, e.Action!, ActionName(e.Action!), (RecommendationStatus?)e.FromStatus, (RecommendationStatus)e.ToStatus, e.Text));
        }
        return (history, thread);
    }

    /// <summary>A step (its comment as the text) or a message, as the one statement of both reads them.</summary>
    private sealed class Entry
    {
        public bool IsMessage { get; init; }
        public long Id { get; init; }
        public DateTime At { get; init; }
        public required string Name { get; init; }
        public required string Organisation { get; init; }
        public string? Action { get; init; }
        public int? FromStatus { get; init; }
        public int ToStatus { get; init; }
        public string? Text { get; init; }
        public bool FromMinistry { get; init; }
    }

    // Member initialisers, not constructors: EF Core unites two projections only when it can see their columns.
    private static readonly CompiledQuery<Func<CauNoiDb, int, IAsyncEnumerable<Entry>>> HistoryAndThreadOf = new(() => EF.CompileAsyncQuery((CauNoiDb db, int id) =>
        db.RecommendationEvents.Where(e => e.RecommendationId == id)
            .Select(e => new Entry
            {
                IsMessage = false, Id = e.Id, At = e.At, Name = e.ActorName, Organisation = e.ActorOrganisation, Action = e.Action,
                FromStatus = (int?)e.FromStatus, ToStatus = (int)e.ToStatus, Text = e.Comment, FromMinistry = false,
            })
            .Concat(db.RecommendationMessages.Where(m => m.RecommendationId == id).Select(m => new Entry
            {
                IsMessage = true, Id = m.Id, At = m.At, Name = m.AuthorName, Organisation = m.AuthorOrganisation, Action = null,
                FromStatus = null, ToStatus = 0, Text = m.Text, FromMinistry = m.FromMinistry,
            }))
            .OrderBy(e => e.IsMessage).ThenBy(e => e.At).ThenBy(e => e.Id).AsQueryable()));

    private static readonly CompiledQuery<Func<CauNoiDb, int, IAsyncEnumerable<FileView>>> FilesOf = new(() => EF.CompileAsyncQuery((CauNoiDb db, int id) =>
        db.RecommendationAttachments.Where(a => a.RecommendationId == id).OrderBy(a => a.At)
            .Select(a => new FileView(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedByName, a.At))));

    /// <summary>The recommendation's row as the detail reads it, with the names of the places and people it refers to.</summary>
    private sealed class Stored
    {
        public required RecommendationQueries.Item Summary { get; init; }
        public required string Content { get; init; }
        public ConcernKind ConcernKind { get; init; }
        public string? ConcernReference { get; init; }
        public string? ConferenceName { get; init; }
        public required string Submitting { get; init; }
        public string? ContactName { get; init; }
        public string? ContactPhone { get; init; }
        public string? ContactEmail { get; init; }
        public string? FocalLeaderId { get; init; }
        public string? Focal { get; init; }
        public int WorkingDaysAllowed { get; init; }
        public int? RemainingWorkingDays { get; init; }
        public string? Answer { get; init; }
        public bool AnswerIsDraft { get; init; }
        public int? AnsweredByUnitId { get; init; }
        public string? AnsweringUnit { get; init; }
        public string? AnswerSignerName { get; init; }
        public string? AnswerSignerTitle { get; init; }
        public string? AnswerLetterNumber { get; init; }
        public DateOnly? AnswerLetterDate { get; init; }
        public Guid? AnswerLetterFileId { get; init; }
        public string? CompetentBody { get; init; }
        public int? GroupId { get; init; }
        public int? DuplicateOfId { get; init; }
        public bool? Satisfied { get; init; }
        public string? RatingReason { get; init; }
        public DateTime CreatedAt { get; init; }
        public int? ClusterId { get; init; }
        public string? ClusterName { get; init; }
        public bool HasFiles { get; init; }

        public static readonly CompiledQuery<Func<CauNoiDb, int, CancellationToken, Task<Stored?>>> ById = new(() => EF.CompileAsyncQuery(
            (CauNoiDb db, int id, CancellationToken ct) => db.Recommendations.Where(r => r.Id == id).Select(r => new Stored
            {
                Summary = new RecommendationQueries.Item(r.Id, "", r.Title, r.Status, "",
                    r.ProvinceCode, db.Provinces.Where(p => p.Code == r.ProvinceCode).Select(p => p.Name).First(),
                    r.CommuneCode, db.Communes.Where(c => c.Code == r.CommuneCode).Select(c => c.Name).FirstOrDefault(),
                    r.RoutedUnitId, db.Organisations.Where(o => o.Id == r.RoutedUnitId).Select(o => o.Name).First(),
                    r.FieldId, db.FieldsOfWork.Where(f => f.Id == r.FieldId).Select(f => f.Name).First(),
                    r.Channel, r.Urgency, r.ReceivedOn, r.DueOn, r.AnsweredOn, false, r.Version, r.UpdatedAt),
                Content = r.Content, ConcernKind = r.ConcernKind, ConcernReference = r.ConcernReference, ConferenceName = r.ConferenceName,
                Submitting = db.Organisations.Where(o => o.Id == r.SubmittingOrganisationId).Select(o => o.Name).First(),
                ContactName = r.ContactName, ContactPhone = r.ContactPhone, ContactEmail = r.ContactEmail,
                FocalLeaderId = r.FocalLeaderId, Focal = db.Users.Where(u => u.Id == r.FocalLeaderId).Select(u => u.FullName).FirstOrDefault(),
                WorkingDaysAllowed = r.WorkingDaysAllowed, RemainingWorkingDays = r.RemainingWorkingDays,
                Answer = r.Answer, AnswerIsDraft = r.AnswerIsDraft, AnsweredByUnitId = r.AnsweredByUnitId,
                AnsweringUnit = db.Organisations.Where(o => o.Id == r.AnsweredByUnitId).Select(o => o.Name).FirstOrDefault(),
                AnswerSignerName = r.AnswerSignerName, AnswerSignerTitle = r.AnswerSignerTitle, AnswerLetterNumber = r.AnswerLetterNumber,
                AnswerLetterDate = r.AnswerLetterDate, AnswerLetterFileId = r.AnswerLetterFileId,
                CompetentBody = r.CompetentBody, GroupId = r.GroupId, DuplicateOfId = r.DuplicateOfId, Satisfied = r.Satisfied, RatingReason = r.RatingReason,
                CreatedAt = r.CreatedAt,
                ClusterId = r.ClusterId, ClusterName = db.Clusters.Where(c => c.Id == r.ClusterId).Select(c => c.Name).FirstOrDefault(),
                HasFiles = db.RecommendationAttachments.Any(a => a.RecommendationId == r.Id),
            }).FirstOrDefault()));
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
            Cluster = db.Clusters.Where(c => c.Id == r.ClusterId).Select(c => c.Name).FirstOrDefault(),
        }).FirstAsync(ct);
        var summary = new RecommendationQueries.Item(r.Id, "", r.Title, r.Status, "", r.ProvinceCode, names.Province, r.CommuneCode, names.Commune,
            r.RoutedUnitId, names.Unit, r.FieldId, names.Field, r.Channel, r.Urgency, r.ReceivedOn, r.DueOn, r.AnsweredOn, false, r.Version,
            r.UpdatedAt);
        return new RecommendationDetail(RecommendationQueries.Completed(summary, today), r.Content, r.ConcernKind, r.ConcernReference, r.ConferenceName,
            names.Submitting, r.ContactName, r.ContactPhone, r.ContactEmail, r.FocalLeaderId, names.Focal, r.WorkingDaysAllowed, r.RemainingWorkingDays,
            r.Answer, r.CompetentBody, r.GroupId, r.DuplicateOfId, r.Satisfied, r.RatingReason, r.CreatedAt,
            [.. r.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(StepOf)], [], [], ClusterId: r.ClusterId, ClusterName: names.Cluster);
    }

    private static Step StepOf(RecommendationEvent e) =>
        new(e.At, e.ActorName, e.ActorOrganisation, e.Action, ActionName(e.Action), e.FromStatus, e.ToStatus, e.Comment);

    private static string ActionName(string action) => RecommendationWorkflow.Names.GetValueOrDefault(action, action);
}
