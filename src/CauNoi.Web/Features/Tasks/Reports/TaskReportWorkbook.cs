using CauNoi.Web.Features.Reports;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Tasks.Reports;

/// <summary>
/// The task report as an .xlsx workbook: the summary with both rates and their formulas first, then each view's table, the
/// overdue list and the trend by month. Figures stay numbers; rates are percentages with two decimals.
/// </summary>
public static class TaskReportWorkbook
{
    public static byte[] ToBytes(TaskReport r, ReportIssuer issuer) => XlsxWriter.ToBytes(
        [
            new XlsxSheet("Tổng hợp", ["Chỉ tiêu", "Số liệu"],
                TaskReport.Measures.Select(m => (IReadOnlyList<object?>)[m.IsRate ? m.Heading + " (%)" : m.Heading, m.Of(r.Figures)])
                    .Concat(
                    [
                        [],
                        ["Cách tính", r.CompletionFormula],
                        ["", "Theo " + r.CompletionSource],
                        ["", r.OnTimeFormula],
                        ["Số liệu tính đến hết ngày", r.AsOf],
                        ["Phạm vi", r.Filters],
                    ]),
                [34, 90], Title(r, issuer, "tổng hợp")),
            .. r.Breakdowns().Select(b => new XlsxSheet(b.Title, [b.Heading, .. TaskReport.Measures.Select(m => m.IsRate ? m.Heading + " (%)" : m.Heading)],
                b.Lines.Select(l => (IReadOnlyList<object?>)[l.Name, .. TaskReport.Measures.Select(m => (object?)m.Of(l.Figures))])
                    .Append(["Tổng cộng", .. TaskReport.Measures.Select(m => (object?)m.Of(r.Figures))]),
                [40, .. TaskReport.Measures.Select(_ => 14.0)], Title(r, issuer, char.ToLower(b.Title[0], VietnameseText.Culture) + b.Title[1..]))),
            new XlsxSheet("Quá hạn", ["Số", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Người chủ trì", "Hạn ban đầu", "Hạn hiện tại", "Số ngày quá hạn"],
                r.Overdue.Select(o => (IReadOnlyList<object?>)[o.Number, o.Title, o.LeadName, o.OwnerName, o.OriginalDueOn, o.DueOn, o.DaysLate]),
                [12, 60, 36, 24, 13, 13, 15], Title(r, issuer, $"nhiệm vụ quá hạn đến hết ngày {Display.Date(r.AsOf)}")),
            new XlsxSheet("Theo tháng", ["Tháng (theo hạn)", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành"],
                r.Figures.Trend.Select(m => (IReadOnlyList<object?>)[m.Label, m.DoneOnTime, m.DoneLate, m.NotDone]),
                [18, 20, 20, 18], Title(r, issuer, "xu hướng theo tháng")),
        ]);

    private static IReadOnlyList<string> Title(TaskReport r, ReportIssuer issuer, string what) =>
    [
        $"Báo cáo kết quả thực hiện nhiệm vụ: {what}",
        $"Nhiệm vụ giao {r.Period.Text()}; tình trạng tính đến hết ngày {Display.Date(r.AsOf)}. Đơn vị báo cáo: {issuer.Name}. {r.Filters}.",
    ];
}
