namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The rules a report's figures pass before it can be submitted: every figure entered, each consistency rule between two
/// of them, and two tests that a figure is unusual, which ask for an explanation rather than refuse it: a z-score above
/// <see cref="ZLimit"/> against the organisation's own last periods (DHIS2's default), and a change on the same period a
/// year earlier beyond the indicator's threshold. Bounds are checked earlier, when a figure is saved.
/// </summary>
public static class ReportChecks
{
    public const double ZLimit = 3;
    /// <summary>Fewer earlier periods than this say too little for a z-score.</summary>
    public const int ZHistory = 6;

    /// <param name="Explained">A flag that asks for an explanation, and has one.</param>
    public sealed record Flag(int IndicatorId, string Message, bool AsksExplanation, bool Explained)
    {
        public bool Blocks => !AsksExplanation || !Explained;
    }

    /// <summary>What the organisation reported before for one indicator: the same period a year earlier, and its last periods.</summary>
    public sealed record History(double? YearEarlier, IReadOnlyList<double> Recent);

    public static IReadOnlyList<Flag> Run(
        IReadOnlyList<Indicator> indicators, IReadOnlyDictionary<int, ReportEntry> entries,
        IReadOnlyList<ConsistencyRule> rules, IReadOnlyDictionary<int, History> history)
    {
        var flags = new List<Flag>();
        foreach (var indicator in indicators)
        {
            var entry = entries.GetValueOrDefault(indicator.Id);
            if (entry?.Value is not { } value) { flags.Add(new(indicator.Id, Missing, false, false)); continue; }
            var explained = !string.IsNullOrWhiteSpace(entry.Explanation);
            if (history.GetValueOrDefault(indicator.Id) is not { } before) continue;
            if (before.Recent.Count >= ZHistory)
            {
                var mean = before.Recent.Average();
                var sd = Math.Sqrt(before.Recent.Sum(v => (v - mean) * (v - mean)) / (before.Recent.Count - 1));
                if (sd > 0 && Math.Abs(value - mean) / sd > ZLimit)
                    flags.Add(new(indicator.Id,
                        $"Khác thường so với {before.Recent.Count} kỳ trước của đơn vị (bình quân {Number(mean, indicator)}, z = {Number(Math.Abs(value - mean) / sd, 1)}): cần giải trình.",
                        true, explained));
            }
            if (indicator.ChangeThreshold is { } threshold && before.YearEarlier is > 0 and var earlier)
            {
                var change = (value / earlier - 1) * 100;
                if (Math.Abs(change) > threshold)
                    flags.Add(new(indicator.Id,
                        $"{(change > 0 ? "Tăng" : "Giảm")} {Number(Math.Abs(change), 1)}% so với cùng kỳ năm trước ({Number(earlier, indicator)} {indicator.Unit}), vượt ngưỡng {Number(threshold, 0)}%: cần giải trình.",
                        true, explained));
            }
        }
        foreach (var rule in rules)
        {
            if (entries.GetValueOrDefault(rule.LeftIndicatorId)?.Value is { } left && entries.GetValueOrDefault(rule.RightIndicatorId)?.Value is { } right && left > right)
                flags.Add(new(rule.LeftIndicatorId, rule.Message, false, false));
        }
        return flags;
    }

    /// <summary>
    /// The refusal of a submission, or null when nothing blocks it: how many figures are missing, how many flags wait for
    /// an explanation (each figure's own message is beside it), and each broken rule in its own words.
    /// </summary>
    public static string? Problems(IReadOnlyList<Flag> flags)
    {
        var blocking = flags.Where(f => f.Blocks).ToList();
        if (blocking.Count == 0) return null;
        var parts = new List<string>();
        var missing = blocking.Count(f => !f.AsksExplanation && f.Message == Missing);
        if (missing > 0) parts.Add($"{missing} chỉ tiêu chưa nhập số liệu");
        var unexplained = blocking.Where(f => f.AsksExplanation).Select(f => f.IndicatorId).Distinct().Count();
        if (unexplained > 0) parts.Add($"{unexplained} chỉ tiêu có số liệu khác thường cần giải trình");
        parts.AddRange(blocking.Where(f => !f.AsksExplanation && f.Message != Missing).Select(f => f.Message.TrimEnd('.')));
        return "Chưa thể gửi báo cáo: " + string.Join("; ", parts) + ".";
    }

    public const string Missing = "Chưa nhập số liệu.";

    private static string Number(double value, Indicator indicator) => Number(value, indicator.Decimals);
    private static string Number(double value, int decimals) => Display.Number((decimal)value, decimals);
}
