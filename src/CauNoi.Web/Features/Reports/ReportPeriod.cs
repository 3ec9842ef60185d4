using System.Globalization;

namespace CauNoi.Web.Features.Reports;

/// <summary>The days a report covers, both ends included: a week (Monday to Sunday) unless the caller picks other days.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 400;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before this one, to compare with.</summary>
    public ReportPeriod Previous() => new(From.AddDays(-Days), From.AddDays(-1));

    public ReportPeriod Next() => new(To.AddDays(1), To.AddDays(Days));

    /// <summary>"từ ngày 02/03/2026 đến ngày 08/03/2026".</summary>
    public string Text() => $"từ ngày {Display.Date(From)} đến ngày {Display.Date(To)}";

    public static ReportPeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6));
    }

    /// <summary>
    /// The period asked for: both days given, or the week of the one day given, or this week when
    /// neither is. Null after adding the Vietnamese reasons to <paramref name="errors"/>.
    /// <paramref name="pattern"/> is how dates are written: "yyyy-MM-dd" in the API, "d/M/yyyy" in forms.
    /// </summary>
    public static ReportPeriod? Read(string? from, string? to, string pattern, DateOnly today, IDictionary<string, string[]> errors)
    {
        var start = Date(from, "from", "Từ ngày", pattern, errors);
        var end = Date(to, "to", "Đến ngày", pattern, errors);
        if (errors.Count > 0) return null;
        if (start is null || end is null) return WeekOf(start ?? end ?? today);
        if (start > end)
        {
            errors["from"] = ["Từ ngày phải trước hoặc bằng đến ngày."];
            return null;
        }
        var period = new ReportPeriod(start.Value, end.Value);
        if (period.Days > MaxDays)
        {
            errors["to"] = [$"Kỳ báo cáo dài tối đa {MaxDays} ngày; khoảng đã chọn dài {Display.Number(period.Days)} ngày."];
            return null;
        }
        return period;
    }

    private static DateOnly? Date(string? text, string key, string label, string pattern, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // 1900–2100, as in forms: the previous period of a date near DateOnly.MinValue would not exist.
        if (DateOnly.TryParseExact(text.Trim(), pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2100)
            return date;
        var shown = pattern.Replace("d/M/", "dd/MM/");
        errors[key] = [$"{label} “{text.Trim()}” không hợp lệ: nhập ngày dạng {shown}, ví dụ {new DateOnly(2026, 3, 2).ToString(shown, CultureInfo.InvariantCulture)}."];
        return null;
    }
}
