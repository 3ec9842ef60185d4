using System.Text;

namespace CauNoi.Web.Shared.Workflow;

/// <summary>
/// A workflow's transition table and the checks every step runs through it: what it needs, who, from which state, and any
/// further rule, in that order. The record's step methods, the buttons offered, the names and the notifications all read it.
/// </summary>
public sealed class Workflow<TAction, TState, TActor, TRecord, TMoment, TTold>
    where TAction : struct, Enum
    where TState : struct, Enum
{
    private readonly Dictionary<TAction, Transition<TAction, TState, TActor, TRecord, TMoment, TTold>> _byAction;
    private readonly Func<TRecord, TState> _stateOf;
    private readonly string _notYours;
    private readonly Func<TState, string> _notNow;

    /// <param name="stateOf">The record's current state.</param>
    /// <param name="notYours">The refusal to a caller who may not take a step.</param>
    /// <param name="notNow">The refusal of a step from the record's current state.</param>
    /// <param name="steps">The table, in the order the pages offer the steps.</param>
    public Workflow(Func<TRecord, TState> stateOf, string notYours, Func<TState, string> notNow,
        params Transition<TAction, TState, TActor, TRecord, TMoment, TTold>[] steps)
    {
        _stateOf = stateOf;
        _notYours = notYours;
        _notNow = notNow;
        Steps = steps;
        _byAction = steps.ToDictionary(s => s.Action);
        var missing = Enum.GetValues<TAction>().Except(_byAction.Keys).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"The workflow has no row for {string.Join(", ", missing)}.");
    }

    public IReadOnlyList<Transition<TAction, TState, TActor, TRecord, TMoment, TTold>> Steps { get; }

    public Transition<TAction, TState, TActor, TRecord, TMoment, TTold> this[TAction action] => _byAction[action];

    /// <summary>The action the API or a form names, or null for a name the workflow does not have.</summary>
    public TAction? Parse(string? wire) => Steps.FirstOrDefault(s => s.Wire == wire)?.Action;

    /// <summary>The steps this actor may take now, in the table's order: the same rules as <see cref="Check"/>, needs aside.</summary>
    public IReadOnlyList<TAction> Allowed(TActor actor, TRecord record, TMoment moment) =>
        [.. Steps.Where(s => s.Who(actor, record) && s.From.Contains(_stateOf(record)) && s.Unless?.Invoke(record, moment) is null).Select(s => s.Action)];

    /// <summary>Refuses the step when a field it needs is blank (null, or text of white space only).</summary>
    public void Require(TAction action, string field, object? value)
    {
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text)) throw Missing(action, field);
    }

    /// <summary>The refusal the step's row gives when the field is missing, for a value given but not found as well.</summary>
    public WorkflowRefusal Missing(TAction action, string field) =>
        new(_byAction[action].Needs.FirstOrDefault(n => n.Field == field)?.Refusal
            ?? throw new InvalidOperationException($"The row of {action} names no need for {field}."));

    /// <summary>Refuses the step to a caller who may not take it (forbidden), from another state, or against a further rule.</summary>
    public void Check(TAction action, TActor actor, TRecord record, TMoment moment)
    {
        var step = _byAction[action];
        if (!step.Who(actor, record)) throw new WorkflowRefusal(step.NotYours ?? _notYours, forbidden: true);
        if (!step.From.Contains(_stateOf(record))) throw new WorkflowRefusal(step.NotNow ?? _notNow(_stateOf(record)));
        if (step.Unless?.Invoke(record, moment) is { } refusal) throw new WorkflowRefusal(refusal);
    }

    /// <summary>Tells whom the step's row names, if any.</summary>
    public Task TellAsync(TAction action, TTold told, CancellationToken ct) => _byAction[action].Tell?.Invoke(told, ct) ?? Task.CompletedTask;
}

public static class Workflow
{
    /// <summary>An action's name on the wire, in kebab case: <c>ApproveAnswer</c> is <c>approve-answer</c>.</summary>
    public static string Wire<TAction>(TAction action) where TAction : struct, Enum
    {
        var name = action.ToString();
        var wire = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && wire.Length > 0) wire.Append('-');
            wire.Append(char.ToLowerInvariant(c));
        }
        return wire.ToString();
    }
}

/// <summary>A workflow step refused: not allowed in this state (409), or not by this caller (403).</summary>
public sealed class WorkflowRefusal(string message, bool forbidden = false) : Exception(message)
{
    public bool Forbidden => forbidden;
}
