namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// A parent task's progress from its sub-tasks: Σ(weight × progress) ÷ Σ weights. A sub-task done counts 100%; one with no
/// progress figure counts 0% (and the page says so); a cancelled one is left out. Each line is shown with its weight and
/// its contribution, so that anyone can reproduce the figure (decidim-barcelona#191 asked for exactly that).
/// </summary>
public sealed record TaskRollUp(IReadOnlyList<TaskRollUp.Line> Lines, decimal? Percent)
{
    public sealed record Child(int Id, string Title, decimal Weight, int? Progress, WorkTaskState State);

    /// <param name="Counted">The percentage counted: its progress, 100 when done, 0 when it has none.</param>
    /// <param name="Contribution">Its weight × what it counts ÷ the sum of the weights counted.</param>
    public sealed record Line(int Id, string Number, string Title, decimal Weight, int? Progress, bool Cancelled, decimal Counted, decimal Contribution)
    {
        public bool CountedAsZero => !Cancelled && Progress is null && Counted == 0;
    }

    public bool AnyCountedAsZero => Lines.Any(l => l.CountedAsZero);
    public decimal WeightCounted => Lines.Where(l => !l.Cancelled).Sum(l => l.Weight);

    public static TaskRollUp Of(IReadOnlyList<Child> children)
    {
        var counted = children.Where(c => c.State != WorkTaskState.Cancelled).ToList();
        var weights = counted.Sum(c => c.Weight);
        var lines = children.Select(c =>
        {
            var cancelled = c.State == WorkTaskState.Cancelled;
            var value = c.State == WorkTaskState.Done ? 100m : c.Progress ?? 0m;
            var contribution = cancelled || weights == 0 ? 0m : Math.Round(c.Weight * value / weights, 2);
            return new Line(c.Id, WorkTask.FormatNumber(c.Id), c.Title, c.Weight, c.Progress, cancelled, cancelled ? 0 : value, contribution);
        }).ToList();
        decimal? percent = weights == 0 ? null : Math.Round(counted.Sum(c => c.Weight * (c.State == WorkTaskState.Done ? 100m : c.Progress ?? 0m)) / weights, 2);
        return new TaskRollUp(lines, percent);
    }
}
