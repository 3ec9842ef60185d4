namespace CauNoi.Web.Features.Calendar;

/// <summary>
/// Every holiday and make-up working day, read once, for the working-day arithmetic of one
/// request (the table holds a few dozen rows a year).
/// </summary>
public sealed class WorkingCalendar(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    public static async Task<WorkingCalendar> LoadAsync(CauNoiDb db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToDictionaryAsync(d => d.Date, d => d.IsWorkingDay, ct));

    public bool IsWorkingDay(DateOnly day) => WorkingDays.IsWorkingDay(day, exceptions);

    /// <summary>The day a period of <paramref name="workingDays"/> working days after <paramref name="from"/> ends.</summary>
    public DateOnly Deadline(DateOnly from, int workingDays) => WorkingDays.Count(from, workingDays, exceptions);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when to is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
