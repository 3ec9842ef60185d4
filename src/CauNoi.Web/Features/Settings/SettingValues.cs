namespace CauNoi.Web.Features.Settings;

/// <summary>The settings administrators may change, each with the value used until they do.</summary>
public static class SettingValues
{
    /// <summary>Days after an answer during which the locality may reopen it.</summary>
    public const string ReopenPeriodDays = "Recommendations.ReopenPeriodDays";
    /// <summary>Working days before the deadline when the unit is reminded.</summary>
    public const string ReminderWorkingDaysBefore = "Recommendations.ReminderWorkingDaysBefore";

    public static readonly IReadOnlyDictionary<string, int> Defaults = new Dictionary<string, int>
    {
        [ReopenPeriodDays] = 30,
        [ReminderWorkingDaysBefore] = 3,
    };

    public static async Task<int> IntAsync(CauNoiDb db, string key, CancellationToken ct = default)
    {
        var value = await db.Settings.Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return int.TryParse(value, out var n) ? n : Defaults[key];
    }
}
