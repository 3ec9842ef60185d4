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
        var tracked = tasks.Where(t => t.Recurrence == Recurrence.None);
        var byStatus = await tracked.Select(TaskStatusRule.On(asOf)).GroupBy(s => s).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var flags = await tracked.Where(t => t.State == WorkTaskState.Open).GroupBy(_ => 1).Select(g => new
        {
            Pending = g.Sum(t => t.ExtensionPending ? 1 : 0),
            Extended = g.Sum(t => t.DueOn != t.OriginalDueOn ? 1 : 0),
        }).FirstOrDefaultAsync(ct);
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
        var trend = Enumerable.Range(0, 12).Select(i => from.AddMonths(i)).Select(m =>
        {
            var row = months.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month);
            return row is null ? new Month(m.Year, m.Month, 0, 0, 0) : new Month(m.Year, m.Month, row.OnTime, row.Late, row.Count - row.OnTime - row.Late);
        }).ToList();
        return new TaskFigures(asOf, byStatus.ToDictionary(x => x.Key, x => x.Count), flags?.Pending ?? 0, flags?.Extended ?? 0, trend);
    }

    /// <summary>The statuses in the order the dashboards and the report show them.</summary>
    public static readonly S[] Order = [S.DoneOnTime, S.DoneLate, S.InProgress, S.Overdue, S.NotYetDue, S.Cancelled];
}
