namespace CauNoi.Web.Features.Calendar;

/// <summary>Counts working days: Monday to Friday, less public holidays, plus make-up working days.</summary>
public class WorkingDays(CauNoiDb db)
{
    /// <summary>
    /// The day on which a period of <paramref name="workingDays"/> working days that starts
    /// on <paramref name="from"/> ends: the day of receipt itself is not counted.
    /// </summary>
    public async Task<DateOnly> DeadlineAsync(DateOnly from, int workingDays, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        // A generous window: a year of calendar days holds far more than any deadline needs.
        var until = from.AddDays(workingDays * 2 + 60);
        var exceptions = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date > from && d.Date <= until)
            .ToDictionaryAsync(d => d.Date, d => d.IsWorkingDay, ct);
        return Count(from, workingDays, exceptions);
    }

    public static DateOnly Count(DateOnly from, int workingDays, IReadOnlyDictionary<DateOnly, bool> exceptions)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, exceptions)) counted++;
        }
        return day;
    }

    public static bool IsWorkingDay(DateOnly day, IReadOnlyDictionary<DateOnly, bool> exceptions) =>
        exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
