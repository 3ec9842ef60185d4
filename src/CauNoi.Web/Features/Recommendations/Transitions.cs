using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Recommendations.RecommendationWorkflow;
using A = CauNoi.Web.Features.Recommendations.RecommendationAction;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>One workflow step asked for by a page or the API by its name on the wire, carried out on the entity, and who is told.</summary>
public static class Transitions
{
    public sealed record Request(
        string? Action, string? Comment, int? Version = null, int? TargetUnitId = null, string? CompetentBody = null,
        string? Answer = null, int? DuplicateOfId = null, bool? Satisfied = null,
        string? SignerName = null, string? SignerTitle = null, string? LetterNumber = null, DateOnly? LetterDate = null, Guid? LetterFileId = null);

    /// <summary>
    /// Applies the step to a recommendation the caller can see, and tells whom its row of <see cref="RecommendationWorkflow"/>
    /// names. Throws <see cref="WorkflowRefusal"/> when the step is not allowed; the caller saves, and a concurrent change
    /// then fails the save. Another record the step names (the original of a merge) must be within the caller's scope too.
    /// </summary>
    public static async Task ApplyAsync(
        CauNoiDb db, Actor actor, Scope scope, Recommendation r, Request request, DateTime at, DateOnly today, CancellationToken ct = default)
    {
        if (request.Version is { } expected && expected != r.Version)
            throw new Conflict();
        var action = Table.Parse(request.Action);
        request = Checked(request, action);
        if (action is not { } step)
            throw new WorkflowRefusal($"Thao tác '{request.Action}' không tồn tại. Các thao tác: {WireNames}.");
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        switch (step)
        {
            case A.Receive: r.Receive(actor, at, request.Comment); break;
            case A.Start: r.StartHandling(actor, at, request.Comment); break;
            case A.RequestInformation: r.RequestInformation(actor, at, today, request.Comment, calendar); break;
            case A.ProvideInformation: r.ProvideInformation(actor, at, today, request.Comment, calendar); break;
            case A.Transfer:
                var unit = request.TargetUnitId is { } id
                    ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.MinistryUnit && o.IsActive, ct)
                    : null;
                if (unit is null) throw Table.Missing(A.Transfer, nameof(Request.TargetUnitId));
                r.Transfer(actor, at, unit.Id, unit.Name, request.Comment);
                break;
            case A.OutsideRemit: r.DeclareOutsideRemit(actor, at, request.CompetentBody, request.Comment); break;
            case A.Answer:
                // As every step: what is missing first, then who and from which state, then whether the letter is right.
                Table.Require(A.Answer, nameof(Request.Answer), request.Answer ?? request.Comment);
                r.MayAnswer(actor);
                var letter = await LetterAsync(db, r, request, today, ct);
                r.AnswerWith(actor, at, today, request.Answer ?? request.Comment, letter, actor.UnitAnswersNeedApproval);
                break;
            case A.ApproveAnswer: r.ApproveAnswer(actor, at, today, request.Comment); break;
            case A.ReturnAnswer: r.ReturnAnswer(actor, at, request.Comment); break;
            case A.Close: r.Close(actor, at, request.Comment); break;
            case A.Reopen:
                r.Reopen(actor, at, today, request.Comment, await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays, ct), calendar);
                break;
            case A.Merge:
                var original = request.DuplicateOfId is { } dup ? await db.Recommendations.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == dup, ct) : null;
                // The same words whether the record does not exist or is another's: a refusal tells nothing of what exists.
                if (original is null) throw Table.Missing(A.Merge, nameof(Request.DuplicateOfId));
                r.MergeInto(actor, at, original, request.Comment);
                break;
            case A.Rate:
                Table.Require(A.Rate, nameof(Request.Satisfied), request.Satisfied);
                r.Rate(actor, at, request.Satisfied!.Value, request.Comment);
                break;
        }
        await Table.TellAsync(step, new Told(db, r, actor, request.Comment, at), ct);
    }

    /// <summary>The official letter the answer names, checked, or the answer refused with every reason.</summary>
    private static async Task<OfficialLetter> LetterAsync(CauNoiDb db, Recommendation r, Request request, DateOnly today, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.LetterFileId is { } fileId)
        {
            var type = await db.RecommendationAttachments.Where(a => a.Id == fileId && a.RecommendationId == r.Id).Select(a => a.ContentType).FirstOrDefaultAsync(ct);
            if (type is null) errors.Add(nameof(Request.LetterFileId), "Không tìm thấy tệp văn bản trả lời trong các tệp đính kèm của kiến nghị.");
            else if (type != AttachmentKind.Pdf.ContentType) errors.Add(nameof(Request.LetterFileId), "Văn bản trả lời đính kèm phải là tệp PDF (bản đã ký).");
        }
        var letter = OfficialLetter.Check(request.SignerName, request.SignerTitle, request.LetterNumber, request.LetterDate, request.LetterFileId, today, r.ReceivedOn, errors);
        return letter ?? throw new WorkflowRefusal(string.Join(" ", errors.Values.SelectMany(m => m)));
    }

    /// <summary>Room left in a history line (20,000 characters) for what a step writes before the comment: a unit's name, a number.</summary>
    public const int CommentLength = 10_000;

    /// <summary>
    /// The step's texts checked as every text taken in is (<see cref="CleanText.Of"/>: NFC, within its column, no control
    /// characters, TCVN3 converted and VNI refused), or the step refused with the reasons.
    /// </summary>
    private static Request Checked(Request request, A? action)
    {
        var errors = new FieldErrors();
        // An answer may come in the comment; a rating's reason is kept in a column of 2,000.
        var (label, length) = action switch
        {
            A.Answer => ("Nội dung trả lời", RecommendationConfiguration.TextLength),
            A.Rate => ("Lý do đánh giá", 2_000),
            A.ReturnAnswer => ("Lý do trả lại", CommentLength),
            _ => ("Ghi chú", CommentLength),
        };
        var comment = CleanText.Of(request.Comment, nameof(Request.Comment), label, length, required: false, errors, multiline: true);
        var answer = CleanText.Of(request.Answer, nameof(Request.Answer), "Nội dung trả lời", RecommendationConfiguration.TextLength, required: false, errors, multiline: true);
        var competentBody = CleanText.Of(request.CompetentBody, nameof(Request.CompetentBody), "Cơ quan có thẩm quyền", RecommendationConfiguration.ReferenceLength, required: false, errors);
        if (errors.Count > 0) throw new WorkflowRefusal(string.Join(" ", errors.Values.SelectMany(m => m)));
        return request with { Comment = comment, Answer = answer, CompetentBody = competentBody };
    }

    /// <summary>The record changed since the caller read it.</summary>
    public sealed class Conflict() : Exception(ConflictMessage);

    public const string ConflictMessage = "Kiến nghị vừa được người khác cập nhật. Vui lòng tải lại để xem trạng thái mới trước khi thao tác.";
}
