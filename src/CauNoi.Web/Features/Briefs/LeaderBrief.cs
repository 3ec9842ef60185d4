using System.Globalization;
using System.Text.RegularExpressions;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Briefs;

/// <summary>
/// One leader's weekly brief: what they follow (the provinces they are focal leader for, the Ministry units they direct)
/// and, in it, what asks for action this week. One record feeds the home page, the JSON and the .docx, so their lines
/// are the same. Records are read as they stand now; deadlines are judged on <see cref="AsOf"/>: today within the week,
/// else the week's nearest day (its Sunday for a past week, its Monday for a coming one).
/// </summary>
/// <param name="Week">The ISO week, "2026-W49".</param>
public sealed record LeaderBrief(
    string UserName, string LeaderName, string? LeaderTitle, string Week, DateOnly From, DateOnly To, DateOnly AsOf,
    IReadOnlyList<LeaderBrief.Followed> Provinces, IReadOnlyList<LeaderBrief.Followed> Units,
    IReadOnlyList<LeaderBrief.Line> Recommendations, IReadOnlyList<LeaderBrief.Line> Tasks, IReadOnlyList<LeaderBrief.Line> Indicators)
{
    public sealed record Followed(string Key, string Name);

    /// <param name="Kind">overdue, due-this-week, below-target or missing.</param>
    /// <param name="Whose">The province, unit or organisation it belongs to.</param>
    /// <param name="DaysOverdue">Days past the deadline on <see cref="AsOf"/>; null when not past.</param>
    /// <param name="Url">The record's page.</param>
    public sealed record Line(string Kind, string Number, string What, string Whose, DateOnly? Deadline, int? DaysOverdue, string Url, string? Note = null);

    public const string Overdue = "overdue", DueThisWeek = "due-this-week", BelowTarget = "below-target", Missing = "missing";

    public static string KindName(string kind) => kind switch
    {
        Overdue => "Quá hạn",
        DueThisWeek => "Đến hạn trong tuần",
        BelowTarget => "Chưa đạt chỉ tiêu",
        Missing => "Chưa nộp báo cáo",
        _ => kind,
    };

    /// <summary>Who has a brief: a Ministry leader and a focal leader.</summary>
    public static bool IsLeader(IEnumerable<string> roles) => roles.Any(r => r is Roles.MinistryLeader or Roles.FocalLeader);

    public static string WeekOf(DateOnly day) => $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}";

    /// <summary>The Monday of an ISO week written "2026-W49"; null when it is not one.</summary>
    public static DateOnly? MondayOf(string? week)
    {
        var m = Regex.Match(week?.Trim() ?? "", @"^(\d{4})-W(\d{2})$");
        if (!m.Success) return null;
        var (year, number) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (year is < 2000 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return null;
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
    }

    public bool IsEmpty => Recommendations.Count == 0 && Tasks.Count == 0 && Indicators.Count == 0;
}
