using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Reports;

/// <summary>The weekly report as an .xlsx workbook: the summary, the four tables, and the overdue list.</summary>
public static class WeeklyReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToBytes(WeeklyReport report) => XlsxWriter.ToBytes(
        [
            Summary(report),
            .. report.Breakdowns().Select(b => Table(b, report.Totals)),
            new XlsxSheet("Quá hạn", ["Số", "Tiêu đề", "Tỉnh, thành phố", "Đơn vị xử lý", "Hạn trả lời", "Số ngày quá hạn"],
                report.Overdue.Select(o => (IReadOnlyList<object?>)[o.Number, o.Title, o.ProvinceName, o.UnitName, o.DueOn, o.DaysOverdue]),
                [12, 60, 26, 40, 13, 15]),
        ]);

    private static XlsxSheet Summary(WeeklyReport r) =>
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
            [30, 40, 14, 18]);

    private static XlsxSheet Table(WeeklyReport.Breakdown b, WeeklyReport.Figures totals) =>
        new(b.Title, [b.Heading, .. WeeklyReport.Measures.Select(m => m.Heading)],
            b.Rows.Select(row => Line(row.Name, row.Figures)).Append(Line("Tổng cộng", totals)),
            [40, .. WeeklyReport.Measures.Select(_ => 14.0)]);

    private static IReadOnlyList<object?> Line(string name, WeeklyReport.Figures f) => [name, .. WeeklyReport.Measures.Select(m => (object?)m.Of(f))];
}
