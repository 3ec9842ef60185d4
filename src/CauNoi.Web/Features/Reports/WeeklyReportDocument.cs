using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The weekly report as a .docx draft (Decree 30/2020/NĐ-CP layout) that the issuing body's clerical office numbers
/// and signs: the caller's organisation issues it, the signer and recipients are the administrators' settings for its
/// level, and every figure comes from the <see cref="WeeklyReport"/> it is given. The overdue list is an annex on
/// landscape pages, where its codes and dates have room.
/// </summary>
public static class WeeklyReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// A report to the Government lists the longest overdue; thousands of rows (a national year) belong in the .xlsx,
    /// and built as a Word table they took seconds and hundreds of megabytes.
    /// </summary>
    public const int OverdueListed = 100;

    // Widths in millimetres, for 13 pt Times New Roman with 1.9 mm of cell margin either side: "STT" in bold needs
    // 12.5 mm, "KN002991" 24.2 mm, "05/02/2026" 24.7 mm, "12.345" 16.4 mm. A letter's line is 165 mm, an annex's 252 mm.
    private const double Figure = 18;

    public static byte[] ToBytes(WeeklyReport r, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var t = r.Totals;
        var number = $"Số:        /BC-{issuer.Code}";
        var document = new OfficialDocument(
                new Issuer(issuer.SuperiorBody, issuer.Body, number, issuer.Place, today),
                "BÁO CÁO", "Tình hình tiếp nhận, xử lý phản ánh, kiến nghị của địa phương", r.Period.Text())
            .Paragraph($"Thực hiện cơ chế phản hồi thông tin hai chiều giữa Bộ Công Thương và địa phương, {issuer.Name} "
                + $"báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị của địa phương trên hệ thống Cầu Nối {r.Period.Text()} "
                + $"(phạm vi số liệu: {char.ToLower(r.Coverage[0], VietnameseText.Culture)}{r.Coverage[1..]}; số liệu tính đến hết ngày {Display.Date(r.CutOff)}) như sau:")
            .Heading("I. KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
            .Heading("1. Tổng hợp chung")
            .Paragraph($"Trong kỳ, tiếp nhận {N(t.Received)} phản ánh, kiến nghị ({Change(r.Change.Received)} so với kỳ trước); "
                + $"đã trả lời {N(t.Answered)} kiến nghị, trong đó {N(t.AnsweredOnTime)} kiến nghị trả lời đúng hạn, {N(t.AnsweredLate)} kiến nghị trả lời quá hạn. "
                + $"Đến hết ngày {Display.Date(r.CutOff)}, còn {N(t.Open)} kiến nghị đang xử lý, trong đó {N(t.Overdue)} kiến nghị quá hạn.")
            .Table([new("Chỉ tiêu", 0), new("Kỳ này", 28, Centred: true, NoWrap: true), new("Kỳ trước", 28, Centred: true, NoWrap: true),
                    new("Tăng (+), giảm (-)", 28, Centred: true, NoWrap: true)],
                WeeklyReport.Measures.Select(m => (IReadOnlyList<string>)[m.Label, N(m.Of(r.Totals)), N(m.Of(r.PreviousTotals)), Signed(m.Of(r.Change))]))
            .Heading("2. Theo địa bàn, đơn vị xử lý, lĩnh vực và lãnh đạo phụ trách");
        var letter = 'a';
        foreach (var b in r.Breakdowns())
            document.Point($"{letter++}) {b.Title}")
                .Table([new(b.Heading, 0), .. WeeklyReport.Measures.Select(m => new TableColumn(m.Heading, Figure, Centred: true, NoWrap: true))],
                    b.Rows.Select(row => Line(row.Name, row.Figures)).Append(Line("Tổng cộng", t)), boldLastRow: true);

        document.Heading("II. KIẾN NGHỊ QUÁ HẠN");
        if (r.Overdue.Count == 0) document.Paragraph($"Đến hết ngày {Display.Date(r.CutOff)}, không có kiến nghị quá hạn.");
        else
            document.Paragraph($"Đến hết ngày {Display.Date(r.CutOff)}, còn {N(r.Overdue.Count)} kiến nghị quá hạn chưa được trả lời"
                + (r.Overdue.Count > OverdueListed
                    ? $"; Phụ lục kèm theo liệt kê {N(OverdueListed)} kiến nghị quá hạn lâu nhất, danh sách đầy đủ tại tệp Excel của báo cáo."
                    : " (danh sách tại Phụ lục kèm theo)."));

        document.Heading("III. ĐỀ XUẤT");
        var point = 1;
        if (t.Overdue > 0)
            document.Paragraph($"{point++}. Đề nghị các đơn vị thuộc Bộ khẩn trương trả lời {N(t.Overdue)} kiến nghị quá hạn nêu tại Mục II.");
        document.Paragraph($"{point}. Đề nghị các địa phương tiếp tục phản ánh kịp thời khó khăn, vướng mắc qua hệ thống Cầu Nối để Bộ Công Thương xem xét, xử lý.")
            .Paragraph($"{issuer.Name} kính báo cáo./.");

        if (r.Overdue.Count > 0)
            document.Annex($"Danh sách kiến nghị quá hạn đến hết ngày {Display.Date(r.CutOff)}",
                    $"Kèm theo Báo cáo số        /BC-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}")
                .Table(OverdueColumns,
                    r.Overdue.Take(OverdueListed).Select((o, i) => (IReadOnlyList<string>)[N(i + 1), o.Number, o.Title, o.ProvinceName, o.UnitName, Display.Date(o.DueOn), N(o.DaysOverdue)]));
        return document.ToBytes([.. signOff.Recipients.Select(issuer.Fill)], new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>The annex's columns: the number, code, date and days keep on one line; the title takes what is left.</summary>
    public static readonly IReadOnlyList<TableColumn> OverdueColumns =
    [
        new("STT", 14, Centred: true, NoWrap: true), new("Số", 27, Centred: true, NoWrap: true), new("Tiêu đề", 0),
        new("Tỉnh, thành phố", 34), new("Đơn vị xử lý", 44), new("Hạn trả lời", 27, Centred: true, NoWrap: true),
        new("Số ngày quá hạn", 22, Centred: true, NoWrap: true),
    ];

    private static IReadOnlyList<string> Line(string name, WeeklyReport.Figures f) => [name, .. WeeklyReport.Measures.Select(m => N(m.Of(f)))];

    private static string N(int n) => Display.Number(n);

    private static string Signed(int n) => n > 0 ? "+" + N(n) : N(n);

    private static string Change(int n) => n > 0 ? $"tăng {N(n)}" : n < 0 ? $"giảm {N(-n)}" : "không thay đổi";
}
