using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Notifications;
using A = CauNoi.Web.Features.Recommendations.RecommendationAction;
using Input = CauNoi.Web.Features.Recommendations.Transitions.Request;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>The steps a recommendation takes after it is submitted. On the wire in kebab case: "request-information".</summary>
public enum RecommendationAction
{
    Receive, Start, RequestInformation, ProvideInformation, Transfer, OutsideRemit, Answer, ApproveAnswer, ReturnAnswer,
    Close, Reopen, Merge, Rate,
}

/// <summary>
/// The recommendation workflow, one row per step, in the order the page offers them. Read a row as: the step, its name,
/// the states it leaves from, who may take it; then where it goes, what it needs, any further rule, who is told.
/// The step methods on <see cref="Recommendation"/> check their row and do what the row cannot say (move the deadline,
/// keep the answer); <see cref="Transitions"/> turns a page's or the API's request into a step. See docs/workflow.md.
/// </summary>
public static class RecommendationWorkflow
{
    // Declared before the table, which reads them as it is built.
    /// <summary>In the unit's hands: it may be transferred or declared outside the remit; not while its leader reviews a draft.</summary>
    private static readonly S[] Handled = [S.Submitted, S.Received, S.InProgress, S.Reopened, S.Transferred];

    private static readonly S[] Answerable = [S.Received, S.InProgress, S.Reopened];

    public static readonly Workflow<A, S, Actor, Recommendation, Moment, Told> Table = new(
        r => r.Status,
        "Bạn không có quyền thực hiện thao tác này với kiến nghị.",
        s => $"Không thể thực hiện thao tác khi kiến nghị đang ở trạng thái \"{RecommendationNames.Of(s)}\".",

        // The unit it is routed to (or the coordinating hub) handles it.
        new(A.Receive, "Tiếp nhận", [S.Submitted, S.Transferred], Handles) { To = S.Received },
        new(A.Start, "Bắt đầu xử lý", [S.Received, S.Reopened], Handles) { To = S.InProgress },
        // To Answered, or to AwaitingApproval when the unit's leader approves its answers first (the method decides).
        new(A.Answer, "Trả lời", Answerable, Handles)
            { Needs = [new(nameof(Input.Answer), "Nhập nội dung trả lời.")], Tell = TellAnswerAsync },
        new(A.ApproveAnswer, "Duyệt và gửi câu trả lời", [S.AwaitingApproval], Approves) { To = S.Answered, Tell = TellAnsweredAsync },
        new(A.ReturnAnswer, "Trả lại câu trả lời để sửa", [S.AwaitingApproval], Approves)
            { To = S.InProgress, Needs = [Comment("Nêu lý do trả lại để cán bộ sửa câu trả lời.")], Tell = TellDrafterAsync, Secondary = true },
        new(A.RequestInformation, "Đề nghị địa phương bổ sung thông tin", [S.Received, S.InProgress, S.Reopened], Handles)
            { To = S.NeedsInformation, Needs = [Comment("Nêu rõ thông tin cần địa phương bổ sung.")], Tell = TellLocalityAsync },
        new(A.Transfer, "Chuyển đơn vị khác", Handled, Handles)
            { To = S.Transferred, Needs = [new(nameof(Input.TargetUnitId), "Chọn đơn vị thuộc Bộ nhận kiến nghị.")], Tell = TellNewUnitAsync },
        new(A.OutsideRemit, "Ngoài thẩm quyền của Bộ", Handled, Handles)
            { To = S.OutsideRemit, Needs = [new(nameof(Input.CompetentBody), "Nêu cơ quan có thẩm quyền giải quyết.")], Tell = TellOutsideRemitAsync, Secondary = true },
        new(A.Merge, "Gộp vào kiến nghị trùng", [.. Handled, S.NeedsInformation], Handles)
            { To = S.MergedAsDuplicate, Needs = [new(nameof(Input.DuplicateOfId), NoOriginal)], Tell = TellMergedAsync, Secondary = true },

        // The locality that raised it, and only it, answers for it.
        new(A.ProvideInformation, "Bổ sung thông tin", [S.NeedsInformation], Owns)
            { To = S.InProgress, Needs = [Comment("Nhập thông tin bổ sung.")], Tell = TellUnitAsync },
        // The state stays; the reason is needed only when not satisfied.
        new(A.Rate, "Đánh giá câu trả lời", [S.Answered, S.Closed], Owns)
        {
            Needs = [new(nameof(Input.Satisfied), "Chọn hài lòng hoặc chưa hài lòng."), Comment("Nêu lý do chưa hài lòng với câu trả lời.")],
            Unless = (r, _) => r.Satisfied is null ? null : Recommendation.AlreadyRated,
            NotYours = "Chỉ địa phương gửi kiến nghị mới được đánh giá câu trả lời.", NotNow = "Chỉ đánh giá được kiến nghị đã có câu trả lời.",
        },
        new(A.Close, "Đóng kiến nghị", [S.Answered], Owns) { To = S.Closed },
        new(A.Reopen, "Mở lại", [S.Answered, S.Closed], Owns)
        {
            To = S.Reopened, Needs = [Comment("Nêu lý do mở lại kiến nghị.")], Tell = TellReopenedAsync,
            Unless = (r, m) => r.AnsweredOn is { } answered && answered.AddDays(m.ReopenPeriodDays) < m.Today
                ? $"Đã quá {m.ReopenPeriodDays} ngày kể từ ngày trả lời, không thể mở lại; hãy gửi kiến nghị mới." : null,
        });

    /// <summary>The steps by their names on the wire, for the API's description and its refusal of an unknown step.</summary>
    public static readonly string WireNames = string.Join(", ", Enum.GetValues<A>().Select(a => Table[a].Wire));

    /// <summary>History lines that are not steps of the table: how the record began, a draft, a rating, a group.</summary>
    private static readonly Dictionary<string, string> OtherEvents = new()
    {
        ["submit"] = "Gửi kiến nghị",
        [AnswerDraft] = "Trình lãnh đạo duyệt câu trả lời",
        ["rate-satisfied"] = "Đánh giá: hài lòng",
        ["rate-unsatisfied"] = "Đánh giá: chưa hài lòng",
        ["group"] = "Đưa vào nhóm trả lời chung",
    };

    public const string AnswerDraft = "answer-draft";

    /// <summary>Every history line's action and its Vietnamese name, as the history and the audit log show them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names =
        Table.Steps.Select(s => KeyValuePair.Create(s.Wire, s.Name)).Concat(OtherEvents).ToDictionary();

    /// <summary>What a further rule reads besides the record: today, and the days an answer may be reopened.</summary>
    public readonly record struct Moment(DateOnly Today, int ReopenPeriodDays);

    /// <summary>What a notification reads once the step is taken; <paramref name="Comment"/> as checked.</summary>
    public sealed record Told(CauNoiDb Db, Recommendation Record, Actor Actor, string? Comment, DateTime At)
    {
        public string Link => $"/kien-nghi/{Record.Id}";
    }

    public const string NoOriginal = "Không tìm thấy kiến nghị gốc để gộp trong phạm vi của bạn.";

    private static bool Handles(Actor actor, Recommendation r) => actor.Handles(r);
    private static bool Owns(Actor actor, Recommendation r) => actor.Owns(r);
    private static bool Approves(Actor actor, Recommendation r) => actor.Approves(r);
    private static Need Comment(string refusal) => new(nameof(Input.Comment), refusal);

    // Who is told. Each is the text the organisation's or user's notification carries; e-mail follows the same rules.

    private static Task TellLocalityAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Record.SubmittingOrganisationId], $"Đề nghị bổ sung thông tin cho kiến nghị {t.Record.Number}", t.Comment!, t.Link, t.At, ct);

    private static Task TellUnitAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Record.RoutedUnitId], $"Địa phương đã bổ sung thông tin cho kiến nghị {t.Record.Number}", t.Comment!, t.Link, t.At, ct);

    /// <summary>The unit it was transferred to (its routed unit now).</summary>
    private static Task TellNewUnitAsync(Told t, CancellationToken ct) =>
        Notify.OrganisationsAsync(t.Db, [t.Record.RoutedUnitId], $"Kiến nghị {t.Record.Number} được chuyển đến đơn vị", t.Record.Title, t.Link, t.At, ct);

    private static async Task TellOutsideRemitAsync(Told t, CancellationToken ct)
    {
        var r = t.Record;
        await Notify.OrganisationsAsync(t.Db, [r.SubmittingOrganisationId], $"Kiến nghị {r.Number} thuộc thẩm quyền của {r.CompetentBody}", t.Comment ?? r.Title, t.Link, t.At, ct);
        ContactEmail.OutsideRemit(t.Db, r, t.Comment, t.At);
    }

    /// <summary>An answer sent tells the locality; a draft tells the leaders who approve it.</summary>
    private static async Task TellAnswerAsync(Told t, CancellationToken ct)
    {
        if (t.Record.Status == S.Answered) await TellAnsweredAsync(t, ct);
        else
            await Notify.UsersAsync(t.Db, await LeadersAsync(t.Db, t.Actor.OrganisationId, ct),
                $"Câu trả lời kiến nghị {t.Record.Number} chờ lãnh đạo duyệt", $"{t.Actor.Name} trình câu trả lời:\n\n{t.Record.Answer}", t.Link, t.At, ct);
    }

    /// <summary>The locality is told the answer as the official letter carries it: from which unit, which letter, who signed.
    /// The contact named on the form gets it by e-mail too.</summary>
    private static async Task TellAnsweredAsync(Told t, CancellationToken ct)
    {
        await Notify.OrganisationsAsync(t.Db, [t.Record.SubmittingOrganisationId], $"Kiến nghị {t.Record.Number} đã được trả lời",
            AnswerNotice(t.Record, t.Actor.OrganisationName), t.Link, t.At, ct);
        ContactEmail.Answered(t.Db, t.Record, t.At);
    }

    public static string AnswerNotice(Recommendation r, string unitName)
    {
        var lines = new List<string> { $"Trả lời của: {unitName}" };
        if (r.AnswerLetterNumber is not null)
            lines.Add($"Văn bản số {r.AnswerLetterNumber} ngày {Display.Date(r.AnswerLetterDate)}, người ký: {r.AnswerSignerTitle} {r.AnswerSignerName}");
        if (r.AnswerLetterFileId is not null) lines.Add("Văn bản đã ký (PDF) đính kèm trên trang kiến nghị.");
        return string.Join("\n", lines) + "\n\n" + r.Answer;
    }

    /// <summary>The officer who submitted the draft the leader returns.</summary>
    private static async Task TellDrafterAsync(Told t, CancellationToken ct)
    {
        var drafter = await t.Db.RecommendationEvents.Where(e => e.RecommendationId == t.Record.Id && e.Action == AnswerDraft && e.ActorId != null)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.ActorId!).FirstOrDefaultAsync(ct);
        await Notify.UsersAsync(t.Db, drafter is null ? [] : [drafter], $"Lãnh đạo trả lại câu trả lời kiến nghị {t.Record.Number}", t.Comment!, t.Link, t.At, ct);
    }

    /// <summary>The unit that handles it and the province's focal leader.</summary>
    private static async Task TellReopenedAsync(Told t, CancellationToken ct)
    {
        var title = $"Địa phương mở lại kiến nghị {t.Record.Number}";
        await Notify.OrganisationsAsync(t.Db, [t.Record.RoutedUnitId], title, t.Comment!, t.Link, t.At, ct);
        if (t.Record.FocalLeaderId is not null) await Notify.UsersAsync(t.Db, [t.Record.FocalLeaderId], title, t.Comment!, t.Link, t.At, ct);
    }

    /// <summary>The locality, pointed at the original (loaded, and so tracked, when the step checked it).</summary>
    private static async Task TellMergedAsync(Told t, CancellationToken ct)
    {
        var original = (await t.Db.Recommendations.FindAsync([t.Record.DuplicateOfId], ct))!;
        await Notify.OrganisationsAsync(t.Db, [t.Record.SubmittingOrganisationId], $"Kiến nghị {t.Record.Number} được gộp vào {original.Number}",
            original.Title, $"/kien-nghi/{original.Id}", t.At, ct);
    }

    /// <summary>Who approves the unit's answers: its heads, and a Ministry leader whose account is in it.</summary>
    private static async Task<List<string>> LeadersAsync(CauNoiDb db, int unitId, CancellationToken ct) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join role in db.Roles on ur.RoleId equals role.Id
               where u.OrganisationId == unitId && u.IsActive && (role.Name == Roles.UnitHead || role.Name == Roles.MinistryLeader)
               select u.Id).Distinct().ToListAsync(ct);
}
