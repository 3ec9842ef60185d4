namespace CauNoi.Web.Shared;

/// <summary>Vietnam's clock (UTC+7, no daylight saving), whatever the server's time zone.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The day users mean by "today": a focal leader's assignment ends at midnight in Hà Nội, not in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The day in Hà Nội of an instant stored as UTC (as every timestamp of the application is).</summary>
    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));
}
