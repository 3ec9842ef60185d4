using CauNoi.Web.Features.Calendar;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// A recommendation (phản ánh, kiến nghị) raised by a locality: received, routed to the
/// Ministry unit of its field, followed by the province's focal leader, answered within a
/// deadline counted in working days. Each step is a method here that refuses what the
/// workflow does not allow, so the pages and the API run the same rules.
/// </summary>
public class Recommendation : ISearchable
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }
    public int FieldId { get; set; }
    public ConcernKind ConcernKind { get; set; } = ConcernKind.Other;
    public string? ConcernReference { get; set; }
    public Urgency Urgency { get; set; } = Urgency.Normal;
    public Channel Channel { get; set; } = Channel.Web;
    public string? ConferenceName { get; set; }

    public required string ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public int SubmittingOrganisationId { get; set; }
    public string? SubmittedById { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public int RoutedUnitId { get; set; }
    public string? FocalLeaderId { get; set; }

    public S Status { get; set; } = S.Submitted;
    public DateOnly ReceivedOn { get; set; }
    public int WorkingDaysAllowed { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Working days left when the locality was asked for information; the clock stops meanwhile.</summary>
    public int? RemainingWorkingDays { get; set; }
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    /// <summary>The Ministry unit of the officer who wrote the answer: the routed unit, or the hub when it answered.</summary>
    public int? AnsweredByUnitId { get; set; }
    /// <summary>Who signed the official letter carrying the answer, and as what ("Phó Cục trưởng").</summary>
    public string? AnswerSignerName { get; set; }
    public string? AnswerSignerTitle { get; set; }
    /// <summary>The official letter's reference number (số hiệu văn bản), as <see cref="OfficialLetter"/> checks it.</summary>
    public string? AnswerLetterNumber { get; set; }
    public DateOnly? AnswerLetterDate { get; set; }
    /// <summary>The signed letter, one of the record's attachments (a PDF).</summary>
    public Guid? AnswerLetterFileId { get; set; }
    /// <summary>
    /// The answer fields hold a draft the unit's leader has not approved (waiting, or returned for changes): the locality
    /// sees neither it nor its letter until it is approved and sent.
    /// </summary>
    public bool AnswerIsDraft { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? CompetentBody { get; set; }
    public int? GroupId { get; set; }
    public int? DuplicateOfId { get; set; }
    public bool? Satisfied { get; set; }
    public string? RatingReason { get; set; }

    /// <summary>The client's Idempotency-Key: a retried submission finds the record the first one made.</summary>
    public string? IdempotencyKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Concurrency token: of two officers acting on the same version, one wins and the other is told.</summary>
    public int Version { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Title} {Content}";

    public List<RecommendationEvent> Events { get; set; } = [];
    public List<RecommendationMessage> Messages { get; set; } = [];

    public static readonly S[] OpenStatuses = [S.Submitted, S.Received, S.InProgress, S.NeedsInformation, S.Reopened, S.Transferred, S.AwaitingApproval];

    /// <summary>Open and the clock running: every open state but waiting for the locality (a draft waiting for its leader counts).</summary>
    public static readonly S[] RunningStatuses = [S.Submitted, S.Received, S.InProgress, S.Reopened, S.Transferred, S.AwaitingApproval];

    /// <summary>In the unit's hands: it may be answered, transferred or declared outside the remit; not while its leader reviews a draft.</summary>
    private static readonly S[] HandledStatuses = [S.Submitted, S.Received, S.InProgress, S.Reopened, S.Transferred];

    private static readonly S[] AnswerableStatuses = [S.Received, S.InProgress, S.Reopened];

    public bool IsOpen => OpenStatuses.Contains(Status);
    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueOn, today);

    /// <summary>Open, the clock running, and past its deadline (<see cref="RecommendationQueries.Overdue"/> says it in SQL).</summary>
    public static bool IsOverdue(S status, DateOnly dueOn, DateOnly today) => RunningStatuses.Contains(status) && dueOn < today;

    /// <summary>A new recommendation, received today, with its deadline counted in working days.</summary>
    public void Submit(Actor actor, DateTime at, DateOnly today, int workingDays, WorkingCalendar calendar)
    {
        Status = S.Submitted;
        ReceivedOn = today;
        WorkingDaysAllowed = workingDays;
        DueOn = calendar.Deadline(today, workingDays);
        CreatedAt = UpdatedAt = at;
        Record(actor, at, "submit", Channel == Channel.Web ? null : $"Ghi nhận qua kênh: {RecommendationNames.Of(Channel)}", null);
    }

    public void Receive(Actor actor, DateTime at, string? comment) =>
        Move(actor, at, "receive", comment, S.Received, [S.Submitted, S.Transferred], actor.Handles);

    public void StartHandling(Actor actor, DateTime at, string? comment) =>
        Move(actor, at, "start", comment, S.InProgress, [S.Received, S.Reopened], actor.Handles);

    /// <summary>Returns it to the locality for more information and stops the clock.</summary>
    public void RequestInformation(Actor actor, DateTime at, DateOnly today, string? comment, WorkingCalendar calendar)
    {
        Required(comment, "Nêu rõ thông tin cần địa phương bổ sung.");
        Move(actor, at, "request-information", comment, S.NeedsInformation, [S.Received, S.InProgress, S.Reopened], actor.Handles);
        RemainingWorkingDays = calendar.WorkingDaysBetween(today, DueOn);
    }

    /// <summary>The locality supplies what was asked; the clock restarts with the working days that were left.</summary>
    public void ProvideInformation(Actor actor, DateTime at, DateOnly today, string? comment, WorkingCalendar calendar)
    {
        Required(comment, "Nhập thông tin bổ sung.");
        Move(actor, at, "provide-information", comment, S.InProgress, [S.NeedsInformation], actor.Owns);
        DueOn = calendar.Deadline(today, Math.Max(1, RemainingWorkingDays ?? 1));
        RemainingWorkingDays = null;
    }

    public void Transfer(Actor actor, DateTime at, int toUnitId, string toUnitName, string? comment)
    {
        if (toUnitId == RoutedUnitId) throw new WorkflowRefusal("Kiến nghị đã thuộc đơn vị này.");
        Move(actor, at, "transfer", $"Chuyển đến {toUnitName}" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment}"),
            S.Transferred, HandledStatuses, actor.Handles);
        RoutedUnitId = toUnitId;
    }

    public void DeclareOutsideRemit(Actor actor, DateTime at, string? competentBody, string? comment)
    {
        Required(competentBody, "Nêu cơ quan có thẩm quyền giải quyết.");
        Move(actor, at, "outside-remit", comment, S.OutsideRemit, HandledStatuses, actor.Handles);
        CompetentBody = competentBody!.Trim();
        ClosedAt = at;
    }

    /// <summary>
    /// The unit's answer, in the name of the actor's unit. It is sent at once, unless that unit has its leader approve
    /// answers (<paramref name="needsApproval"/>) and the actor is not one of its leaders: then it waits as a draft for
    /// <see cref="ApproveAnswer"/> or <see cref="ReturnAnswer"/>, and the locality sees nothing yet.
    /// </summary>
    public void AnswerWith(Actor actor, DateTime at, DateOnly today, string? answer, OfficialLetter? letter = null, bool needsApproval = false)
    {
        Required(answer, "Nhập nội dung trả lời.");
        var draft = needsApproval && !actor.ApprovesFor(actor.OrganisationId);
        Move(actor, at, draft ? "answer-draft" : "answer", null, draft ? S.AwaitingApproval : S.Answered, AnswerableStatuses, actor.Handles);
        Answer = answer!.Trim();
        AnsweredByUnitId = actor.OrganisationId;
        AnswerSignerName = letter?.SignerName;
        AnswerSignerTitle = letter?.SignerTitle;
        AnswerLetterNumber = letter?.Number;
        AnswerLetterDate = letter?.Date;
        AnswerLetterFileId = letter?.FileId;
        AnswerIsDraft = draft;
        if (!draft) Sent(today);
    }

    /// <summary>A leader of the answering unit approves the draft: it is sent now, and its deadline is met (or not) today.</summary>
    public void ApproveAnswer(Actor actor, DateTime at, DateOnly today, string? comment)
    {
        Move(actor, at, "approve-answer", comment, S.Answered, [S.AwaitingApproval], actor.Approves);
        Sent(today);
    }

    /// <summary>A leader of the answering unit returns the draft with the reason; the officers handle it again.</summary>
    public void ReturnAnswer(Actor actor, DateTime at, string? reason)
    {
        Required(reason, "Nêu lý do trả lại để cán bộ sửa câu trả lời.");
        Move(actor, at, "return-answer", reason, S.InProgress, [S.AwaitingApproval], actor.Approves);
    }

    /// <summary>The answer reaches the locality: a new answer, to be rated once.</summary>
    private void Sent(DateOnly today)
    {
        AnswerIsDraft = false;
        AnsweredOn = today;
        Satisfied = null;
        RatingReason = null;
    }

    public void Close(Actor actor, DateTime at, string? comment)
    {
        Move(actor, at, "close", comment, S.Closed, [S.Answered], actor.Owns);
        ClosedAt = at;
    }

    /// <summary>The locality reopens an answer it cannot accept, within the period administrators set.</summary>
    public void Reopen(Actor actor, DateTime at, DateOnly today, string? reason, int reopenPeriodDays, WorkingCalendar calendar)
    {
        Required(reason, "Nêu lý do mở lại kiến nghị.");
        if (Status is S.Answered or S.Closed && AnsweredOn is { } answered && answered.AddDays(reopenPeriodDays) < today)
            throw new WorkflowRefusal($"Đã quá {reopenPeriodDays} ngày kể từ ngày trả lời, không thể mở lại; hãy gửi kiến nghị mới.");
        Move(actor, at, "reopen", reason, S.Reopened, [S.Answered, S.Closed], actor.Owns);
        DueOn = calendar.Deadline(today, WorkingDaysAllowed);
        ClosedAt = null;
    }

    public void Rate(Actor actor, DateTime at, bool satisfied, string? reason)
    {
        if (!actor.Owns(this)) throw new WorkflowRefusal("Chỉ địa phương gửi kiến nghị mới được đánh giá câu trả lời.", forbidden: true);
        if (Status is not (S.Answered or S.Closed)) throw new WorkflowRefusal("Chỉ đánh giá được kiến nghị đã có câu trả lời.");
        // One rating per answer: a reopened record answered again may be rated again (the new answer resets it).
        if (Satisfied is not null) throw new WorkflowRefusal(AlreadyRated);
        if (!satisfied) Required(reason, "Nêu lý do chưa hài lòng với câu trả lời.");
        Satisfied = satisfied;
        RatingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Record(actor, at, satisfied ? "rate-satisfied" : "rate-unsatisfied", RatingReason, Status);
    }

    public const string AlreadyRated = "Câu trả lời này đã được đánh giá; mỗi câu trả lời chỉ được đánh giá một lần.";

    public void MergeInto(Actor actor, DateTime at, Recommendation original, string? comment)
    {
        if (original.Id == Id) throw new WorkflowRefusal("Không thể gộp kiến nghị vào chính nó.");
        if (original.Status == S.MergedAsDuplicate) throw new WorkflowRefusal("Kiến nghị gốc cũng đã được gộp; hãy chọn kiến nghị gốc của nó.");
        Move(actor, at, "merge", $"Trùng với kiến nghị {original.Number}" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment}"),
            S.MergedAsDuplicate, [.. HandledStatuses, S.NeedsInformation], actor.Handles);
        DuplicateOfId = original.Id;
        ClosedAt = at;
    }

    /// <summary>
    /// The steps this actor may take now, in the order the pages offer them: the same rules of
    /// who and from which state as the step methods above (a unit test holds them together),
    /// leaving out only what the step still asks for (an answer, a reason, a unit).
    /// </summary>
    public IReadOnlyList<string> AllowedActions(Actor actor, DateOnly today, int reopenPeriodDays)
    {
        var handles = actor.Handles(this);
        var owns = actor.Owns(this);
        var approves = actor.Approves(this);
        var reopenable = AnsweredOn is not { } answered || answered.AddDays(reopenPeriodDays) >= today;
        var rules = new (string Action, bool Who, S[] From)[]
        {
            ("receive", handles, [S.Submitted, S.Transferred]),
            ("start", handles, [S.Received, S.Reopened]),
            ("answer", handles, AnswerableStatuses),
            ("approve-answer", approves, [S.AwaitingApproval]),
            ("return-answer", approves, [S.AwaitingApproval]),
            ("request-information", handles, [S.Received, S.InProgress, S.Reopened]),
            ("transfer", handles, HandledStatuses),
            ("outside-remit", handles, HandledStatuses),
            ("merge", handles, [.. HandledStatuses, S.NeedsInformation]),
            ("provide-information", owns, [S.NeedsInformation]),
            ("rate", owns && Satisfied is null, [S.Answered, S.Closed]),
            ("close", owns, [S.Answered]),
            ("reopen", owns && reopenable, [S.Answered, S.Closed]),
        };
        return [.. rules.Where(x => x.Who && x.From.Contains(Status)).Select(x => x.Action)];
    }

    /// <summary>Joins recommendations raising the same obstacle, so that the unit answers them once for all.</summary>
    public void JoinGroup(Actor actor, DateTime at, int groupId, string groupTitle)
    {
        if (!actor.Handles(this)) throw new WorkflowRefusal($"Chỉ đơn vị xử lý kiến nghị {Number} mới được đưa nó vào nhóm.", forbidden: true);
        if (!IsOpen || Status == S.AwaitingApproval) throw new WorkflowRefusal($"Kiến nghị {Number} đang ở trạng thái \"{RecommendationNames.Of(Status)}\"; chỉ nhóm được kiến nghị chưa trả lời.");
        if (GroupId is { } other && other != groupId) throw new WorkflowRefusal($"Kiến nghị {Number} đã thuộc một nhóm khác.");
        GroupId = groupId;
        Record(actor, at, "group", $"Trả lời chung theo nhóm: {groupTitle}", Status);
    }

    public string Number => FormatNumber(Id);
    public const string NumberPrefix = "KN";
    public static string FormatNumber(int id) => $"{NumberPrefix}{id:D6}";

    /// <summary>Refuses, as <see cref="AnswerWith"/> would, an actor who may not answer now: checked before the answer's letter is.</summary>
    public void MayAnswer(Actor actor) => Allow(AnswerableStatuses, actor.Handles);

    private void Allow(S[] from, Func<Recommendation, bool> allowed)
    {
        if (!allowed(this))
            throw new WorkflowRefusal("Bạn không có quyền thực hiện thao tác này với kiến nghị.", forbidden: true);
        if (!from.Contains(Status))
            throw new WorkflowRefusal($"Không thể thực hiện thao tác khi kiến nghị đang ở trạng thái \"{RecommendationNames.Of(Status)}\".");
    }

    private void Move(Actor actor, DateTime at, string action, string? comment, S to, S[] from, Func<Recommendation, bool> allowed)
    {
        Allow(from, allowed);
        var was = Status;
        Status = to;
        Record(actor, at, action, comment, was);
    }

    private void Record(Actor actor, DateTime at, string action, string? comment, S? from)
    {
        UpdatedAt = at;
        Version++;
        Events.Add(new RecommendationEvent
        {
            At = at, ActorId = actor.UserId, ActorName = actor.Name, ActorOrganisation = actor.OrganisationName,
            Action = action, FromStatus = from, ToStatus = Status, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
    }

    private static void Required(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new WorkflowRefusal(message);
    }
}

/// <summary>A workflow step refused: not allowed in this state (409), or not by this caller (403).</summary>
public sealed class WorkflowRefusal(string message, bool forbidden = false) : Exception(message)
{
    public bool Forbidden => forbidden;
}
