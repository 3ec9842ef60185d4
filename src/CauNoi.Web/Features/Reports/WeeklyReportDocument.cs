using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The weekly report to the Government as a .docx draft (Decree 30/2020/NĐ-CP layout) that the hub's
/// clerical office numbers and signs; every figure comes from the <see cref="WeeklyReport"/> it is given.
/// </summary>
public static class WeeklyReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// A report to the Government lists the longest overdue; thousands of rows (a national year) belong in the .xlsx,
    /// and built as a Word table they took seconds and hundreds of megabytes.
    /// </summary>
    public const int OverdueListed = 100;

    public static readonly string[] Recipients = ["- Văn phòng Chính phủ;", "- Lãnh đạo Bộ;", "- Lưu: VT, CTĐP."];

    public static byte[] ToBytes(WeeklyReport r, DateOnly today)
    {
        var t = r.Totals;
        var document = new OfficialDocument(
                new Issuer("Bộ Công Thương", "Cục Công Thương địa phương", "Số:        /BC-CTĐP", "Hà Nội", today),
                "BÁO CÁO", "Tình hình tiếp nhận, xử lý phản ánh, kiến nghị của địa phương", r.Period.Text())
            .Paragraph($"Thực hiện cơ chế phản hồi thông tin hai chiều giữa Bộ Công Thương và địa phương, Cục Công Thương địa phương "
                + $"báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị của địa phương trên hệ thống Cầu Nối {r.Period.Text()} "
                + $"(phạm vi số liệu: {char.ToLower(r.Coverage[0], VietnameseText.Culture)}{r.Coverage[1..]}; số liệu tính đến hết ngày {Display.Date(r.CutOff)}) như sau:")
            .Heading("I. KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
            .Heading("1. Tổng hợp chung")
            .Paragraph($"Trong kỳ, tiếp nhận {N(t.Received)} phản ánh, kiến nghị ({Change(r.Change.Received)} so với kỳ trước); "
                + $"đã trả lời {N(t.Answered)} kiến nghị, trong đó {N(t.AnsweredOnTime)} kiến nghị trả lời đúng hạn, {N(t.AnsweredLate)} kiến nghị trả lời quá hạn. "
                + $"Đến hết ngày {Display.Date(r.CutOff)}, còn {N(t.Open)} kiến nghị đang xử lý, trong đó {N(t.Overdue)} kiến nghị quá hạn.")
            .Table(["Chỉ tiêu", "Kỳ này", "Kỳ trước", "Tăng (+), giảm (-)"],
                WeeklyReport.Measures.Select(m => (IReadOnlyList<string>)[m.Label, N(m.Of(r.Totals)), N(m.Of(r.PreviousTotals)), Signed(m.Of(r.Change))]),
                [46, 18, 18, 18])
            .Heading("2. Theo địa bàn, đơn vị xử lý, lĩnh vực và lãnh đạo phụ trách");
        var letter = 'a';
        foreach (var b in r.Breakdowns())
            document.Point($"{letter++}) {b.Title}")
                .Table([b.Heading, .. WeeklyReport.Measures.Select(m => m.Heading)],
                    b.Rows.Select(row => Line(row.Name, row.Figures)).Append(Line("Tổng cộng", t)),
                    [34, 11, 11, 11, 11, 11, 11], boldLastRow: true);

        document.Heading("II. KIẾN NGHỊ QUÁ HẠN");
        if (r.Overdue.Count == 0) document.Paragraph($"Đến hết ngày {Display.Date(r.CutOff)}, không có kiến nghị quá hạn.");
        else
            document.Paragraph($"Đến hết ngày {Display.Date(r.CutOff)}, còn {N(r.Overdue.Count)} kiến nghị quá hạn chưa được trả lời"
                    + (r.Overdue.Count > OverdueListed
                        ? $"; dưới đây là {N(OverdueListed)} kiến nghị quá hạn lâu nhất, danh sách đầy đủ tại tệp Excel của báo cáo:"
                        : ":"))
                .Table(["STT", "Số", "Tiêu đề", "Tỉnh, thành phố", "Đơn vị xử lý", "Hạn trả lời", "Số ngày quá hạn"],
                    r.Overdue.Take(OverdueListed).Select((o, i) => (IReadOnlyList<string>)[N(i + 1), o.Number, o.Title, o.ProvinceName, o.UnitName, Display.Date(o.DueOn), N(o.DaysOverdue)]),
                    [7, 13, 28, 15, 16, 11, 10], textColumns: 5);

        document.Heading("III. ĐỀ XUẤT");
        var point = 1;
        if (t.Overdue > 0)
            document.Paragraph($"{point++}. Đề nghị các đơn vị thuộc Bộ khẩn trương trả lời {N(t.Overdue)} kiến nghị quá hạn nêu tại Mục II.");
        document.Paragraph($"{point}. Đề nghị các địa phương tiếp tục phản ánh kịp thời khó khăn, vướng mắc qua hệ thống Cầu Nối để Bộ Công Thương xem xét, xử lý.")
            .Paragraph("Cục Công Thương địa phương kính báo cáo./.");
        return document.ToBytes(Recipients, new Signer("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "………………………"));
    }

    private static IReadOnlyList<string> Line(string name, WeeklyReport.Figures f) => [name, .. WeeklyReport.Measures.Select(m => N(m.Of(f)))];

    private static string N(int n) => Display.Number(n);

    private static string Signed(int n) => n > 0 ? "+" + N(n) : N(n);

    private static string Change(int n) => n > 0 ? $"tăng {N(n)}" : n < 0 ? $"giảm {N(-n)}" : "không thay đổi";
}
