using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;

namespace CauNoi.Web.Features.Briefs;

/// <summary>
/// A leader's weekly brief as a .docx in the Decree 30/2020/NĐ-CP layout: what the leader follows and how many lines of
/// each kind, then the lines themselves in a landscape annex, each with its record number and deadline kept on one line.
/// </summary>
public static class LeaderBriefDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string FileName(LeaderBrief b) => $"ban-tin-tuan-{b.UserName}-{b.Week}.docx";

    public static byte[] ToBytes(LeaderBrief b, DateOnly today, ReportIssuer issuer, SignOff signOff)
    {
        var leader = b.LeaderTitle is { } title ? $"{title} {b.LeaderName}" : b.LeaderName;
        var document = new OfficialDocument(
                new Issuer(issuer.SuperiorBody, issuer.Body, $"Số:        /BT-{issuer.Code}", issuer.Place, today),
                "BẢN TIN TUẦN", $"Công việc cần theo dõi của {leader}", $"Tuần {b.Week[^2..]}/{b.From.Year}, {new ReportPeriod(b.From, b.To).Text()}")
            .Paragraph($"{issuer.Name} báo cáo {leader} các công việc cần chỉ đạo trong tuần (tình trạng tính đến hết ngày {Display.Date(b.AsOf)}), "
                + $"thuộc {Followed(b)}:")
            .Heading("I. KIẾN NGHỊ CỦA ĐỊA PHƯƠNG")
            .Paragraph(Counted(b.Recommendations, "kiến nghị", (LeaderBrief.Overdue, "quá hạn xử lý"), (LeaderBrief.DueThisWeek, "đến hạn trong tuần")))
            .Heading("II. NHIỆM VỤ ĐƯỢC GIAO")
            .Paragraph(Counted(b.Tasks, "nhiệm vụ", (LeaderBrief.Overdue, "quá hạn chưa hoàn thành"), (LeaderBrief.DueThisWeek, "đến hạn trong tuần")))
            .Heading("III. CHỈ TIÊU VÀ BÁO CÁO SỐ LIỆU")
            .Paragraph(Counted(b.Indicators, "trường hợp", (LeaderBrief.BelowTarget, "chỉ tiêu chưa đạt kế hoạch ở kỳ gần nhất có số liệu"),
                (LeaderBrief.Missing, "báo cáo quá hạn chưa nộp")))
            .Paragraph(b.IsEmpty ? "Trong tuần không có việc cần theo dõi thêm." : "Danh sách chi tiết tại Phụ lục kèm theo.")
            .Paragraph($"{issuer.Name} kính báo cáo./.");

        if (!b.IsEmpty)
        {
            document.Annex($"Công việc cần theo dõi tuần {b.Week[^2..]}/{b.From.Year}",
                $"Kèm theo Bản tin số        /BT-{issuer.Code} ngày      tháng      năm {today.Year} của {issuer.Name}");
            Section(document, "I. Kiến nghị", "Địa phương · đơn vị xử lý", b.Recommendations);
            Section(document, "II. Nhiệm vụ", "Đơn vị chủ trì (người chủ trì)", b.Tasks);
            Section(document, "III. Chỉ tiêu và báo cáo số liệu", "Tỉnh, cơ quan báo cáo", b.Indicators);
        }
        string[] recipients = [$"- {leader} (để báo cáo);", $"- Lưu: VT, {issuer.Code}."];
        return document.ToBytes(recipients, new Signer(signOff.Authority, signOff.Position, signOff.Name));
    }

    /// <summary>
    /// The columns: the number, the deadline and the days keep on one line (13 pt Times New Roman: "KN000123" needs
    /// about 25 mm, a form's or indicator's code of 12 characters about 36 mm, "05/02/2026" 24.7 mm); the work takes what is left.
    /// </summary>
    public static IReadOnlyList<TableColumn> Columns(string whose) =>
    [
        new("STT", 13, Centred: true, NoWrap: true), new("Số", 38, Centred: true, NoWrap: true), new("Nội dung", 0),
        new(whose, 52), new("Tình trạng", 36), new("Hạn", 27, Centred: true, NoWrap: true), new("Quá hạn (ngày)", 22, Centred: true, NoWrap: true),
    ];

    private static void Section(OfficialDocument document, string heading, string whose, IReadOnlyList<LeaderBrief.Line> lines)
    {
        document.Heading(heading);
        if (lines.Count == 0)
        {
            document.Paragraph("Không có.");
            return;
        }
        document.Table(Columns(whose), lines.Select((l, i) => (IReadOnlyList<string>)
        [
            Display.Number(i + 1), l.Number, l.What, l.Whose, LeaderBrief.KindName(l.Kind) + (l.Note is { } note ? $" ({note})" : ""),
            l.Deadline is { } d ? Display.Date(d) : "", l.DaysOverdue is { } days ? Display.Number(days) : "",
        ]));
    }

    private static string Followed(LeaderBrief b)
    {
        List<string> parts = [];
        if (b.Provinces.Count > 0) parts.Add("các tỉnh, thành phố được phân công phụ trách (" + string.Join(", ", b.Provinces.Select(p => p.Name)) + ")");
        if (b.Units.Count > 0) parts.Add("các đơn vị được phân công chỉ đạo (" + string.Join(", ", b.Units.Select(u => u.Name)) + ")");
        return parts.Count == 0 ? "phạm vi chưa được phân công tỉnh hoặc đơn vị nào" : string.Join(" và ", parts);
    }

    private static string Counted(IReadOnlyList<LeaderBrief.Line> lines, string noun, params (string Kind, string Words)[] kinds) =>
        "Có " + string.Join("; ", kinds.Select(k => $"{Display.Number(lines.Count(l => l.Kind == k.Kind))} {noun} {k.Words}")) + ".";
}
