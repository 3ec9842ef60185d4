namespace CauNoi.Web.Shared.Workflow;

/// <summary>
/// One row of a workflow's table: the action, the states it leaves from, who may take it, what it needs, and who is told.
/// <typeparamref name="TMoment"/> is what a further rule reads besides the record (today, a setting);
/// <typeparamref name="TTold"/> is what a notification reads once the step is taken. See docs/workflow.md.
/// </summary>
/// <param name="Name">The step in Vietnamese, as its button and the history show it.</param>
/// <param name="Who">Who may take it: refused as forbidden (403) otherwise.</param>
public sealed record Transition<TAction, TState, TActor, TRecord, TMoment, TTold>(
    TAction Action, string Name, TState[] From, Func<TActor, TRecord, bool> Who)
    where TAction : struct, Enum
    where TState : struct, Enum
{
    /// <summary>The state it goes to; null when the step's method decides (or the state stays).</summary>
    public TState? To { get; init; }

    /// <summary>Input the step cannot go without: each field, and the refusal when it is blank. Checked before anything else.</summary>
    public IReadOnlyList<Need> Needs { get; init; } = [];

    /// <summary>A further rule, checked after who and from which state: the refusal when it is broken, null when it holds.</summary>
    public Func<TRecord, TMoment, string?>? Unless { get; init; }

    /// <summary>The refusal to a caller who may not take it, when the workflow's general one says too little.</summary>
    public string? NotYours { get; init; }

    /// <summary>The refusal from another state, when the workflow's general one says too little.</summary>
    public string? NotNow { get; init; }

    /// <summary>Who is told once the step is taken, in the same save.</summary>
    public Func<TTold, CancellationToken, Task>? Tell { get; init; }

    /// <summary>A step that ends or diverts the record rather than moving it on: offered as a secondary button.</summary>
    public bool Secondary { get; init; }

    /// <summary>The action as the API and the forms name it: <c>RequestInformation</c> is <c>request-information</c>.</summary>
    public string Wire { get; } = Workflow.Wire(Action);
}

/// <summary>A field a step cannot go without, and the refusal when it is blank.</summary>
public sealed record Need(string Field, string Refusal);
