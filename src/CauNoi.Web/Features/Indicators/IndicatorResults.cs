using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The results dashboard as the API, the .xlsx and the .docx give it: each figure rounded to the indicator's decimals and
/// each percentage to one, as the results page shows them; the area's line (and, for the country, each region's), then
/// the provinces by rank as the page lists them, with notes in words. Made from one <see cref="IndicatorDashboard"/>, so
/// every export holds the page's figures.
/// </summary>
public sealed record IndicatorResults(string Indicator, string Name, string Unit, int Decimals, Aggregation OverPlaces, string Period, string PeriodName,
    Region? Region, string Area, string Provenance, IReadOnlyList<IndicatorResults.Row> Totals, IReadOnlyList<IndicatorResults.Row> Provinces,
    IReadOnlyList<IndicatorResults.Point> Trend)
{
    public const string Accepted = "Số liệu đã được Bộ chấp nhận";

    /// <param name="Code">A province's code; a region's name in English (North, Centre, South); empty for the area shown.</param>
    /// <param name="NotComparable">Why there is no figure, as the page says it.</param>
    public sealed record Row(int? Rank, string Code, string Name, double? Value, double? YearEarlier, double? GrowthOnYear, double? Previous,
        double? GrowthOnPrevious, double? Target, double? ShareOfTarget, bool Merged, bool Revised, string? NotComparable, string Notes);

    public sealed record Point(string Period, double? Value);

    public static IndicatorResults Of(IndicatorDashboard d)
    {
        var i = d.Indicator;
        Row RowOf(IndicatorDashboard.Line l) => new(l.Rank, l.Code, l.Name, Round(l.Value, i.Decimals), Round(l.YearEarlier, i.Decimals),
            Round(l.GrowthOnYear, 1), Round(l.Previous, i.Decimals), Round(l.GrowthOnPrevious, 1), Round(l.Target, i.Decimals), Round(l.ShareOfTarget, 1),
            l.Merged, l.Revised, l.Value is null ? l.NotComparable : null, Notes(l));
        return new(i.Code, i.Name, i.Unit, i.Decimals, i.OverPlaces, d.Period.Key, d.Period.Name, d.Region, d.Totals[0].Name, Accepted,
            [.. d.Totals.Select(RowOf)], [.. d.Provinces.OrderBy(l => l.Rank ?? int.MaxValue).ThenBy(l => l.Code).Select(RowOf)],
            [.. d.Series.Select(t => new Point(t.Period.Key, Round(t.Value, i.Decimals)))]);
    }

    /// <summary>As the page writes a number: rounded half away from zero, as .NET formats a decimal.</summary>
    public static double? Round(double? value, int decimals) =>
        value is { } v ? (double)Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>"Không so sánh được (thiếu số liệu của tỉnh cũ)", "Gộp tỉnh cũ" (as the page's badge), "Đã điều chỉnh".</summary>
    private static string Notes(IndicatorDashboard.Line l) => string.Join("; ", new[]
    {
        l.Value is not null ? null : l.Merged ? $"Không so sánh được ({LowerFirst(l.NotComparable ?? "")})" : l.NotComparable,
        l.Merged && l.Value is not null ? "Gộp tỉnh cũ" : null,
        l.Revised ? "Đã điều chỉnh" : null,
    }.Where(n => !string.IsNullOrEmpty(n)));

    public static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];
}
