using CauNoi.Web.Shared.Records;

namespace CauNoi.Web.Features.Indicators;

/// <summary>Where a report stands. The figures lock once the head of department approves them.</summary>
public enum ReportState
{
    /// <summary>Being entered (again, after a return or for a correction).</summary>
    Draft = 0,
    /// <summary>Sent by the officer to the head of department.</summary>
    Submitted = 1,
    /// <summary>Approved by the head of department: locked, and received by the Ministry.</summary>
    Approved = 2,
    /// <summary>Accepted by the Ministry's owning unit: its figures are the ones every view and report uses.</summary>
    Accepted = 3,
}

/// <summary>
/// One organisation's report of one form for one period: the figures being entered, and where they stand. A correction
/// after acceptance is a new revision of the same report; until it is accepted, the figures of the previous one stay in use.
/// </summary>
public class FormReport
{
    public long Id { get; set; }
    public int FormId { get; set; }
    public ReportForm? Form { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The reporting organisation's province: what the scope rule reads.</summary>
    public string? ProvinceCode { get; set; }
    public PeriodType PeriodType { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public ReportState State { get; set; }
    /// <summary>1 until the first acceptance; each correction after it adds one.</summary>
    public int Revision { get; set; } = 1;
    /// <summary>When the head of department first approved it: what timeliness is judged by, whatever came after.</summary>
    public DateTime? ReceivedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<ReportEntry> Entries { get; set; } = [];
    public List<ReportEvent> Events { get; set; } = [];

    public Period Period => new(PeriodType, Year, Number);

    /// <summary>
    /// Takes a step of <see cref="ReportWorkflow.Table"/>: refused when a need is blank, when the caller may not, from
    /// another state, or against its further rule. Approval marks the report received the first time; a revision counts.
    /// </summary>
    public void Take(ReportAction action, Actor actor, DateTime at, ReportWorkflow.ReportMoment moment, string? comment)
    {
        var table = ReportWorkflow.Table;
        foreach (var need in table[action].Needs) table.Require(action, need.Field, comment);
        table.Check(action, actor, this, moment);
        if (action == ReportAction.Revise) Revision++;
        if (action == ReportAction.Approve) ReceivedAt ??= at;
        if (action == ReportAction.Accept) AcceptedAt = at;
        State = table[action].To!.Value;
        Record(actor, at, table[action].Wire, comment);
    }

    /// <summary>The steps this actor may take now, by the same table the steps check.</summary>
    public IReadOnlyList<ReportAction> AllowedActions(Actor actor, ReportWorkflow.ReportMoment moment) => ReportWorkflow.Table.Allowed(actor, this, moment);

    public void Record(Actor actor, DateTime at, string action, string? comment)
    {
        UpdatedAt = at;
        Version++;
        Events.Add(new ReportEvent
        {
            At = at, ActorId = actor.UserId, ActorName = actor.Name, ActorOrganisation = actor.OrganisationName, Action = action,
            Revision = Revision, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
    }
}

/// <summary>One figure of a report as entered, with the explanation a flagged figure needs.</summary>
public class ReportEntry
{
    public long ReportId { get; set; }
    public int IndicatorId { get; set; }
    public double? Value { get; set; }
    public string? Explanation { get; set; }
}

/// <summary>A step of a report's history.</summary>
public class ReportEvent : RecordEvent
{
    public long ReportId { get; set; }
    public int Revision { get; set; }
}

/// <summary>
/// An accepted figure: the one every view, report and the open data read, for one indicator, place and named period.
/// Figures reported before 1 July 2025 belong to a former province (<see cref="FormerProvinceCode"/>) and stay as
/// reported; <see cref="ProvinceCode"/> is always today's province, the former one's by the merger.
/// </summary>
public class IndicatorValue
{
    public long Id { get; set; }
    public int IndicatorId { get; set; }
    public required string ProvinceCode { get; set; }
    public string? FormerProvinceCode { get; set; }
    public PeriodType PeriodType { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public double Value { get; set; }
    /// <summary>The report's revision that gave it: above 1, a corrected figure, shown as such.</summary>
    public int Revision { get; set; } = 1;
    public long? ReportId { get; set; }
    public FormReport? Report { get; set; }
    public DateTime AcceptedAt { get; set; }
    /// <summary>Generated demonstration data, labelled as such wherever it is shown.</summary>
    public bool IsDemo { get; set; }
    /// <summary>
    /// Where a figure no report gave comes from: the publication a history import names ("Niên giám thống kê 2024"). With
    /// <see cref="AcceptedAt"/>, the moment of the import, it ties the figure to the import's entry in the audit trail.
    /// </summary>
    public string? Source { get; set; }

    public Period Period => new(PeriodType, Year, Number);
}

/// <summary>
/// A change to a figure: who, when, the old value, the new one, and why. Written for every figure a report's entry changes,
/// for every accepted figure a revision replaces, and for every one a history import replaces (with no report, naming the
/// figure in <see cref="ValueId"/>); the history of a figure is read from here.
/// </summary>
public class ValueChange
{
    public long Id { get; set; }
    /// <summary>The report whose entry or acceptance changed the figure; for a history import, the report that gave the figure replaced, if any.</summary>
    public long? ReportId { get; set; }
    public FormReport? Report { get; set; }
    /// <summary>The accepted figure replaced, when a history import replaced it.</summary>
    public long? ValueId { get; set; }
    public int IndicatorId { get; set; }
    public int Revision { get; set; }
    public double? OldValue { get; set; }
    public double? NewValue { get; set; }
    public string? Reason { get; set; }
    /// <summary>True when an accepted figure was replaced (a revision accepted), false for a change while entering.</summary>
    public bool Published { get; set; }
    public string? ById { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }
}
