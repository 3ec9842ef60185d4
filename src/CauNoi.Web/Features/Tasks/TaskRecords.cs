using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Records;

namespace CauNoi.Web.Features.Tasks;

/// <summary>One step of a task's history. The task's deadlines before and after are in the comment of an extension's step.</summary>
public class TaskEvent : RecordEvent
{
    public int TaskId { get; set; }
}

/// <summary>A message between the assigner and the lead unit about a task.</summary>
public class TaskMessage : RecordMessage
{
    public int TaskId { get; set; }
    public bool FromAssigner { get; set; }
}

/// <summary>An evidence file of a progress report.</summary>
public class TaskFile : AttachedFile
{
    public int TaskId { get; set; }
    public long? ReportId { get; set; }
}

/// <summary>A progress report by the lead unit: how far, what was done, with evidence; the assigner may send it back.</summary>
public class TaskProgressReport
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public DateTime At { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string? ById { get; set; }
    public required string ByName { get; set; }
    public required string ByOrganisation { get; set; }
    public int Percent { get; set; }
    public required string Text { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public string? ReturnedByName { get; set; }
    public string? ReturnComment { get; set; }
}

/// <summary>
/// A request to move a task's deadline, and its decision. A grant moves the working deadline; it moves the deadline the
/// task is judged on only when it was asked for before that deadline passed (<see cref="CountsForTimeliness"/>).
/// </summary>
public class TaskExtension
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateOnly RequestedOn { get; set; }
    public string? RequestedById { get; set; }
    public required string RequestedByName { get; set; }
    public required string Reason { get; set; }
    public DateOnly ProposedDueOn { get; set; }
    /// <summary>The working deadline when it was asked for.</summary>
    public DateOnly DueBefore { get; set; }
    public ExtensionDecision Decision { get; set; } = ExtensionDecision.Pending;
    public DateTime? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public string? DecisionComment { get; set; }
    public DateOnly? GrantedDueOn { get; set; }
    public bool CountsForTimeliness { get; set; }
}

/// <summary>A unit that works with the lead unit on a task.</summary>
public class TaskCoordinator
{
    public int TaskId { get; set; }
    public int OrganisationId { get; set; }
}

/// <summary>A province a task concerns: its department sees the task.</summary>
public class TaskProvince
{
    public int TaskId { get; set; }
    public required string ProvinceCode { get; set; }
}
