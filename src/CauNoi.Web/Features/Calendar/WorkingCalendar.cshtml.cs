using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Calendar;

/// <summary>
/// The year's holidays and make-up working days with the announcements behind them, and a
/// calculator that answers "received on this day, due in N working days: which day is that?".
/// </summary>
public class WorkingCalendarModel(CauNoiDb db, WorkingDays workingDays, TimeProvider clock) : PageModel
{
    public const int MaxWorkingDays = 1000;

    public sealed record Row(DateOnly Date, bool IsWorkingDay, string Name, string? Source);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Days { get; private set; } = [];
    /// <summary>What was typed in the calculator, shown back as typed.</summary>
    public string? From { get; private set; }
    public string? Count { get; private set; }
    public (DateOnly From, int WorkingDays, DateOnly Due)? Deadline { get; private set; }

    /// <param name="nam">The year listed.</param>
    /// <param name="tu">The day of receipt, dd/MM/yyyy.</param>
    /// <param name="songay">How many working days are allowed.</param>
    public async Task OnGetAsync(string? nam, string? tu, string? songay)
    {
        var today = VietnamTime.Today(clock);
        Year = int.TryParse(nam, out var year) && year is >= 1900 and <= 2100 ? year : today.Year;
        Days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(Year, 1, 1) && d.Date <= new DateOnly(Year, 12, 31))
            .OrderBy(d => d.Date).Select(d => new Row(d.Date, d.IsWorkingDay, d.Name, d.Source)).ToListAsync();

        From = tu ?? Display.Date(today);
        Count = songay;
        if (tu is null && songay is null) return;
        var from = DateInput.Read(tu, ModelState, "tu", "ngày nhận");
        if (!int.TryParse(songay, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxWorkingDays)
            ModelState.AddModelError("songay", $"Số ngày làm việc là số nguyên từ 0 đến {Display.Number(MaxWorkingDays)}.");
        else if (from is { } start)
            Deadline = (start, count, await workingDays.DeadlineAsync(start, count));
    }
}
