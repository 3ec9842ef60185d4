using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The results of one indicator for one period as a .docx draft (Decree 30/2020/NĐ-CP layout) that the issuing body's
/// clerical office numbers and signs: what the area reached, its growth on a year earlier and its share of the target,
/// the leading and trailing provinces, the regions' lines, the notes on figures not comparable across the merger of
/// 1 July 2025, and the provinces' table as a landscape annex. Every figure is the page's, from one <see cref="IndicatorResults"/>.
/// </summary>
public static class IndicatorResultsDocument
{
    /// <summary>How many provinces the narrative names at the top and at the bottom of the ranking.</summary>
    public const int Named = 3;

    // Widths in millimetres, for 13 pt Times New Roman with 1.9 mm of cell margin either side: "1.234.567,8" needs 25.8 mm,
    // "-12,3%" 17.3 mm, "Hạng" in bold 16 mm as LibreOffice sets it. A letter's line is 165 mm, an annex's 252 mm.
    private const double Figure = 26, Percent = 20;

    public static byte[] ToBytes(IndicatorResults r, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var period = IndicatorResults.LowerFirst(r.PeriodName);
        var scope = r.Region is null ? period : $"{period}, {IndicatorResults.LowerFirst(r.Area)}";
        var number = $"Số:        /BC-{issuer.Code}";
        var total = r.Totals[0];
        var document = new OfficialDocument(new Issuer(issuer.SuperiorBody, issuer.Body, number, issuer.Place, today),
                "BÁO CÁO", $"Tình hình thực hiện chỉ tiêu {IndicatorResults.LowerFirst(r.Name)}", scope)
            .Paragraph($"{issuer.Name} báo cáo tình hình thực hiện chỉ tiêu {IndicatorResults.LowerFirst(r.Name)} {scope} "
                + $"({IndicatorResults.LowerFirst(r.Provenance)}, đơn vị tính: {r.Unit}, tính đến ngày {Display.Date(today)}) như sau:")
            .Heading("I. KẾT QUẢ THỰC HIỆN")
            .Paragraph(Reached(r, total))
            .Paragraph(Ranking(r));
        if (r.Totals.Count > 1)
            document.Point("Theo khu vực:")
                .Table([new("Địa bàn", 0), new("Thực hiện", Figure, Centred: true, NoWrap: true), new("Cùng kỳ năm trước", Figure, Centred: true, NoWrap: true),
                        new("So cùng kỳ", Percent, Centred: true, NoWrap: true), new("Chỉ tiêu kế hoạch", Figure, Centred: true, NoWrap: true),
                        new("Đạt so kế hoạch", Percent, Centred: true, NoWrap: true)],
                    r.Totals.Skip(1).Append(total).Select(l => (IReadOnlyList<string>)[l.Name, N(l.Value, r), N(l.YearEarlier, r), Pct(l.GrowthOnYear), N(l.Target, r), Pct(l.ShareOfTarget)]),
                    boldLastRow: true);
        document.Heading("II. GHI CHÚ VỀ SỐ LIỆU")
            .Paragraph($"Từ ngày 01/07/2025, cả nước có 34 tỉnh, thành phố. Số liệu các kỳ trước ngày 01/07/2025 của tỉnh, thành phố sáp nhập là số liệu "
                + $"các tỉnh cũ gộp lại theo cách cộng của chỉ tiêu ({IndicatorResults.LowerFirst(IndicatorNames.Of(r.OverPlaces))}); kỳ thiếu số liệu của một tỉnh cũ "
                + "hoặc không gộp được thì không so sánh được và không tính tốc độ tăng.");
        foreach (var (what, lines) in new[]
        {
            ("Số liệu gộp từ các tỉnh cũ", r.Provinces.All(l => l.Merged) ? ["tất cả các tỉnh, thành phố"] : r.Provinces.Where(l => l.Merged && l.Value is not null).Select(l => l.Name)),
            ("Không so sánh được", r.Provinces.Where(l => l.Merged && l.Value is null).Select(l => $"{l.Name} ({IndicatorResults.LowerFirst(l.NotComparable ?? "")})")),
            ("Chưa tính được tốc độ tăng so với cùng kỳ (cùng kỳ năm trước chưa có số liệu hoặc không so sánh được)",
                r.Provinces.Where(l => l.Value is not null && l.GrowthOnYear is null).Select(l => l.Name)),
            ("Chưa có số liệu được chấp nhận", r.Provinces.Where(l => l.Value is null && !l.Merged).Select(l => l.Name)),
            ("Số liệu đã điều chỉnh sau khi chấp nhận", r.Provinces.Where(l => l.Revised).Select(l => l.Name)),
        })
            if (lines.ToList() is { Count: > 0 } names) document.Paragraph($"- {what}: {string.Join("; ", names)}.");
        document.Paragraph($"Số liệu chi tiết của từng tỉnh, thành phố tại Phụ lục kèm theo. {issuer.Name} kính báo cáo./.");

        document.Annex($"Kết quả thực hiện chỉ tiêu {IndicatorResults.LowerFirst(r.Name)} theo tỉnh, thành phố, {scope}",
                $"Kèm theo Báo cáo số        /BC-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}")
            .Table(ProvinceColumns(r),
                r.Provinces.Append(total).Select(l => (IReadOnlyList<string>)[l.Rank?.ToString() ?? "", l.Name, N(l.Value, r), N(l.YearEarlier, r), Pct(l.GrowthOnYear),
                    N(l.Previous, r), Pct(l.GrowthOnPrevious), N(l.Target, r), Pct(l.ShareOfTarget), l.Notes]),
                boldLastRow: true);
        return document.ToBytes([.. signOff.Recipients.Select(issuer.Fill)], new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>The annex's columns: rank and figures keep on one line; the name and the notes share what is left.</summary>
    public static IReadOnlyList<TableColumn> ProvinceColumns(IndicatorResults r) =>
    [
        new("Hạng", 16, Centred: true, NoWrap: true), new("Tỉnh, thành phố", 0), new("Thực hiện", Figure, Centred: true, NoWrap: true),
        new("Cùng kỳ năm trước", Figure, Centred: true, NoWrap: true), new("So cùng kỳ", Percent, Centred: true, NoWrap: true),
        new("Kỳ trước", Figure, Centred: true, NoWrap: true), new("So kỳ trước", Percent, Centred: true, NoWrap: true),
        new("Chỉ tiêu kế hoạch", Figure, Centred: true, NoWrap: true), new("Đạt so kế hoạch", Percent, Centred: true, NoWrap: true), new("Ghi chú", 30),
    ];

    /// <summary>"Cả nước đạt 1.234,5 tỷ đồng, tăng 10,0% so với cùng kỳ năm trước (…) …; bằng 95,0% chỉ tiêu kế hoạch (…)."</summary>
    private static string Reached(IndicatorResults r, IndicatorResults.Row t)
    {
        if (t.Value is null) return $"{t.Name}: chưa tổng hợp được số liệu ({IndicatorResults.LowerFirst(t.NotComparable ?? "")}).";
        var text = $"{t.Name} đạt {N(t.Value, r)} {r.Unit}";
        text += t.GrowthOnYear is { } g ? $", {Change(g, "cùng kỳ năm trước")} ({N(t.YearEarlier, r)} {r.Unit})" : ", chưa so sánh được với cùng kỳ năm trước";
        if (t.GrowthOnPrevious is { } p) text += $", {Change(p, "kỳ trước")}";
        if (t.ShareOfTarget is { } s) text += $"; bằng {Pct(s)} chỉ tiêu kế hoạch Bộ giao ({N(t.Target, r)} {r.Unit})";
        return text + ".";
    }

    /// <summary>How many provinces have a figure, and the first and last <see cref="Named"/> of the ranking.</summary>
    private static string Ranking(IndicatorResults r)
    {
        var ranked = r.Provinces.Where(l => l.Rank is not null).OrderBy(l => l.Rank).ToList();
        var text = $"Có {ranked.Count}/{r.Provinces.Count} tỉnh, thành phố có số liệu được chấp nhận";
        if (ranked.Count == 0) return text + ".";
        string Named(IEnumerable<IndicatorResults.Row> lines) => string.Join(", ", lines.Select(l => $"{l.Name} ({N(l.Value, r)} {r.Unit})"));
        if (ranked.Count == 1) return $"{text}: {Named(ranked)}.";
        var n = Math.Min(IndicatorResultsDocument.Named, ranked.Count / 2);
        return $"{text}. Dẫn đầu là {Named(ranked.Take(n))}; thấp nhất là {Named(ranked.TakeLast(n).Reverse())}.";
    }

    private static string Change(double growth, string than) =>
        growth > 0 ? $"tăng {Pct(growth)} so với {than}" : growth < 0 ? $"giảm {Pct(-growth)} so với {than}" : $"bằng {than}";

    private static string N(double? v, IndicatorResults r) => v is { } x ? Display.Number((decimal)x, r.Decimals) : "";

    private static string Pct(double? v) => v is { } x ? Display.Number((decimal)x, 1) + "%" : "";
}
