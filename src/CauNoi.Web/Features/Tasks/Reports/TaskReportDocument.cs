using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Tasks.Reports;

/// <summary>
/// The task report as a .docx draft in the Decree 30/2020/NĐ-CP layout, issued by the caller's organisation: the figures
/// by status, both rates each beside its formula, the lead units' table, and the overdue list as a landscape annex.
/// </summary>
public static class TaskReportDocument
{
    /// <summary>The longest overdue, as in the weekly report: the full list is in the .xlsx.</summary>
    public const int OverdueListed = WeeklyReportDocument.OverdueListed;

    // Widths in millimetres for 13 pt Times New Roman with 1.9 mm of cell margin either side (measured for the weekly report):
    // "NV000123" needs about 25 mm, "05/02/2026" 24.7 mm, "12.345" 16.4 mm, "100,00%" 21 mm.
    private const double Figure = 18, Rate = 24;

    public static byte[] ToBytes(TaskReport r, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var f = r.Figures;
        var document = new OfficialDocument(
                new Issuer(issuer.SuperiorBody, issuer.Body, $"Số:        /BC-{issuer.Code}", issuer.Place, today),
                "BÁO CÁO", "Kết quả thực hiện nhiệm vụ", r.Period.Text())
            .Paragraph($"{issuer.Name} báo cáo kết quả thực hiện các nhiệm vụ được giao {r.Period.Text()} "
                + $"(phạm vi: {char.ToLower(r.Filters[0], VietnameseText.Culture)}{r.Filters[1..]}; tình trạng tính đến hết ngày {Display.Date(r.AsOf)}) như sau:")
            .Heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
            .Heading("1. Tổng hợp chung")
            .Paragraph($"Trong kỳ có {N(f.Total)} nhiệm vụ được giao; đã hoàn thành {N(f.Done)} nhiệm vụ ({N(f.Count(WorkTaskStatus.DoneOnTime))} đúng hạn, "
                + $"{N(f.Count(WorkTaskStatus.DoneLate))} quá hạn); {N(f.Overdue)} nhiệm vụ quá hạn chưa hoàn thành; {N(f.Count(WorkTaskStatus.InProgress))} nhiệm vụ "
                + $"đang thực hiện trong hạn; {N(f.Count(WorkTaskStatus.NotYetDue))} nhiệm vụ chưa đến hạn; {N(f.Count(WorkTaskStatus.Cancelled))} nhiệm vụ đã hủy. "
                + $"{N(f.ExtensionPending)} nhiệm vụ đang xin gia hạn, {N(f.Extended)} nhiệm vụ đã được gia hạn.")
            .Table([new("Chỉ tiêu", 0), new("Số liệu", 30, Centred: true, NoWrap: true)],
                TaskReport.Measures.Select(m => (IReadOnlyList<string>)[m.Heading, m.Text(f)]))
            .Heading("2. Tỷ lệ hoàn thành")
            .Paragraph($"Tỷ lệ hoàn thành: {TaskReport.Rate(f.CompletionRate)}. {r.CompletionFormula} = {N(f.Done)} ÷ {N(f.Due)}; {r.CompletionSource}.")
            .Paragraph($"Tỷ lệ đúng hạn: {TaskReport.Rate(f.OnTimeRate)}. {r.OnTimeFormula} = {N(f.Count(WorkTaskStatus.DoneOnTime))} ÷ {N(f.Due)}.")
            .Heading("3. Theo đơn vị chủ trì")
            .Table([new("Đơn vị chủ trì", 0), .. LeadMeasures.Select(m => new TableColumn(Short(m), m.IsRate ? Rate : Figure, Centred: true, NoWrap: true))],
                r.ByLead.Select(l => Line(l.Name, l.Figures)).Append(Line("Tổng cộng", f)), boldLastRow: true);

        document.Heading("II. NHIỆM VỤ QUÁ HẠN");
        if (r.Overdue.Count == 0) document.Paragraph($"Đến hết ngày {Display.Date(r.AsOf)}, không có nhiệm vụ quá hạn chưa hoàn thành.");
        else
            document.Paragraph($"Đến hết ngày {Display.Date(r.AsOf)}, còn {N(f.Overdue)} nhiệm vụ quá hạn chưa hoàn thành"
                + (r.Overdue.Count > OverdueListed
                    ? $"; Phụ lục kèm theo liệt kê {N(OverdueListed)} nhiệm vụ quá hạn lâu nhất, danh sách đầy đủ tại tệp Excel của báo cáo."
                    : " (danh sách tại Phụ lục kèm theo).")
                + " Đề nghị các đơn vị chủ trì khẩn trương hoàn thành, báo cáo kết quả.");
        document.Paragraph($"{issuer.Name} kính báo cáo./.");

        if (r.Overdue.Count > 0)
            document.Annex($"Danh sách nhiệm vụ quá hạn đến hết ngày {Display.Date(r.AsOf)}",
                    $"Kèm theo Báo cáo số        /BC-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}")
                .Table(OverdueColumns, r.Overdue.Take(OverdueListed).Select((o, i) => (IReadOnlyList<string>)
                    [N(i + 1), o.Number, o.Title, o.LeadName, o.OwnerName ?? "", Display.Date(o.OriginalDueOn), Display.Date(o.DueOn), N(o.DaysLate)]));
        return document.ToBytes([.. signOff.Recipients.Select(issuer.Fill)], new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>The annex's columns: the number, code, dates and days keep on one line; the work takes what is left.</summary>
    public static readonly IReadOnlyList<TableColumn> OverdueColumns =
    [
        new("STT", 14, Centred: true, NoWrap: true), new("Số", 27, Centred: true, NoWrap: true), new("Nội dung nhiệm vụ", 0),
        new("Đơn vị chủ trì", 40), new("Người chủ trì", 32), new("Hạn ban đầu", 27, Centred: true, NoWrap: true),
        new("Hạn hiện tại", 27, Centred: true, NoWrap: true), new("Số ngày quá hạn", 22, Centred: true, NoWrap: true),
    ];

    /// <summary>The lead units' table on a portrait page: the total, what is done, overdue, and both rates.</summary>
    private static readonly TaskReport.Measure[] LeadMeasures =
        [.. TaskReport.Measures.Where(m => m.Name is "total" or nameof(WorkTaskStatus.DoneOnTime) or nameof(WorkTaskStatus.DoneLate) or nameof(WorkTaskStatus.Overdue) || m.IsRate)];

    private static string Short(TaskReport.Measure m) => m.Name switch
    {
        nameof(WorkTaskStatus.DoneOnTime) => "Xong đúng hạn",
        nameof(WorkTaskStatus.DoneLate) => "Xong quá hạn",
        nameof(WorkTaskStatus.Overdue) => "Quá hạn",
        "completion-rate" => "Tỷ lệ hoàn thành",
        "on-time-rate" => "Tỷ lệ đúng hạn",
        _ => m.Heading,
    };

    private static IReadOnlyList<string> Line(string name, TaskFigures f) => [name, .. LeadMeasures.Select(m => m.Text(f))];

    private static string N(int n) => Display.Number(n);
}
