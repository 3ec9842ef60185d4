using CauNoi.Web.Features.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Reports;

/// <summary>The .docx to the Government lists the longest overdue recommendations; the full list is in the .xlsx.</summary>
public class WeeklyReportDocumentTests
{
    private static WeeklyReport WithOverdue(int count)
    {
        var week = new ReportPeriod(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        var previous = new ReportPeriod(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15));
        var totals = new WeeklyReport.Figures(count, 0, 0, count, count);
        var zero = new WeeklyReport.Figures(0, 0, 0, 0, 0);
        var overdue = Enumerable.Range(1, count)
            .Select(i => new WeeklyReport.OverdueItem(i, $"KN-{i:D6}", $"Kiến nghị quá hạn số {i}", "Hà Nội", "Cục Điện lực",
                new DateOnly(2026, 1, 1).AddDays(i), 300 - i))
            .ToList();
        return new WeeklyReport(week, week.To, previous, "toàn quốc", totals, zero, totals, [], [], [], [], overdue);
    }

    private static (string Text, int OverdueRows) Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var overdueTable = body.Descendants<Table>().Last(t => t.InnerText.Contains("Số ngày quá hạn"));
        return (body.InnerText, overdueTable.Elements<TableRow>().Count() - 1);
    }

    [Fact]
    public void ThousandsOverdue_ListsTheHundredLongestOverdue_AndPointsToTheWorkbook()
    {
        var (text, rows) = Read(WeeklyReportDocument.ToBytes(WithOverdue(4_050), new DateOnly(2026, 11, 22)));

        Assert.Equal(WeeklyReportDocument.OverdueListed, rows);
        Assert.Contains("còn 4.050 kiến nghị quá hạn", text);
        Assert.Contains("100 kiến nghị quá hạn lâu nhất, danh sách đầy đủ tại tệp Excel", text);
        Assert.Contains("Kiến nghị quá hạn số 1", text);
        Assert.DoesNotContain("Kiến nghị quá hạn số 101", text);
    }

    [Fact]
    public void AFewOverdue_AreAllListed()
    {
        var (text, rows) = Read(WeeklyReportDocument.ToBytes(WithOverdue(7), new DateOnly(2026, 11, 22)));

        Assert.Equal(7, rows);
        Assert.DoesNotContain("danh sách đầy đủ", text);
    }
}
