using static CauNoi.Web.Features.Tasks.TaskWorkflow;
using A = CauNoi.Web.Features.Tasks.TaskAction;
using Input = CauNoi.Web.Features.Tasks.TaskSteps.Request;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A task (nhiệm vụ) assigned by a document or a leader: rõ người (the lead unit and its named owner), rõ việc (the work),
/// rõ tiến độ (the deadline, or a recurrence whose every occurrence is its own task), rõ kết quả (the expected product and
/// its form), rõ trách nhiệm (who assigned it and who answers for it). Its status is computed by
/// <see cref="TaskStatusRule"/>; each step here checks its row of <see cref="TaskWorkflow"/>, so pages and the API run the
/// same rules.
/// </summary>
public class WorkTask : ISearchable
{
    public int Id { get; set; }
    public int? DocumentId { get; set; }
    /// <summary>The task this one is part of: its progress rolls up to the parent by <see cref="Weight"/>.</summary>
    public int? ParentId { get; set; }
    /// <summary>This task's weight among its parent's sub-tasks (1 unless told).</summary>
    public decimal Weight { get; set; } = 1;
    /// <summary>The recurring task this is an occurrence of.</summary>
    public int? SeriesId { get; set; }
    /// <summary>Set on a recurring task itself, which is not tracked: its occurrences are.</summary>
    public Recurrence Recurrence { get; set; } = Recurrence.None;

    public required string Title { get; set; }
    public string? Description { get; set; }
    public int LeadOrganisationId { get; set; }
    /// <summary>The lead unit's province when it is a province's department (read by the scope rule); null for the Ministry.</summary>
    public string? LeadProvinceCode { get; set; }
    /// <summary>The named person who answers for it, in the lead unit.</summary>
    public string? OwnerId { get; set; }
    /// <summary>The leader who assigned it, as the document names them: "Bộ trưởng Nguyễn Hồng Diên", "Thủ tướng Chính phủ".</summary>
    public required string AssignedBy { get; set; }
    /// <summary>That leader's account, when they have one: they follow the task and decide on it.</summary>
    public string? AssignedById { get; set; }
    /// <summary>The unit that follows the task for the leader (the one that registered it): it decides on reports and extensions.</summary>
    public int AssigningOrganisationId { get; set; }
    /// <summary>The day it was assigned; for an occurrence of a recurring task, the first day of its period.</summary>
    public DateOnly AssignedOn { get; set; }
    /// <summary>The deadline as assigned, kept whatever happens after.</summary>
    public DateOnly OriginalDueOn { get; set; }
    /// <summary>The working deadline: the original, or the last one granted. Reminders count to it.</summary>
    public DateOnly DueOn { get; set; }
    /// <summary>The deadline its timeliness is judged on: the original, moved only by an extension asked for before it passed.</summary>
    public DateOnly JudgedDueOn { get; set; }
    public string? ExpectedResult { get; set; }
    public ResultForm ResultForm { get; set; } = ResultForm.Report;
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    /// <summary>The lead unit's last progress figure (%), not sent back; null when it has reported none.</summary>
    public int? Progress { get; set; }
    public WorkTaskState State { get; set; } = WorkTaskState.Open;
    /// <summary>The day it was done (<see cref="WorkTaskState.Done"/>) or cancelled.</summary>
    public DateOnly? ClosedOn { get; set; }
    public string? CancelReason { get; set; }
    /// <summary>An extension is waiting for a decision.</summary>
    public bool ExtensionPending { get; set; }

    /// <summary>The recommendation it answers: the locality that raised it follows the task from its page.</summary>
    public int? RecommendationId { get; set; }

    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public bool IsDemo { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Title} {Description} {ExpectedResult}";

    public List<TaskCoordinator> Coordinators { get; set; } = [];
    public List<TaskProvince> Provinces { get; set; } = [];
    public List<TaskEvent> Events { get; set; } = [];
    public List<TaskProgressReport> Reports { get; set; } = [];
    public List<TaskExtension> Extensions { get; set; } = [];

    public string Number => FormatNumber(Id);
    public const string NumberPrefix = "NV";
    public static string FormatNumber(int id) => $"{NumberPrefix}{id:D6}";

    public bool IsSeries => Recurrence != Recurrence.None;
    public bool IsExtended => DueOn != OriginalDueOn;
    public WorkTaskStatus StatusOn(DateOnly day) => TaskStatusRule.Of(this, day);

    /// <summary>A new task, written in its history as assigned.</summary>
    public void Assign(Actor actor, DateTime at, string? comment = null)
    {
        CreatedById = actor.UserId;
        CreatedAt = UpdatedAt = at;
        Record(actor, at, "assign", comment);
    }

    /// <summary>The lead unit reports how far it has got; at 100% the task is done today.</summary>
    public TaskProgressReport ReportProgress(Actor actor, DateTime at, DateOnly today, int? percent, string? text)
    {
        Table.Require(A.ReportProgress, nameof(Input.Percent), percent);
        Table.Require(A.ReportProgress, nameof(Input.Comment), text);
        if (percent is < 0 or > 100) throw new WorkflowRefusal("Tiến độ phải từ 0 đến 100%.");
        Move(actor, at, A.ReportProgress, $"{percent}%: {text}", today);
        var report = new TaskProgressReport
        {
            At = at, ReportedOn = today, ById = actor.UserId, ByName = actor.Name, ByOrganisation = actor.OrganisationName,
            Percent = percent!.Value, Text = text!.Trim(),
        };
        Reports.Add(report);
        Progress = report.Percent;
        if (report.Percent == 100)
        {
            State = WorkTaskState.Done;
            ClosedOn = today;
        }
        return report;
    }

    /// <summary>
    /// The assigner does not accept the last report: it is marked sent back, the task is open again (a completion is
    /// undone), and its progress is the last report still standing.
    /// </summary>
    public void SendBack(Actor actor, DateTime at, DateOnly today, string? comment, TaskProgressReport last, int? previousPercent)
    {
        Table.Require(A.SendBack, nameof(Input.Comment), comment);
        Move(actor, at, A.SendBack, comment, today);
        last.ReturnedAt = at;
        last.ReturnedByName = actor.Name;
        last.ReturnComment = comment!.Trim();
        State = WorkTaskState.Open;
        ClosedOn = null;
        Progress = previousPercent;
    }

    public TaskExtension RequestExtension(Actor actor, DateTime at, DateOnly today, DateOnly? proposedDueOn, string? reason)
    {
        Table.Require(A.RequestExtension, nameof(Input.DueOn), proposedDueOn);
        Table.Require(A.RequestExtension, nameof(Input.Comment), reason);
        if (proposedDueOn <= DueOn)
            throw new WorkflowRefusal($"Hạn đề nghị gia hạn ({Display.Date(proposedDueOn)}) phải sau hạn hiện tại ({Display.Date(DueOn)}).");
        Move(actor, at, A.RequestExtension, $"Đề nghị gia hạn đến {Display.Date(proposedDueOn)}: {reason}", today);
        var extension = new TaskExtension
        {
            RequestedAt = at, RequestedOn = today, RequestedById = actor.UserId, RequestedByName = actor.Name, Reason = reason!.Trim(),
            ProposedDueOn = proposedDueOn!.Value, DueBefore = DueOn,
        };
        Extensions.Add(extension);
        ExtensionPending = true;
        return extension;
    }

    /// <summary>
    /// Grants the pending extension, to the day proposed unless the assigner sets another. The working deadline moves; the
    /// deadline the task is judged on moves too only if the extension was asked for on or before it.
    /// </summary>
    public void GrantExtension(Actor actor, DateTime at, DateOnly today, TaskExtension pending, DateOnly? dueOn, string? comment)
    {
        var granted = dueOn ?? pending.ProposedDueOn;
        if (granted <= DueOn)
            throw new WorkflowRefusal($"Hạn mới ({Display.Date(granted)}) phải sau hạn hiện tại ({Display.Date(DueOn)}).");
        var counts = pending.RequestedOn <= JudgedDueOn;
        Move(actor, at, A.GrantExtension,
            $"Gia hạn từ {Display.Date(DueOn)} đến {Display.Date(granted)}"
            + (counts ? "" : $" (đề nghị sau hạn {Display.Date(JudgedDueOn)}: vẫn tính quá hạn)")
            + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment.Trim()}"), today);
        Decide(pending, actor, at, ExtensionDecision.Granted, comment);
        pending.GrantedDueOn = granted;
        pending.CountsForTimeliness = counts;
        DueOn = granted;
        if (counts) JudgedDueOn = granted;
    }

    public void RefuseExtension(Actor actor, DateTime at, DateOnly today, TaskExtension pending, string? comment)
    {
        Table.Require(A.RefuseExtension, nameof(Input.Comment), comment);
        Move(actor, at, A.RefuseExtension, comment, today);
        Decide(pending, actor, at, ExtensionDecision.Refused, comment);
    }

    public void Cancel(Actor actor, DateTime at, DateOnly today, string? reason)
    {
        Table.Require(A.Cancel, nameof(Input.Comment), reason);
        Move(actor, at, A.Cancel, reason, today);
        State = WorkTaskState.Cancelled;
        ClosedOn = today;
        CancelReason = reason!.Trim();
        ExtensionPending = false;
    }

    /// <summary>The steps this actor may take now, in the order the pages offer them, by the same table the steps check.</summary>
    public IReadOnlyList<A> AllowedActions(Actor actor, DateOnly today) => Table.Allowed(actor, this, today);

    private void Decide(TaskExtension pending, Actor actor, DateTime at, ExtensionDecision decision, string? comment)
    {
        pending.Decision = decision;
        pending.DecidedAt = at;
        pending.DecidedById = actor.UserId;
        pending.DecidedByName = actor.Name;
        pending.DecisionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ExtensionPending = false;
    }

    private void Move(Actor actor, DateTime at, A action, string? comment, DateOnly today)
    {
        Table.Check(action, actor, this, today);
        if (Table[action].To is { } to) State = to;
        Record(actor, at, Table[action].Wire, comment);
    }

    private void Record(Actor actor, DateTime at, string action, string? comment)
    {
        UpdatedAt = at;
        Version++;
        Events.Add(new TaskEvent
        {
            At = at, ActorId = actor.UserId, ActorName = actor.Name, ActorOrganisation = actor.OrganisationName, Action = action,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
    }
}
