namespace CauNoi.Web.Features.Calendar;

/// <summary>
/// A day that breaks the Monday-to-Friday rule: a public holiday (or a day off swapped
/// around one) or a make-up working day on a weekend. Every other day follows the weekday.
/// </summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public required string Name { get; set; }
    /// <summary>The announcement that set the day, e.g. "Thông báo 6150/TB-LĐTBXH ngày 12/11/2024".</summary>
    public string? Source { get; set; }
}
