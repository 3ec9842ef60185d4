namespace CauNoi.Web.Shared.Records;

/// <summary>
/// One step of a record's history: who did what, when, and why. Each record kind keeps its history in its own table (a
/// subclass naming the record, with whatever the kind adds, such as the states it moved between), written by its
/// workflow's steps and shown by <c>_History.cshtml</c>.
/// </summary>
public abstract class RecordEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string ActorOrganisation { get; set; }
    /// <summary>The step on the wire (<c>request-information</c>): its Vietnamese name comes from the workflow's table.</summary>
    public required string Action { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A message in a record's thread, between the people who follow it; shown by <c>_Thread.cshtml</c>.</summary>
public abstract class RecordMessage
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string AuthorOrganisation { get; set; }
    public required string Text { get; set; }
}

/// <summary>A step of a history as the page shows it: <paramref name="ToState"/> is named only when the step changed the state.</summary>
public sealed record HistoryLine(DateTime At, string ActorName, string ActorOrganisation, string Action, string ActionName, string? ToState, string? Comment);

/// <summary>A message as the thread shows it; <paramref name="FromMinistry"/> sets it to the Ministry's side.</summary>
public sealed record ThreadLine(DateTime At, string AuthorName, string AuthorOrganisation, bool FromMinistry, string Text);
