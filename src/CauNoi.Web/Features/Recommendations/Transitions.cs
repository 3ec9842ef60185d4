using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations.Attachments;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Validation;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>One workflow step asked for by a page or the API, carried out on the entity, and who is told.</summary>
public static class Transitions
{
    public sealed record Request(
        string? Action, string? Comment, int? Version = null, int? TargetUnitId = null, string? CompetentBody = null,
        string? Answer = null, int? DuplicateOfId = null, bool? Satisfied = null,
        string? SignerName = null, string? SignerTitle = null, string? LetterNumber = null, DateOnly? LetterDate = null, Guid? LetterFileId = null);

    /// <summary>The actions and their Vietnamese names, as buttons and history lines show them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["submit"] = "Gửi kiến nghị",
        ["receive"] = "Tiếp nhận",
        ["start"] = "Bắt đầu xử lý",
        ["request-information"] = "Đề nghị địa phương bổ sung thông tin",
        ["provide-information"] = "Bổ sung thông tin",
        ["transfer"] = "Chuyển đơn vị khác",
        ["outside-remit"] = "Ngoài thẩm quyền của Bộ",
        ["answer"] = "Trả lời",
        ["answer-draft"] = "Trình lãnh đạo duyệt câu trả lời",
        ["approve-answer"] = "Duyệt và gửi câu trả lời",
        ["return-answer"] = "Trả lại câu trả lời để sửa",
        ["close"] = "Đóng kiến nghị",
        ["reopen"] = "Mở lại",
        ["merge"] = "Gộp vào kiến nghị trùng",
        ["group"] = "Đưa vào nhóm trả lời chung",
        ["rate-satisfied"] = "Đánh giá: hài lòng",
        ["rate-unsatisfied"] = "Đánh giá: chưa hài lòng",
        ["rate"] = "Đánh giá câu trả lời",
    };

    /// <summary>
    /// Applies the step to a recommendation the caller can see. Throws <see cref="WorkflowRefusal"/>
    /// when the step is not allowed; the caller saves, and a concurrent change then fails the save.
    /// Another record the step names (the original of a merge) must be within the caller's scope too.
    /// </summary>
    public static async Task ApplyAsync(
        CauNoiDb db, Actor actor, Scope scope, Recommendation r, Request request, DateTime at, DateOnly today, CancellationToken ct = default)
    {
        if (request.Version is { } expected && expected != r.Version)
            throw new Conflict();
        request = Checked(request);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var link = $"/kien-nghi/{r.Id}";
        switch (request.Action)
        {
            case "receive": r.Receive(actor, at, request.Comment); break;
            case "start": r.StartHandling(actor, at, request.Comment); break;
            case "request-information":
                r.RequestInformation(actor, at, today, request.Comment, calendar);
                await Notify.OrganisationsAsync(db, [r.SubmittingOrganisationId], $"Đề nghị bổ sung thông tin cho kiến nghị {r.Number}", request.Comment!, link, at, ct);
                break;
            case "provide-information":
                r.ProvideInformation(actor, at, today, request.Comment, calendar);
                await Notify.OrganisationsAsync(db, [r.RoutedUnitId], $"Địa phương đã bổ sung thông tin cho kiến nghị {r.Number}", request.Comment!, link, at, ct);
                break;
            case "transfer":
                var unit = request.TargetUnitId is { } id
                    ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.MinistryUnit && o.IsActive, ct)
                    : null;
                if (unit is null) throw new WorkflowRefusal("Chọn đơn vị thuộc Bộ nhận kiến nghị.");
                r.Transfer(actor, at, unit.Id, unit.Name, request.Comment);
                await Notify.OrganisationsAsync(db, [unit.Id], $"Kiến nghị {r.Number} được chuyển đến đơn vị", r.Title, link, at, ct);
                break;
            case "outside-remit":
                r.DeclareOutsideRemit(actor, at, request.CompetentBody, request.Comment);
                await Notify.OrganisationsAsync(db, [r.SubmittingOrganisationId], $"Kiến nghị {r.Number} thuộc thẩm quyền của {r.CompetentBody}", request.Comment ?? r.Title, link, at, ct);
                ContactEmail.OutsideRemit(db, r, request.Comment, at);
                break;
            case "answer":
                // As every step: what is missing first, then who and from which state, then whether the letter is right.
                if (string.IsNullOrWhiteSpace(request.Answer ?? request.Comment)) throw new WorkflowRefusal("Nhập nội dung trả lời.");
                r.MayAnswer(actor);
                var letter = await LetterAsync(db, r, request, today, ct);
                r.AnswerWith(actor, at, today, request.Answer ?? request.Comment, letter, actor.UnitAnswersNeedApproval);
                if (r.Status == RecommendationStatus.Answered)
                    await NotifyAnsweredAsync(db, r, actor.OrganisationName, link, at, ct);
                else
                    await Notify.UsersAsync(db, await LeadersAsync(db, actor.OrganisationId, ct),
                        $"Câu trả lời kiến nghị {r.Number} chờ lãnh đạo duyệt", $"{actor.Name} trình câu trả lời:\n\n{r.Answer}", link, at, ct);
                break;
            case "approve-answer":
                r.ApproveAnswer(actor, at, today, request.Comment);
                await NotifyAnsweredAsync(db, r, actor.OrganisationName, link, at, ct);
                break;
            case "return-answer":
                r.ReturnAnswer(actor, at, request.Comment);
                var drafter = await db.RecommendationEvents.Where(e => e.RecommendationId == r.Id && e.Action == "answer-draft" && e.ActorId != null)
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.ActorId!).FirstOrDefaultAsync(ct);
                await Notify.UsersAsync(db, drafter is null ? [] : [drafter], $"Lãnh đạo trả lại câu trả lời kiến nghị {r.Number}", request.Comment!, link, at, ct);
                break;
            case "close": r.Close(actor, at, request.Comment); break;
            case "reopen":
                r.Reopen(actor, at, today, request.Comment, await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays, ct), calendar);
                await Notify.OrganisationsAsync(db, [r.RoutedUnitId], $"Địa phương mở lại kiến nghị {r.Number}", request.Comment!, link, at, ct);
                if (r.FocalLeaderId is not null)
                    await Notify.UsersAsync(db, [r.FocalLeaderId], $"Địa phương mở lại kiến nghị {r.Number}", request.Comment!, link, at, ct);
                break;
            case "merge":
                var original = request.DuplicateOfId is { } dup ? await db.Recommendations.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == dup, ct) : null;
                // The same words whether the record does not exist or is another's: a refusal tells nothing of what exists.
                if (original is null) throw new WorkflowRefusal("Không tìm thấy kiến nghị gốc để gộp trong phạm vi của bạn.");
                r.MergeInto(actor, at, original, request.Comment);
                await Notify.OrganisationsAsync(db, [r.SubmittingOrganisationId], $"Kiến nghị {r.Number} được gộp vào {original.Number}", original.Title, $"/kien-nghi/{original.Id}", at, ct);
                break;
            case "rate":
                if (request.Satisfied is not { } satisfied) throw new WorkflowRefusal("Chọn hài lòng hoặc chưa hài lòng.");
                r.Rate(actor, at, satisfied, request.Comment);
                break;
            default:
                throw new WorkflowRefusal($"Thao tác '{request.Action}' không tồn tại. Các thao tác: {string.Join(", ", Names.Keys.Where(k => k is not ("submit" or "rate-satisfied" or "rate-unsatisfied" or "group" or "answer-draft")))}.");
        }
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

    /// <summary>The locality is told the answer as the official letter carries it: from which unit, which letter, who signed.
    /// The contact named on the form gets it by e-mail too.</summary>
    private static async Task NotifyAnsweredAsync(CauNoiDb db, Recommendation r, string unitName, string link, DateTime at, CancellationToken ct)
    {
        await Notify.OrganisationsAsync(db, [r.SubmittingOrganisationId], $"Kiến nghị {r.Number} đã được trả lời", AnswerNotice(r, unitName), link, at, ct);
        ContactEmail.Answered(db, r, at);
    }

    public static string AnswerNotice(Recommendation r, string unitName)
    {
        var lines = new List<string> { $"Trả lời của: {unitName}" };
        if (r.AnswerLetterNumber is not null)
            lines.Add($"Văn bản số {r.AnswerLetterNumber} ngày {Display.Date(r.AnswerLetterDate)}, người ký: {r.AnswerSignerTitle} {r.AnswerSignerName}");
        if (r.AnswerLetterFileId is not null) lines.Add("Văn bản đã ký (PDF) đính kèm trên trang kiến nghị.");
        return string.Join("\n", lines) + "\n\n" + r.Answer;
    }

    /// <summary>Who approves the unit's answers: its heads, and a Ministry leader whose account is in it.</summary>
    private static async Task<List<string>> LeadersAsync(CauNoiDb db, int unitId, CancellationToken ct) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join role in db.Roles on ur.RoleId equals role.Id
               where u.OrganisationId == unitId && u.IsActive && (role.Name == Roles.UnitHead || role.Name == Roles.MinistryLeader)
               select u.Id).Distinct().ToListAsync(ct);

    /// <summary>Room left in a history line (20,000 characters) for what a step writes before the comment: a unit's name, a number.</summary>
    public const int CommentLength = 10_000;

    /// <summary>
    /// The step's texts checked as every text taken in is (<see cref="CleanText.Of"/>: NFC, within its column, no control
    /// characters, TCVN3 converted and VNI refused), or the step refused with the reasons.
    /// </summary>
    private static Request Checked(Request request)
    {
        var errors = new FieldErrors();
        // An answer may come in the comment; a rating's reason is kept in a column of 2,000.
        var (label, length) = request.Action switch
        {
            "answer" => ("Nội dung trả lời", RecommendationConfiguration.TextLength),
            "rate" => ("Lý do đánh giá", 2_000),
            "return-answer" => ("Lý do trả lại", CommentLength),
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
