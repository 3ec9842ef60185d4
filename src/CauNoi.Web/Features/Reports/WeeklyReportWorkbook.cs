using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The weekly report as an .xlsx workbook: the summary, the four tables, and the overdue list. Each sheet opens with
/// its title and a line saying which days, whose report and which records it covers, over a header row that stays in view.
/// </summary>
public static class WeeklyReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToBytes(WeeklyReport report, ReportIssuer issuer) => XlsxWriter.ToBytes(
        [
            Summary(report, issuer),
            .. report.Breakdowns().Select(b => Table(b, report, issuer)),
            new XlsxSheet("Quá hạn", ["Số", "Tiêu đề", "Tỉnh, thành phố", "Đơn vị xử lý", "Hạn trả lời", "Số ngày quá hạn"],
                report.Overdue.Select(o => (IReadOnlyList<object?>)[o.Number, o.Title, o.ProvinceName, o.UnitName, o.DueOn, o.DaysOverdue]),
                [12, 60, 26, 40, 13, 15], Title(report, issuer, $"kiến nghị quá hạn đến hết ngày {Display.Date(report.CutOff)}")),
        ]);

    /// <summary>The title, then "Từ ngày … đến ngày …" with the cut-off day, the issuer and the scope of the figures.</summary>
    public static IReadOnlyList<string> Title(WeeklyReport r, ReportIssuer issuer, string what) =>
    [
        $"Báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị: {what}",
        $"{char.ToUpper(r.Period.Text()[0], VietnameseText.Culture)}{r.Period.Text()[1..]} (số liệu tính đến hết ngày {Display.Date(r.CutOff)}). "
            + $"Đơn vị báo cáo: {issuer.Name}. Phạm vi số liệu: {r.Coverage}.",
    ];

    private static XlsxSheet Summary(WeeklyReport r, ReportIssuer issuer) =>
        new("Tổng hợp", ["Chỉ tiêu", "Kỳ này", "Kỳ trước", "Tăng (+), giảm (-)"],
            WeeklyReport.Measures.Select(m => (IReadOnlyList<object?>)[m.Label, m.Of(r.Totals), m.Of(r.PreviousTotals), m.Of(r.Change)])
                .Concat(
                [
                    [],
                    ["Kỳ này", r.Period.Text()],
                    ["Kỳ trước", r.PreviousPeriod.Text()],
                    ["Số liệu tính đến hết ngày", r.CutOff],
                    ["Phạm vi số liệu", r.Coverage],
                ]),
            [30, 40, 14, 18], Title(r, issuer, "tổng hợp"));

    private static XlsxSheet Table(WeeklyReport.Breakdown b, WeeklyReport r, ReportIssuer issuer) =>
        new(b.Title, [b.Heading, .. WeeklyReport.Measures.Select(m => m.Heading)],
            b.Rows.Select(row => Line(row.Name, row.Figures)).Append(Line("Tổng cộng", r.Totals)),
            [40, .. WeeklyReport.Measures.Select(_ => 14.0)], Title(r, issuer, char.ToLower(b.Title[0], VietnameseText.Culture) + b.Title[1..]));

    private static IReadOnlyList<object?> Line(string name, WeeklyReport.Figures f) => [name, .. WeeklyReport.Measures.Select(m => (object?)m.Of(f))];
}
