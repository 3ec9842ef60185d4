using CauNoi.Web.Features.Calendar;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The occurrences of a recurring task: one per period from the first deadline to the last, each its own tracked task
/// with its period's first day and its deadline. A deadline that falls on a day off (a weekend, Tết) moves to the next
/// working day, as a report due on a holiday is due when the office opens.
/// </summary>
public static class Recurrences
{
    public const int MaxOccurrences = 260;

    public sealed record Occurrence(int Index, DateOnly Starts, DateOnly DueOn);

    /// <param name="firstDueOn">The first occurrence's deadline; later ones fall the same weekday or day of the month.</param>
    /// <param name="assignedOn">The day the recurring task was assigned: the first period starts then.</param>
    public static IReadOnlyList<Occurrence> Of(Recurrence recurrence, DateOnly assignedOn, DateOnly firstDueOn, DateOnly lastDueOn, WorkingCalendar calendar)
    {
        if (recurrence == Recurrence.None) throw new ArgumentException("Not a recurring task.", nameof(recurrence));
        List<Occurrence> list = [];
        var starts = assignedOn;
        for (var i = 0; ; i++)
        {
            var nominal = Step(recurrence, firstDueOn, i);
            if (nominal > lastDueOn || list.Count >= MaxOccurrences) break;
            var due = nominal;
            while (!calendar.IsWorkingDay(due)) due = due.AddDays(1);
            list.Add(new(i + 1, starts, due));
            starts = nominal.AddDays(1);
        }
        return list;
    }

    /// <summary>The i-th nominal deadline, counted from the first (so that 31 January, monthly, gives 28 February then 31 March).</summary>
    private static DateOnly Step(Recurrence recurrence, DateOnly first, int i) => recurrence switch
    {
        Recurrence.Weekly => first.AddDays(7 * i),
        Recurrence.Monthly => first.AddMonths(i),
        Recurrence.Quarterly => first.AddMonths(3 * i),
        Recurrence.HalfYearly => first.AddMonths(6 * i),
        Recurrence.Yearly => first.AddYears(i),
        _ => throw new ArgumentOutOfRangeException(nameof(recurrence)),
    };

    /// <summary>An occurrence's title: the series' title and its period ("kỳ 3, hạn 17/01/2025").</summary>
    public static string Title(string series, Occurrence o) => $"{series} (kỳ {o.Index}, hạn {Display.Date(o.DueOn)})";
}
