using CauNoi.Tests.Features.Reports;
using CauNoi.Web.Features.Briefs;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Briefs;

/// <summary>
/// A brief at national scale (3,535 lines, the size its .docx was timed on): the .docx
/// lists every line in the annex, in order, each with its number, deadline and days overdue kept on one line. (That the
/// document is valid Open XML is checked on the weekly report's, which is written the same way and is smaller to validate.)
/// </summary>
public class LeaderBriefDocumentTests
{
    [Fact]
    public void ANationalBrief_ListsEveryLine_InOrder_EachNumberAndDateOnOneLine()
    {
        static LeaderBrief.Line Line(string number, int i) => new(i % 3 == 0 ? LeaderBrief.Overdue : LeaderBrief.DueThisWeek, number,
            $"Đề nghị hướng dẫn thủ tục cấp phép đầu tư hạ tầng kỹ thuật cụm công nghiệp số {i}", "Tỉnh Tuyên Quang · Cục Điện lực",
            i % 10 == 0 ? null : new DateOnly(2026, 1, 1).AddDays(i % 330), i % 3 == 0 ? i % 400 + 1 : null, "/");
        var brief = new LeaderBrief("lanhdao", "Nguyễn Văn An", "Thứ trưởng", "2026-W49", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6),
            new DateOnly(2026, 12, 4), [], [],
            [.. Enumerable.Range(1, 1_500).Select(i => Line($"KN{i:D6}", i))], [.. Enumerable.Range(1, 1_500).Select(i => Line($"NV-2026-{i:D6}", i))],
            [.. Enumerable.Range(1, 535).Select(i => Line($"BC-CT-{i:D6}", i))]);

        var docx = LeaderBriefDocument.ToBytes(brief, new DateOnly(2026, 12, 4), WeeklyReportDocumentTests.Hub, ReportSignOffs.Defaults[IssuerLevel.Ministry]);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().Select(r => r.Elements<W.TableCell>().ToList())
            .Where(cells => cells.Count == 7 && cells[0].InnerText != "STT").ToList();
        Assert.Equal(brief.Recommendations.Concat(brief.Tasks).Concat(brief.Indicators)
                .Select(l => (l.Number, l.Deadline?.ToString("dd/MM/yyyy") ?? "", l.DaysOverdue?.ToString() ?? "")),
            rows.Select(cells => (cells[1].InnerText, cells[5].InnerText, cells[6].InnerText)));
        Assert.All(rows, cells => Assert.All(new[] { cells[0], cells[1], cells[5], cells[6] },
            cell => Assert.NotNull(cell.TableCellProperties!.GetFirstChild<W.NoWrap>())));
    }
}
