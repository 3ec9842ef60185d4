using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The statistics as a .docx report (Decree 30/2020/NĐ-CP layout) that the issuing body's clerical office numbers and
/// signs: the country's (or the region's) figures and each region's in words, how they are counted, and the table by
/// province grouped by region as a landscape annex, the regions numbered I, II, III and in bold, and the total last.
/// </summary>
public static class ClusterStatisticsDocument
{
    // Widths in millimetres, for 13 pt Times New Roman with 1.9 mm of cell margin either side: "291.720,00" in bold needs
    // about 26 mm, "1.497.150" 24 mm, "5.000" 14 mm. The annex's line is 252 mm; the name takes what the figures leave (62 mm).
    private const double Count = 22, Area = 30, Percent = 24, Workers = 26;

    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("STT", 14, Centred: true, NoWrap: true), new("Tỉnh, thành phố", 0),
        new("Số cụm đã thành lập", Count, Centred: true, NoWrap: true), new("Diện tích đã thành lập (ha)", Area, Centred: true, NoWrap: true),
        new("Số cụm đang hoạt động", Count, Centred: true, NoWrap: true), new("Diện tích đang hoạt động (ha)", Area, Centred: true, NoWrap: true),
        new("Số dự án thứ cấp", Count, Centred: true, NoWrap: true), new("Tỷ lệ lấp đầy bình quân (%)", Percent, Centred: true, NoWrap: true),
        new("Số lao động (người)", Workers, Centred: true, NoWrap: true),
    ];

    public static byte[] ToBytes(ClusterStatistics s, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var area = IndicatorResults.LowerFirst(s.Area);
        var document = new OfficialDocument(new Issuer(issuer.SuperiorBody, issuer.Body, $"Số:        /BC-{issuer.Code}", issuer.Place, today),
                "BÁO CÁO", s.Region is null ? [Title(s)] : [Title(s), s.Area])
            .Paragraph($"{issuer.Name} báo cáo tình hình phát triển cụm công nghiệp {area} đến ngày {Display.Date(s.Cut)}, tổng hợp từ cơ sở dữ liệu "
                + $"cụm công nghiệp (số liệu tính đến ngày {Display.Date(today)}) như sau:")
            .Heading("I. KẾT QUẢ")
            .Paragraph(Figures(s.Total, $"Đến ngày {Display.Date(s.Cut)}, {area}"));
        if (s.Region is null)
        {
            document.Point("Theo khu vực:");
            foreach (var region in s.Regions) document.Paragraph("- " + Figures(region, region.Name));
        }
        document.Heading("II. CÁCH TÍNH")
            .Paragraph(s.Provenance)
            .Paragraph($"Số liệu chi tiết của từng tỉnh, thành phố tại Phụ lục kèm theo. {issuer.Name} kính báo cáo./.");

        var regionNumber = 0;
        var provinceNumber = 0;
        document.Annex($"Thống kê cụm công nghiệp theo tỉnh, thành phố năm {s.Year}, {area}",
                $"Kèm theo Báo cáo số        /BC-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}")
            .Table(Columns,
                s.ByRegion().Select(l => Row(l, l.IsProvince ? (++provinceNumber).ToString() : Roman(++regionNumber)))
                    .Concat(s.Region is null ? [Row(s.Total, "")] : []),
                boldLastRow: s.Region is null, boldRow: row => !row[0].All(char.IsAsciiDigit));
        return document.ToBytes([.. signOff.Recipients.Select(issuer.Fill)], new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>"Đến ngày 31/12/2022, cả nước có 1.084 cụm công nghiệp đã thành lập với tổng diện tích 39.012,34 ha; …"</summary>
    private static string Figures(ClusterStatistics.Line l, string who) =>
        $"{who} có {Display.Number(l.Established)} cụm công nghiệp đã thành lập với tổng diện tích {Display.Number(l.EstablishedHa, 2)} ha; "
        + $"trong đó {Display.Number(l.Operating)} cụm đang hoạt động với tổng diện tích {Display.Number(l.OperatingHa, 2)} ha. "
        + $"Các cụm đã thành lập có {Display.Number(l.Projects)} dự án thứ cấp, sử dụng {Display.Number(l.Workers)} lao động; "
        + (l.Occupancy is { } o ? $"tỷ lệ lấp đầy bình quân của các cụm đang hoạt động đạt {Display.Number(o, 1)}%." : "chưa có đất công nghiệp có thể cho thuê để tính tỷ lệ lấp đầy.");

    private static IReadOnlyList<string> Row(ClusterStatistics.Line l, string number) =>
    [
        number, l.Name, Display.Number(l.Established), Display.Number(l.EstablishedHa, 2), Display.Number(l.Operating), Display.Number(l.OperatingHa, 2),
        Display.Number(l.Projects), l.Occupancy is { } o ? Display.Number(o, 1) : "", Display.Number(l.Workers),
    ];

    private static string Title(ClusterStatistics s) => $"Tình hình phát triển cụm công nghiệp năm {s.Year}";

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => n.ToString() };
}
