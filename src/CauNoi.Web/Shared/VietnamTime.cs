namespace CauNoi.Web.Shared;

/// <summary>Vietnam's clock (UTC+7, no daylight saving), whatever the server's time zone.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The day users mean by "today": a focal leader's assignment ends at midnight in Hà Nội, not in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
