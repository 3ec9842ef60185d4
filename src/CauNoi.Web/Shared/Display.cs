namespace CauNoi.Web.Shared;

/// <summary>Dates and numbers the way Vietnamese users read them: 21/11/2026, 1.234,5.</summary>
public static class Display
{
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", VietnameseText.Culture);
    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "";
    public static string DateTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm", VietnameseText.Culture);
    public static string Number(long n) => n.ToString("N0", VietnameseText.Culture);
    public static string Number(decimal n, int decimals = 1) => n.ToString("N" + decimals, VietnameseText.Culture);

    public static string WeekdayName(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai", DayOfWeek.Tuesday => "Thứ Ba", DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm", DayOfWeek.Friday => "Thứ Sáu", DayOfWeek.Saturday => "Thứ Bảy", _ => "Chủ nhật",
    };
}
