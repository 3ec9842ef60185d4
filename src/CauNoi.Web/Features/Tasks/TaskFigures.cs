using System.Linq.Expressions;
using S = CauNoi.Web.Features.Tasks.WorkTaskStatus;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The figures of a set of tasks on a day: how many in each status, both rates, the trend by month and the overdue list.
/// The dashboards and the periodic report read this one computation, so their figures are the same.
/// Recurring tasks count by their occurrences (the series itself is not a tracked task).
/// </summary>
public sealed record TaskFigures(DateOnly AsOf, IReadOnlyDictionary<S, int> ByStatus, int ExtensionPending, int Extended, IReadOnlyList<TaskFigures.Month> Trend)
{
    public int Count(S status) => ByStatus.GetValueOrDefault(status);
    public int Done => Count(S.DoneOnTime) + Count(S.DoneLate);
    public int Overdue => Count(S.Overdue);
    /// <summary>The tasks due (đến hạn): those done, whenever, and those past their deadline and not done.</summary>
    public int Due => Done + Overdue;
    public int Total => ByStatus.Values.Sum();

    /// <summary>
    /// The Government's completion rate, as its reports compute it: completed ÷ (completed + overdue unfinished). Báo cáo
    /// 1270/BC-TCTTTg (27/12/2017): 16.051 ÷ (16.051 + 223) = 98,62%. Null when no task is due.
    /// </summary>
    public decimal? CompletionRate => Rate(Done, Due);

    /// <summary>The stricter rate: done on time ÷ due.</summary>
    public decimal? OnTimeRate => Rate(Count(S.DoneOnTime), Due);

    public const string CompletionFormula = "Tỷ lệ hoàn thành = số nhiệm vụ đã hoàn thành ÷ (số đã hoàn thành + số quá hạn chưa hoàn thành)";
    public const string CompletionSource = "cách tính của Văn phòng Chính phủ, suy ra từ Báo cáo 1270/BC-TCTTTg ngày 27/12/2017: 16.051 ÷ (16.051 + 223) = 98,62%";
    public const string OnTimeFormula = "Tỷ lệ đúng hạn = số hoàn thành đúng hạn ÷ (số đã hoàn thành + số quá hạn chưa hoàn thành)";

    /// <summary>
    /// A percentage to two decimals, cut rather than rounded, as the Government's report writes it (16.051 ÷ 16.274 is
    /// 98,6297…%, reported as 98,62%).
    /// </summary>
    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Floor(part * 10000m / whole) / 100m;

    /// <summary>The tasks whose (judged) deadline fell in a month: done on time, done late, and still not done on the day.</summary>
    public sealed record Month(int Year, int MonthNumber, int DoneOnTime, int DoneLate, int NotDone)
    {
        public string Label => $"{MonthNumber:D2}/{Year}";
    }

    /// <summary>The figures of the tasks in <paramref name="tasks"/> (already scoped and filtered) on <paramref name="asOf"/>.</summary>
    public static async Task<TaskFigures> LoadAsync(IQueryable<WorkTask> tasks, DateOnly asOf, CancellationToken ct = default)
    {
        var counts = Sum((await LoadByAsync(tasks, asOf, _ => 1, ct: ct)).Groups.Select(g => g.Value), asOf);
        return counts with { Trend = await TrendAsync(tasks, asOf, ct) };
    }

    /// <summary>The tasks whose (judged) deadline fell in each of the twelve months up to the day: done on time, late, not done on the day.</summary>
    public static async Task<IReadOnlyList<Month>> TrendAsync(IQueryable<WorkTask> tasks, DateOnly asOf, CancellationToken ct = default)
    {
        var tracked = Tracked(tasks);
        // Twelve months up to the day, by the month of the deadline each task is judged on.
        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-11);
        var months = await tracked.Where(t => t.JudgedDueOn >= from && t.JudgedDueOn <= asOf && t.State != WorkTaskState.Cancelled)
            .GroupBy(t => new { t.JudgedDueOn.Year, t.JudgedDueOn.Month })
            .Select(g => new
            {
                g.Key.Year, g.Key.Month,
                OnTime = g.Sum(t => t.State == WorkTaskState.Done && t.ClosedOn <= asOf && t.ClosedOn <= t.JudgedDueOn ? 1 : 0),
                Late = g.Sum(t => t.State == WorkTaskState.Done && t.ClosedOn <= asOf && t.ClosedOn > t.JudgedDueOn ? 1 : 0),
                Count = g.Count(),
            }).ToListAsync(ct);
        return [.. Enumerable.Range(0, 12).Select(i => from.AddMonths(i)).Select(m =>
        {
            var row = months.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month);
            return row is null ? new Month(m.Year, m.Month, 0, 0, 0) : new Month(m.Year, m.Month, row.OnTime, row.Late, row.Count - row.OnTime - row.Late);
        })];
    }

    /// <summary>The tasks counted: the tracked ones (a series' occurrences, not the series); one not yet begun counts as not yet due.</summary>
    private static IQueryable<WorkTask> Tracked(IQueryable<WorkTask> tasks) => tasks.Where(t => t.Recurrence == Recurrence.None);

    /// <summary>
    /// The figures of each group of the tasks (by lead unit, owner, …) in one query, by the same rule and the same counts as
    /// <see cref="LoadAsync"/>; without a trend. A group with no task counted is absent. The groups with most tasks come
    /// first. The database counts each group's statuses as rows of (group, status): computing the status once per task
    /// costs a fraction of counting each status in a column of its own, which makes it compute the status six times.
    /// With <paramref name="top"/>, only the groups with most tasks (ties by key) leave the database, and
    /// <c>Count</c> says how many there are in all: a year's owners or documents are thousands of groups, and reading
    /// them all cost the dashboard more than counting them.
    /// </summary>
    public static async Task<(List<KeyValuePair<TKey, TaskFigures>> Groups, int Count)> LoadByAsync<TKey>(
        IQueryable<WorkTask> tasks, DateOnly asOf, Expression<Func<WorkTask, TKey>> key, int? top = null, CancellationToken ct = default)
        where TKey : notnull
    {
        var tracked = Tracked(tasks);
        var counted = tracked.Select(Row(key, asOf));
        if (top is { } n)
        {
            var first = tracked.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(n).Select(g => g.Key);
            counted = counted.Where(r => first.Contains(r.Key));
        }
        var rows = await counted
            .GroupBy(r => new { r.Key, r.Status })
            .Select(g => new { g.Key.Key, g.Key.Status, Count = g.Count(), Pending = g.Sum(r => r.Pending), Extended = g.Sum(r => r.Extended) })
            .ToListAsync(ct);
        List<KeyValuePair<TKey, TaskFigures>> groups = [.. rows.GroupBy(r => r.Key)
            .Select(g => KeyValuePair.Create(g.Key, new TaskFigures(asOf, g.ToDictionary(r => r.Status, r => r.Count), g.Sum(r => r.Pending), g.Sum(r => r.Extended), [])))
            .OrderByDescending(g => g.Value.Total)];
        var count = top is null || groups.Count < top ? groups.Count : await tracked.Select(key).Distinct().CountAsync(ct);
        return (groups, count);
    }

    /// <summary>The figures of all the groups together: each task is in exactly one group, so they add up.</summary>
    public static TaskFigures Sum(IEnumerable<TaskFigures> groups, DateOnly asOf)
    {
        var all = groups.ToList();
        return new TaskFigures(asOf,
            all.SelectMany(f => f.ByStatus).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)),
            all.Sum(f => f.ExtensionPending), all.Sum(f => f.Extended), []);
    }

    private sealed class Counted<TKey>
    {
        public required TKey Key { get; init; }
        public S Status { get; init; }
        public int Pending { get; init; }
        public int Extended { get; init; }
    }

    /// <summary>One task as counted: its group, its status on the day, and whether it is open with an extension asked for or granted.</summary>
    private static Expression<Func<WorkTask, Counted<TKey>>> Row<TKey>(Expression<Func<WorkTask, TKey>> key, DateOnly asOf)
    {
        var task = key.Parameters[0];
        var status = TaskStatusRule.On(asOf);
        Expression<Func<WorkTask, int>> pending = t => t.State == WorkTaskState.Open && t.ExtensionPending ? 1 : 0;
        Expression<Func<WorkTask, int>> extended = t => t.State == WorkTaskState.Open && t.DueOn != t.OriginalDueOn ? 1 : 0;
        Expression On(LambdaExpression e) => Substitute.In(e.Body, e.Parameters[0], task);
        return Expression.Lambda<Func<WorkTask, Counted<TKey>>>(Expression.MemberInit(Expression.New(typeof(Counted<TKey>)),
            Expression.Bind(typeof(Counted<TKey>).GetProperty(nameof(Counted<TKey>.Key))!, key.Body),
            Expression.Bind(typeof(Counted<TKey>).GetProperty(nameof(Counted<TKey>.Status))!, On(status)),
            Expression.Bind(typeof(Counted<TKey>).GetProperty(nameof(Counted<TKey>.Pending))!, On(pending)),
            Expression.Bind(typeof(Counted<TKey>).GetProperty(nameof(Counted<TKey>.Extended))!, On(extended))), task);
    }

    /// <summary>The statuses in the order the dashboards and the report show them.</summary>
    public static readonly S[] Order = [S.DoneOnTime, S.DoneLate, S.InProgress, S.Overdue, S.NotYetDue, S.Cancelled];
}
