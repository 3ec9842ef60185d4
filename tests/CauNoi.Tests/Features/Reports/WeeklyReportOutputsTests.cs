using CauNoi.Web.Features.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using X = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Reports;

/// <summary>The dashboard, the JSON, the .xlsx and the .docx of the known week show the same figures.</summary>
public abstract class WeeklyReportOutputsTests(CauNoiApp app) : AppTests(app)
{
    private const string Query = $"from={WeeklyReportWeek.From}&to={WeeklyReportWeek.To}";

    // Received, answered, on time, late, open, overdue: the order of WeeklyReport.Measures.
    private static readonly int[] Week = [8, 3, 2, 1, 8, 3];
    private static readonly int[] PreviousWeek = [7, 3, 1, 2, 4, 1];
    private static readonly int[] Change = [1, 0, 1, -1, 4, 2];
    private static readonly int[] HaNoi = [4, 2, 1, 1, 5, 1];

    private static IEnumerable<int> Values(WeeklyReport.Figures f) => WeeklyReport.Measures.Select(m => m.Of(f));

    private async Task<byte[]> Download(string format, string user = "lanhdao")
    {
        await WeeklyReportWeek.EnsureAsync(App);
        var response = await (await App.ApiAs(user)).GetAsync($"/api/v1/reports/weekly?{Query}&format={format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"bao-cao-tuan-2012-03-05-2012-03-11.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    [Fact]
    public async Task Json_HasTheWeeksFigures()
    {
        await WeeklyReportWeek.EnsureAsync(App);

        var report = (await (await App.ApiAs("lanhdao")).GetFromJsonAsync<WeeklyReport>($"/api/v1/reports/weekly?{Query}&format=json", ApiJson.Options, Ct))!;

        Assert.Equal(Week, Values(report.Totals));
        Assert.Equal(PreviousWeek, Values(report.PreviousTotals));
        Assert.Equal(Change, Values(report.Change));
        Assert.Equal(HaNoi, Values(report.ByProvince.Single(p => p.Key == "01").Figures));
        Assert.Equal(3, report.Overdue.Count);
        Assert.Equal("Toàn quốc", report.Coverage);
    }

    [Fact]
    public async Task Dashboard_ShowsTheSameFigures_WithTheChangeAndTheOverdueList()
    {
        var ids = (await WeeklyReportWeek.EnsureAsync(App)).Ids;
        var client = await PageClient.SignedIn(App, "lanhdao");

        var (status, page) = await client.GetAsync("/bao-cao-tuan?from=05/03/2012&to=11/03/2012");

        Assert.Equal(HttpStatusCode.OK, status);
        var cards = WeeklyReport.Measures.Select(m => page.QuerySelector($"[data-testid=totals] [data-figure={m.Name}]")!).ToList();
        Assert.Equal(Week.Select(n => n.ToString()), cards.Select(c => c.QuerySelector(".stat")!.TextContent));
        Assert.Equal(Change.Select(n => n.ToString()), cards.Select(c => c.QuerySelector("[data-change]")!.GetAttribute("data-change")));
        Assert.StartsWith("▲ 1 so với kỳ trước (7)", cards[0].QuerySelector("[data-change]")!.TextContent);
        Assert.StartsWith("▼ 1 so với kỳ trước (2)", cards[3].QuerySelector("[data-change]")!.TextContent);
        Assert.Equal(HaNoi.Select(n => n.ToString()),
            page.QuerySelectorAll("[data-testid=by-province] tr[data-key='01'] td[data-figure]").Select(td => td.TextContent));
        Assert.Equal(Week.Select(n => n.ToString()),
            page.QuerySelectorAll("[data-testid=by-field] tr[data-key=total] td[data-figure]").Select(td => td.TextContent));
        Assert.Equal([ids['D'], ids['L'], ids['F']], page.QuerySelectorAll("[data-testid=overdue] tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-id")!)));
        Assert.Equal("/bao-cao-tuan?from=27%2F02%2F2012&to=04%2F03%2F2012", page.QuerySelector("[data-testid=previous]")!.GetAttribute("href"));
        Assert.Equal("/bao-cao-tuan?from=12%2F03%2F2012&to=18%2F03%2F2012", page.QuerySelector("[data-testid=next]")!.GetAttribute("href"));
        Assert.Equal($"/api/v1/reports/weekly?{Query}&format=xlsx", page.QuerySelector("[data-testid=download-xlsx]")!.GetAttribute("href"));
        Assert.Contains("\"received\":[4,4]", page.QuerySelector("#weekly-report-data")!.TextContent);
        Assert.NotNull(page.QuerySelector("script[src^='/lib/chartjs/chart.umd.min.js']"));
    }

    [Fact]
    public async Task Dashboard_OfTheWeekUnderWay_OffersNoNextPeriod_WhichWouldBeInTheFuture()
    {
        var client = await PageClient.SignedIn(App, "lanhdao");

        var (status, page) = await client.GetAsync("/bao-cao-tuan");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("[data-testid=previous]"));
        Assert.Null(page.QuerySelector("[data-testid=next]"));
    }

    [Fact]
    public async Task Xlsx_HasTheSameFigures_OnEverySheet()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await Download("xlsx")), false);

        Assert.Equal(["Tổng hợp", "Theo tỉnh", "Theo đơn vị", "Theo lĩnh vực", "Theo lãnh đạo phụ trách", "Quá hạn"],
            workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Select(s => s.Name!.Value));
        var summary = Rows(workbook, "Tổng hợp")[Header..];
        Assert.Equal(["Chỉ tiêu", "Kỳ này", "Kỳ trước", "Tăng (+), giảm (-)"], summary[0]);
        Assert.Equal(Week.Select(n => n.ToString()), summary.Skip(1).Take(6).Select(r => r[1]));
        Assert.Equal(PreviousWeek.Select(n => n.ToString()), summary.Skip(1).Take(6).Select(r => r[2]));
        Assert.Equal(Change.Select(n => n.ToString()), summary.Skip(1).Take(6).Select(r => r[3]));
        var provinces = Rows(workbook, "Theo tỉnh")[Header..];
        Assert.Equal(["Thành phố Hà Nội", .. HaNoi.Select(n => n.ToString())], provinces.Single(r => r[0] == "Thành phố Hà Nội"));
        foreach (var sheet in new[] { "Theo tỉnh", "Theo đơn vị", "Theo lĩnh vực", "Theo lãnh đạo phụ trách" })
            Assert.Equal(["Tổng cộng", .. Week.Select(n => n.ToString())], Rows(workbook, sheet)[^1]);
        var overdue = Rows(workbook, "Quá hạn")[Header..];
        Assert.Equal(4, overdue.Count);
        Assert.Equal(["4", "4", "2"], overdue.Skip(1).Select(r => r[5]));
    }

    /// <summary>Rows above each sheet's header: its title, what it covers, an empty row.</summary>
    private const int Header = 3;

    [Fact]
    public async Task Xlsx_EverySheet_HasItsTitleAndPeriodAboveTheHeader_WhichStaysInView()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await Download("xlsx", "so.tuyenquang")), false);

        var titles = new Dictionary<string, string>
        {
            ["Tổng hợp"] = "tổng hợp", ["Theo tỉnh"] = "theo tỉnh", ["Theo đơn vị"] = "theo đơn vị", ["Theo lĩnh vực"] = "theo lĩnh vực",
            ["Theo lãnh đạo phụ trách"] = "theo lãnh đạo phụ trách", ["Quá hạn"] = "kiến nghị quá hạn đến hết ngày 11/03/2012",
        };
        foreach (var sheet in workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>())
        {
            var rows = Rows(workbook, sheet.Name!);
            Assert.Equal(["Báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị: " + titles[sheet.Name!]], rows[0]);
            Assert.Equal(["Từ ngày 05/03/2012 đến ngày 11/03/2012 (số liệu tính đến hết ngày 11/03/2012). "
                + "Đơn vị báo cáo: Sở Công Thương Tuyên Quang. Phạm vi số liệu: Kiến nghị của Tỉnh Tuyên Quang."], rows[1]);
            Assert.Empty(rows[2]);
            Assert.NotEmpty(rows[Header]);
            var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
            var pane = part.Worksheet.Descendants<X.Pane>().Single();
            Assert.Equal((4.0, "A5", X.PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value!, pane.State!.Value));
        }
        Assert.Equal("Chỉ tiêu", Rows(workbook, "Tổng hợp")[Header][0]);
        Assert.Equal(["Số", "Tiêu đề", "Tỉnh, thành phố", "Đơn vị xử lý", "Hạn trả lời", "Số ngày quá hạn"], Rows(workbook, "Quá hạn")[Header]);
        Assert.Empty(new OpenXmlValidator().Validate(workbook, Ct));
    }

    [Fact]
    public async Task Docx_OfAProvince_IsIssuedByItsSo_UnderItsProvince()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await Download("docx", "so.tuyenquang")), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

        foreach (var text in new[] { "UBND TỈNH TUYÊN QUANG", "SỞ CÔNG THƯƠNG", "Sở Công Thương Tuyên Quang kính báo cáo./.",
                     "- Bộ Công Thương (Cục Công Thương địa phương);", "- UBND tỉnh Tuyên Quang (để báo cáo);", "- Lưu: VT, SCT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" })
            Assert.Contains(text, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-SCT", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Tuyên Quang, ngày ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Sở Công Thương Tuyên Quang báo cáo tình hình tiếp nhận", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("CỤC CÔNG THƯƠNG") || p.Contains("Văn phòng Chính phủ") || p.Contains("Cục Công Thương địa phương kính"));
    }

    [Fact]
    public async Task Docx_OfACommune_IsIssuedByItsOffice_UnderItsCommune()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await Download("docx", "xa.hoankiem")), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

        foreach (var text in new[] { "UBND PHƯỜNG HOÀN KIẾM", "PHÒNG KINH TẾ,", "HẠ TẦNG VÀ ĐÔ THỊ", "- UBND phường Hoàn Kiếm (để báo cáo);",
                     "- Sở Công Thương Hà Nội;", "TRƯỞNG PHÒNG", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàn Kiếm kính báo cáo./." })
            Assert.Contains(text, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Hoàn Kiếm, ngày ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-KTHTĐT", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("CỤC CÔNG THƯƠNG") || p.Contains("Văn phòng Chính phủ") || p.Contains("UBND TỈNH"));
    }

    [Fact]
    public async Task Docx_IsAnOfficialReport_WithTheSameFigures()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await Download("docx")), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document, Ct));
        foreach (var text in new[] { "BỘ CÔNG THƯƠNG", "CỤC CÔNG THƯƠNG", "ĐỊA PHƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "BÁO CÁO", "Tình hình tiếp nhận, xử lý phản ánh, kiến nghị của địa phương", "từ ngày 05/03/2012 đến ngày 11/03/2012",
                     "Nơi nhận:", "- Văn phòng Chính phủ;", "- Lãnh đạo Bộ;", "- Lưu: VT, CTĐP.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG" })
            Assert.Contains(text, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-CTĐP", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Hà Nội, ngày ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("I. ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("II. ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("a) Theo tỉnh", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Trong kỳ, tiếp nhận 8 phản ánh, kiến nghị (tăng 1 so với kỳ trước); đã trả lời 3 kiến nghị", StringComparison.Ordinal));

        var summary = Table(body, "Chỉ tiêu");
        Assert.Equal(Week.Select(n => n.ToString()), summary.Skip(1).Select(r => r[1]));
        Assert.Equal(PreviousWeek.Select(n => n.ToString()), summary.Skip(1).Select(r => r[2]));
        Assert.Equal(Change.Select(n => n > 0 ? "+" + n : n.ToString()), summary.Skip(1).Select(r => r[3]));
        Assert.Equal(["Thành phố Hà Nội", .. HaNoi.Select(n => n.ToString())], Table(body, "Tỉnh, thành phố").Single(r => r[0] == "Thành phố Hà Nội"));
        Assert.Equal(["4", "4", "2"], Table(body, "STT").Skip(1).Select(r => r[6]));

        // Times New Roman throughout; 13–14 pt except the superior body and "Nơi nhận:" in 12 pt, and its list in 11 pt.
        var runs = body.Descendants<W.Run>().Where(r => r.InnerText.Length > 0).ToList();
        var font = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.All(runs, r => Assert.Equal("Times New Roman", (r.RunProperties?.RunFonts ?? font).Ascii!.Value));
        var smaller = runs.Where(r => int.Parse(r.RunProperties!.FontSize!.Val!.Value!) is < 26 or > 28).Select(r => r.InnerText);
        Assert.Equal(["BỘ CÔNG THƯƠNG", "Nơi nhận:", "- Văn phòng Chính phủ;", "- Lãnh đạo Bộ;", "- Lưu: VT, CTĐP."], smaller);
        Assert.Equal(28, int.Parse(runs.Single(r => r.InnerText == "BÁO CÁO").RunProperties!.FontSize!.Val!.Value!));

        // The letter's section ends at the paragraph that carries it; the overdue annex after it is landscape.
        var section = body.Elements<W.Paragraph>().Select(p => p.ParagraphProperties?.SectionProperties).OfType<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));   // A4 portrait
        Assert.InRange(Millimetres(margin.Top!.Value), 20, 25);
        Assert.InRange(Millimetres(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Millimetres((int)margin.Left!.Value), 30, 35);
        Assert.InRange(Millimetres((int)margin.Right!.Value), 15, 20);
    }

    private static double Millimetres(int twips) => Math.Round(twips / 1440.0 * 25.4);

    private static List<string[]> Rows(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<X.Row>()
            .Select(r => r.Elements<X.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }

    private static List<string[]> Table(W.Body body, string firstHeading) =>
        body.Elements<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .First(rows => rows[0][0] == firstHeading);
}

[Collection(SqliteCollection.Name)] public sealed class WeeklyReportOutputsOnSqlite(SqliteApp app) : WeeklyReportOutputsTests(app);
[Collection(PostgresCollection.Name)] public sealed class WeeklyReportOutputsOnPostgres(PostgresApp app) : WeeklyReportOutputsTests(app);
