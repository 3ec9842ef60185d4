using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using CauNoi.Web.Shared.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Reports;

/// <summary>
/// The .docx's overdue list: the longest overdue only (the full list is in the .xlsx), in a landscape annex whose
/// codes, dates and "STT" have the room to stay on one line.
/// </summary>
public class WeeklyReportDocumentTests
{
    public static readonly ReportIssuer Hub = new(IssuerLevel.Ministry, "Bộ Công Thương", "Cục Công Thương địa phương", "Cục Công Thương địa phương", "CTĐP", "Hà Nội", "");

    private static WeeklyReport WithOverdue(int count)
    {
        var week = new ReportPeriod(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        var previous = new ReportPeriod(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15));
        var totals = new WeeklyReport.Figures(count, 0, 0, count, count);
        var zero = new WeeklyReport.Figures(0, 0, 0, 0, 0);
        var overdue = Enumerable.Range(1, count)
            .Select(i => new WeeklyReport.OverdueItem(i, $"KN{i:D6}", $"Kiến nghị quá hạn số {i}", "Hà Nội", "Cục Điện lực",
                new DateOnly(2026, 1, 1).AddDays(i), 300 - i))
            .ToList();
        return new WeeklyReport(week, week.To, previous, "toàn quốc", totals, zero, totals, [], [], [], [], overdue);
    }

    private static byte[] Docx(int overdue) =>
        WeeklyReportDocument.ToBytes(WithOverdue(overdue), new DateOnly(2026, 11, 22), Hub, ReportSignOffs.Defaults[IssuerLevel.Ministry]);

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
        var (text, rows) = Read(Docx(4_050));

        Assert.Equal(WeeklyReportDocument.OverdueListed, rows);
        Assert.Contains("còn 4.050 kiến nghị quá hạn", text);
        Assert.Contains("100 kiến nghị quá hạn lâu nhất, danh sách đầy đủ tại tệp Excel", text);
        Assert.Contains("Kiến nghị quá hạn số 1", text);
        Assert.DoesNotContain("Kiến nghị quá hạn số 101", text);
    }

    [Fact]
    public void AFewOverdue_AreAllListed()
    {
        var (text, rows) = Read(Docx(7));

        Assert.Equal(7, rows);
        Assert.DoesNotContain("danh sách đầy đủ", text);
    }

    // Width of the widest text each column holds, worked by hand from Times New Roman's advance widths (in ems:
    // digits 0.5, "/" 0.278, "." 0.25; regular K 0.722, N 0.722; bold S 0.556, T 0.667), at the tables' 13 pt:
    //   "STT" (bold header)        1.890 em = 24.6 pt =  8.67 mm
    //   "KN002991"                 4.444 em = 57.8 pt = 20.38 mm
    //   "22/11/2026"               4.556 em = 59.2 pt = 20.89 mm
    //   "1.234" (days overdue)     2.250 em = 29.3 pt = 10.32 mm
    // plus a cell margin on either side. A column narrower than that breaks its text: "ST/T", "KN00/2991".
    public static readonly TheoryData<string, double> Widest = new()
    {
        { "STT", 8.67 }, { "Số", 20.38 }, { "Hạn trả lời", 20.89 }, { "Số ngày quá hạn", 10.32 },
    };

    [Theory, MemberData(nameof(Widest))]
    public void AnnexColumn_OfCodesDatesAndNumbers_IsWideEnoughForThem_AndItsCellsDoNotWrap(string heading, double textMillimetres)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(100)), false);
        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Số ngày quá hạn"));
        var rows = table.Elements<TableRow>().ToList();
        var column = rows[0].Elements<TableCell>().Select(c => c.InnerText).ToList().IndexOf(heading);
        Assert.True(column >= 0, heading);

        var grid = int.Parse(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ElementAt(column).Width!.Value!);
        var margins = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableCellMarginDefault>()!;
        var inside = grid - margins.TableCellLeftMargin!.Width!.Value - margins.TableCellRightMargin!.Width!.Value;
        Assert.True(inside >= OfficialDocument.Twips(textMillimetres), $"“{heading}”: {inside} twips inside the cell, the text needs {OfficialDocument.Twips(textMillimetres)}");
        Assert.All(rows.Skip(1), row => Assert.NotNull(row.Elements<TableCell>().ElementAt(column).TableCellProperties!.GetFirstChild<NoWrap>()));
        Assert.All(rows, row => Assert.Equal(grid.ToString(), row.Elements<TableCell>().ElementAt(column).TableCellProperties!.TableCellWidth!.Width!.Value));
    }

    [Fact]
    public void Annex_IsOnLandscapePages_AfterTheSignature_AndTheLetterStaysPortrait()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(3)), false);
        var body = document.MainDocumentPart!.Document.Body!;

        var letter = body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.SectionProperties is not null).ParagraphProperties!.SectionProperties!;
        var annex = body.Elements<SectionProperties>().Single();
        Assert.Equal((11906u, 16838u), (letter.GetFirstChild<PageSize>()!.Width!.Value, letter.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal((16838u, 11906u), (annex.GetFirstChild<PageSize>()!.Width!.Value, annex.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal(PageOrientationValues.Landscape, annex.GetFirstChild<PageSize>()!.Orient!.Value);
        var order = body.Elements().Select(e => e.InnerText).ToList();
        Assert.True(order.FindIndex(t => t.StartsWith("Nơi nhận:")) < order.FindIndex(t => t == "Phụ lục"));
        Assert.Contains("(Kèm theo Báo cáo số        /BC-CTĐP ngày      tháng      năm 2026 của Cục Công Thương địa phương)", order);
    }

    [Theory]
    [InlineData("SỞ CÔNG THƯƠNG", 19, new[] { "SỞ CÔNG THƯƠNG" })]
    [InlineData("UBND TỈNH TUYÊN QUANG", 22, new[] { "UBND TỈNH TUYÊN QUANG" })]
    [InlineData("CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG", 19, new[] { "CỤC CÔNG THƯƠNG", "ĐỊA PHƯƠNG" })]
    [InlineData("UBND THÀNH PHỐ HỒ CHÍ MINH", 22, new[] { "UBND THÀNH PHỐ", "HỒ CHÍ MINH" })]
    [InlineData("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", 19, new[] { "PHÒNG KINH TẾ,", "HẠ TẦNG VÀ ĐÔ THỊ" })]
    [InlineData("CỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP", 19, new[] { "CỤC KỸ THUẬT AN", "TOÀN VÀ MÔI TRƯỜNG", "CÔNG NGHIỆP" })]
    public void HeaderName_TooLongForItsColumn_IsBrokenIntoEvenLines(string name, int fits, string[] lines) =>
        Assert.Equal(lines, OfficialDocument.Lines(name, fits));

    [Fact]
    public void NoOverdue_NoAnnex_OnePortraitSection()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(0)), false);
        var body = document.MainDocumentPart!.Document.Body!;

        Assert.DoesNotContain(body.Descendants<Paragraph>(), p => p.InnerText == "Phụ lục");
        Assert.Equal(11906u, body.Descendants<SectionProperties>().Single().GetFirstChild<PageSize>()!.Width!.Value);
    }
}
