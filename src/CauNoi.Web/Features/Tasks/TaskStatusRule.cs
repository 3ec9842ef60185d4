using System.Linq.Expressions;
using S = CauNoi.Web.Features.Tasks.WorkTaskStatus;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A task's status on a day, computed from its state and dates, never typed. One rule, written once as an expression, so
/// that a query counts in SQL exactly what a page shows for one task:
/// <list type="bullet">
/// <item>cancelled on or before the day: <see cref="S.Cancelled"/>;</item>
/// <item>done on or before the day: on time if done on or before the deadline it is judged on, else late;</item>
/// <item>otherwise open: overdue once the day is past that deadline; not yet due while the day is before the task's
/// start (a recurring report's period); otherwise in progress within its deadline.</item>
/// </list>
/// The deadline judged on (<see cref="WorkTask.JudgedDueOn"/>) is the original one, moved only by an extension asked for
/// before it passed: an extension never turns a late task into an on-time one.
/// </summary>
public static class TaskStatusRule
{
    public static readonly Expression<Func<WorkTask, DateOnly, S>> Rule = (t, day) =>
        t.State == WorkTaskState.Cancelled && t.ClosedOn <= day ? S.Cancelled
        : t.State == WorkTaskState.Done && t.ClosedOn <= day ? (t.ClosedOn <= t.JudgedDueOn ? S.DoneOnTime : S.DoneLate)
        : t.JudgedDueOn < day ? S.Overdue
        : t.AssignedOn > day ? S.NotYetDue
        : S.InProgress;

    private static readonly Func<WorkTask, DateOnly, S> Compiled = Rule.Compile();

    public static S Of(WorkTask task, DateOnly day) => Compiled(task, day);

    /// <summary>The status of a task read as its columns (a list's row), by the same rule.</summary>
    public static S Of(WorkTaskState state, DateOnly? closedOn, DateOnly judgedDueOn, DateOnly assignedOn, DateOnly day) =>
        Compiled(new WorkTask { Title = "", AssignedBy = "", State = state, ClosedOn = closedOn, JudgedDueOn = judgedDueOn, AssignedOn = assignedOn }, day);

    /// <summary>The rule for one day, for a query: the day enters the SQL as a parameter.</summary>
    public static Expression<Func<WorkTask, S>> On(DateOnly day)
    {
        var task = Rule.Parameters[0];
        Expression<Func<DateOnly>> captured = () => day;
        var body = Substitute.In(Rule.Body, Rule.Parameters[1], captured.Body);
        return Expression.Lambda<Func<WorkTask, S>>(body, task);
    }
}
