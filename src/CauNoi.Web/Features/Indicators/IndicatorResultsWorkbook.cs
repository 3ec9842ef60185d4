using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The results table as an .xlsx sheet, in the page's order: the area's line (and the regions'), then the provinces by rank.
/// Figures are numbers with the indicator's decimals, percentages numbers with one; above the header, the indicator, unit,
/// period and area, and where the figures come from.
/// </summary>
public static class IndicatorResultsWorkbook
{
    public static byte[] ToBytes(IndicatorResults r, DateOnly today)
    {
        int? figure = r.Decimals, percent = 1;
        return XlsxWriter.ToBytes(new XlsxSheet("Kết quả",
            ["Hạng", "Mã tỉnh", "Tỉnh, thành phố", r.PeriodName, "Cùng kỳ năm trước", "So cùng kỳ (%)", "Kỳ trước", "So kỳ trước (%)",
                "Chỉ tiêu kế hoạch", "Đạt so kế hoạch (%)", "Ghi chú"],
            r.Totals.Select(l => Line(l, null)).Concat(r.Provinces.Select(l => Line(l, l.Code))),
            [7, 10, 30, 16, 16, 12, 16, 12, 16, 12, 44],
            Title(r, today),
            [null, null, null, figure, figure, percent, figure, percent, figure, percent, null]));
    }

    private static IReadOnlyList<object?> Line(IndicatorResults.Row l, string? province) =>
        [l.Rank, province, l.Name, l.Value, l.YearEarlier, l.GrowthOnYear, l.Previous, l.GrowthOnPrevious, l.Target, l.ShareOfTarget, l.Notes];

    /// <summary>"Kết quả thực hiện chỉ tiêu …: Tháng 5/2024, Cả nước", then the unit and the figures' provenance.</summary>
    public static IReadOnlyList<string> Title(IndicatorResults r, DateOnly today) =>
    [
        $"Kết quả thực hiện chỉ tiêu {r.Name}: {r.PeriodName}, {r.Area}",
        $"Đơn vị tính: {r.Unit}. {r.Provenance} (tính đến ngày {Display.Date(today)}). Kỳ trước 01/07/2025 của tỉnh sáp nhập là số liệu các tỉnh cũ "
            + $"gộp lại theo cách cộng của chỉ tiêu ({IndicatorResults.LowerFirst(IndicatorNames.Of(r.OverPlaces))}); kỳ không gộp được ghi không so sánh được.",
    ];
}
