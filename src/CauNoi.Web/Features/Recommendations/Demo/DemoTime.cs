namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>Office hours in Hà Nội, stored as UTC like every timestamp of the application.</summary>
public static class DemoTime
{
    public static DateTime Utc(DateOnly day, int minuteOfDay) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay), VietnamTime.Zone);

    public static int LocalMinutes(DateTime utc) => (int)TimeZoneInfo.ConvertTimeFromUtc(utc, VietnamTime.Zone).TimeOfDay.TotalMinutes;
}
