using CauNoi.Web.Features.Calendar;
using static CauNoi.Web.Features.Recommendations.RecommendationWorkflow;
using A = CauNoi.Web.Features.Recommendations.RecommendationAction;
using Input = CauNoi.Web.Features.Recommendations.Transitions.Request;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// A recommendation (phản ánh, kiến nghị) raised by a locality: received, routed to the
/// Ministry unit of its field, followed by the province's focal leader, answered within a
/// deadline counted in working days. Each step is a method here that checks its row of
/// <see cref="RecommendationWorkflow"/> and does what the row cannot say, so the pages and the API run the same rules.
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
    /// <summary>The conference or mission where it was raised, when the meeting is in the register (its title is then <see cref="ConferenceName"/>).</summary>
    public int? MeetingId { get; set; }
    /// <summary>The industrial cluster the recommendation is about, when it is about one: it appears on the cluster's page.</summary>
    public int? ClusterId { get; set; }

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

    public void Receive(Actor actor, DateTime at, string? comment) => Move(actor, at, A.Receive, comment);

    public void StartHandling(Actor actor, DateTime at, string? comment) => Move(actor, at, A.Start, comment);

    /// <summary>Returns it to the locality for more information and stops the clock.</summary>
    public void RequestInformation(Actor actor, DateTime at, DateOnly today, string? comment, WorkingCalendar calendar)
    {
        Table.Require(A.RequestInformation, nameof(Input.Comment), comment);
        Move(actor, at, A.RequestInformation, comment);
        RemainingWorkingDays = calendar.WorkingDaysBetween(today, DueOn);
    }

    /// <summary>The locality supplies what was asked; the clock restarts with the working days that were left.</summary>
    public void ProvideInformation(Actor actor, DateTime at, DateOnly today, string? comment, WorkingCalendar calendar)
    {
        Table.Require(A.ProvideInformation, nameof(Input.Comment), comment);
        Move(actor, at, A.ProvideInformation, comment);
        DueOn = calendar.Deadline(today, Math.Max(1, RemainingWorkingDays ?? 1));
        RemainingWorkingDays = null;
    }

    public void Transfer(Actor actor, DateTime at, int toUnitId, string toUnitName, string? comment)
    {
        if (toUnitId == RoutedUnitId) throw new WorkflowRefusal("Kiến nghị đã thuộc đơn vị này.");
        Move(actor, at, A.Transfer, $"Chuyển đến {toUnitName}" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment}"));
        RoutedUnitId = toUnitId;
    }

    public void DeclareOutsideRemit(Actor actor, DateTime at, string? competentBody, string? comment)
    {
        Table.Require(A.OutsideRemit, nameof(Input.CompetentBody), competentBody);
        Move(actor, at, A.OutsideRemit, comment);
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
        Table.Require(A.Answer, nameof(Input.Answer), answer);
        var draft = needsApproval && !actor.ApprovesFor(actor.OrganisationId);
        Move(actor, at, A.Answer, null, to: draft ? S.AwaitingApproval : S.Answered, history: draft ? AnswerDraft : null);
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
        Move(actor, at, A.ApproveAnswer, comment);
        Sent(today);
    }

    /// <summary>A leader of the answering unit returns the draft with the reason; the officers handle it again.</summary>
    public void ReturnAnswer(Actor actor, DateTime at, string? reason)
    {
        Table.Require(A.ReturnAnswer, nameof(Input.Comment), reason);
        Move(actor, at, A.ReturnAnswer, reason);
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
        Move(actor, at, A.Close, comment);
        ClosedAt = at;
    }

    /// <summary>The locality reopens an answer it cannot accept, within the period administrators set.</summary>
    public void Reopen(Actor actor, DateTime at, DateOnly today, string? reason, int reopenPeriodDays, WorkingCalendar calendar)
    {
        Table.Require(A.Reopen, nameof(Input.Comment), reason);
        Move(actor, at, A.Reopen, reason, new Moment(today, reopenPeriodDays));
        DueOn = calendar.Deadline(today, WorkingDaysAllowed);
        ClosedAt = null;
    }

    /// <summary>One rating per answer: a reopened record answered again may be rated again (the new answer resets it).</summary>
    public void Rate(Actor actor, DateTime at, bool satisfied, string? reason)
    {
        Table.Check(A.Rate, actor, this, default);
        if (!satisfied) Table.Require(A.Rate, nameof(Input.Comment), reason);
        Satisfied = satisfied;
        RatingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Record(actor, at, satisfied ? "rate-satisfied" : "rate-unsatisfied", RatingReason, Status);
    }

    public const string AlreadyRated = "Câu trả lời này đã được đánh giá; mỗi câu trả lời chỉ được đánh giá một lần.";

    public void MergeInto(Actor actor, DateTime at, Recommendation original, string? comment)
    {
        if (original.Id == Id) throw new WorkflowRefusal("Không thể gộp kiến nghị vào chính nó.");
        if (original.Status == S.MergedAsDuplicate) throw new WorkflowRefusal("Kiến nghị gốc cũng đã được gộp; hãy chọn kiến nghị gốc của nó.");
        Move(actor, at, A.Merge, $"Trùng với kiến nghị {original.Number}" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment}"));
        DuplicateOfId = original.Id;
        ClosedAt = at;
    }

    /// <summary>The steps this actor may take now, in the order the pages offer them, by the same table the steps check.</summary>
    public IReadOnlyList<A> AllowedActions(Actor actor, DateOnly today, int reopenPeriodDays) =>
        Table.Allowed(actor, this, new Moment(today, reopenPeriodDays));

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
    public void MayAnswer(Actor actor) => Table.Check(A.Answer, actor, this, default);

    /// <summary>The step checked against its row, then taken: to the row's state, or the one the method decides.</summary>
    private void Move(Actor actor, DateTime at, A action, string? comment, Moment moment = default, S? to = null, string? history = null)
    {
        Table.Check(action, actor, this, moment);
        var was = Status;
        Status = to ?? Table[action].To ?? Status;
        Record(actor, at, history ?? Table[action].Wire, comment, was);
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

}
