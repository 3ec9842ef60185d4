using System.Globalization;
using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using X = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// The report equals the dashboard: the results page, its JSON, its .xlsx and its Decree 30 .docx show the same figures,
/// and they are the figures worked out by hand below; the completeness and catalogue workbooks hold their pages' tables.
/// </summary>
public abstract class IndicatorExportsTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>
    /// Quý III/2026 of an indicator of the test's own (tỷ đồng, one decimal, summed): every province 10 against 8 a year earlier,
    /// except Hà Nội 110 against 100 (88 in Quý II, target 100), Thành phố Hồ Chí Minh 300 against 250, Cao Bằng 40 against 40.
    /// The North (15 provinces): 110 + 40 + 13 × 10 = 280 against 100 + 40 + 13 × 8 = 244, +14.8%, target 250: 112.0%.
    /// The South (8): 300 + 7 × 10 = 370 against 250 + 7 × 8 = 306, +20.9%. The Centre (11): 110 against 88, +25.0%.
    /// The country: 760 against 638, +19.1%; target 800: 95.0%. No figure for Quý II but Hà Nội's, so no growth on it elsewhere.
    /// </summary>
    private sealed record Line(string Key, string Name, double? Value, double? YearEarlier, double? GrowthOnYear, double? Previous, double? GrowthOnPrevious,
        double? Target, double? ShareOfTarget, int? Rank);

    private static readonly Line[] Expected =
    [
        new("total", "Cả nước", 760, 638, 19.1, null, null, 800, 95.0, null),
        new("North", "Khu vực phía Bắc", 280, 244, 14.8, null, null, 250, 112.0, null),
        new("Centre", "Khu vực miền Trung", 110, 88, 25.0, null, null, null, null, null),
        new("South", "Khu vực phía Nam", 370, 306, 20.9, null, null, null, null, null),
        new("01", "Thành phố Hà Nội", 110, 100, 10.0, 88, 25.0, 100, 110.0, 2),
        new("79", "Thành phố Hồ Chí Minh", 300, 250, 20.0, null, null, null, null, 1),
        new("04", "Tỉnh Cao Bằng", 40, 40, 0.0, null, null, null, null, 3),
        new("96", "Tỉnh Cà Mau", 10, 8, 25.0, null, null, null, null, 34),
    ];

    private static readonly string[] Provinces =
        ["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68",
         "75", "79", "80", "82", "86", "91", "92", "96"];

    private async Task<Indicator> IndicatorAsync(string prefix = "X")
    {
        var code = prefix + RecommendationSteps.Token().ToUpperInvariant();
        await using var scope = App.Db();
        var indicator = new Indicator { Code = code, Name = "Doanh thu thử " + code, Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm", SortOrder = 999 };
        scope.Context.Indicators.Add(indicator);
        await scope.Context.SaveChangesAsync(Ct);
        return indicator;
    }

    private static IndicatorValue Figure(Indicator i, string province, int year, int quarter, double value, string? former = null, int revision = 1) => new()
    {
        IndicatorId = i.Id, ProvinceCode = province, FormerProvinceCode = former, PeriodType = PeriodType.Quarter, Year = year, Number = quarter,
        Value = value, Revision = revision, AcceptedAt = DateTime.UtcNow,
    };

    private async Task<string> ResultsAsync()
    {
        var indicator = await IndicatorAsync();
        await using var scope = App.Db();
        var db = scope.Context;
        foreach (var p in Provinces)
        {
            var (now, before) = p switch { "01" => (110.0, 100.0), "79" => (300.0, 250.0), "04" => (40.0, 40.0), _ => (10.0, 8.0) };
            db.IndicatorValues.AddRange(Figure(indicator, p, 2026, 3, now), Figure(indicator, p, 2025, 3, before));
        }
        db.IndicatorValues.Add(Figure(indicator, "01", 2026, 2, 88));
        foreach (var (province, region, value) in new[] { ((string?)null, (Region?)null, 800.0), (null, Region.North, 250.0), ("01", null, 100.0) })
            db.IndicatorTargets.Add(new IndicatorTarget
            {
                IndicatorId = indicator.Id, Year = 2026, Quarter = 3, ProvinceCode = province, Region = region, Value = value, DocumentNumber = "1/QĐ-BCT", SetByName = "Thử",
            });
        await db.SaveChangesAsync(Ct);
        return indicator.Code;
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static string Text(double? v) => v?.ToString("N1", Vi) ?? "";
    private static string Percent(double? v) => v is null ? "" : Text(v) + "%";

    [Fact]
    public async Task TheReportEqualsTheDashboard_OnThePage_InTheJson_TheXlsxAndTheDocx()
    {
        var code = await ResultsAsync();
        var client = await PageClient.SignedIn(App, "lanhdao");

        var (status, page) = await client.GetAsync($"/chi-tieu/ket-qua?chi-tieu={code}&ky=2026-Q3");
        Assert.Equal(HttpStatusCode.OK, status);
        var api = $"/api/v1/reports/indicators/results?indicator={code}&period=2026-Q3";
        Assert.Equal(api + "&format=xlsx", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
        Assert.Equal(api + "&format=docx", page.QuerySelector("#download-docx")!.GetAttribute("href"));
        var json = JsonDocument.Parse(await client.Http.GetStringAsync(api + "&format=json", Ct)).RootElement;
        var sheet = SpreadsheetReader.Read(new MemoryStream(await client.Http.GetByteArrayAsync(api + "&format=xlsx", Ct)));
        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.Http.GetByteArrayAsync(api + "&format=docx", Ct)), false);
        var body = docx.MainDocumentPart!.Document.Body!;

        var header = sheet.Single(r => r[0] == "Hạng");
        var annex = Table(body, "Hạng");
        var regions = Table(body, "Địa bàn");
        foreach (var e in Expected)
        {
            var isTotal = e.Rank is null;
            // The page: rank, name, figure, a year earlier, growth, the period before, growth, target, share.
            var cells = page.QuerySelector($"#provinces tr[data-code='{e.Key}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
            string[] shown = [e.Rank?.ToString() ?? "", Text(e.Value), Text(e.YearEarlier), Percent(e.GrowthOnYear), Text(e.Previous), Percent(e.GrowthOnPrevious),
                Text(e.Target), Percent(e.ShareOfTarget)];
            Assert.Equal(shown, (string[])[cells[0], .. cells.Skip(2)]);
            Assert.StartsWith(e.Name, cells[1]);

            var item = isTotal
                ? json.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("name").GetString() == e.Name)
                : json.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == e.Key);
            double? Number(string name) => item.GetProperty(name).ValueKind == JsonValueKind.Null ? null : item.GetProperty(name).GetDouble();
            Assert.Equal(e with { Key = "", Name = "" }, new Line("", "", Number("value"), Number("yearEarlier"), Number("growthOnYear"), Number("previous"),
                Number("growthOnPrevious"), Number("target"), Number("shareOfTarget"), item.GetProperty("rank").ValueKind == JsonValueKind.Null ? null : item.GetProperty("rank").GetInt32()));

            var row = sheet.Single(r => r.Number > header.Number && (isTotal ? r[2] == e.Name && r[1] == "" : r[1] == e.Key));
            double? Cell(int column) => row[column] == "" ? null : double.Parse(row[column], CultureInfo.InvariantCulture);
            Assert.Equal(e with { Key = "", Name = "" }, new Line("", "", Cell(3), Cell(4), Cell(5), Cell(6), Cell(7), Cell(8), Cell(9), row[0] == "" ? null : int.Parse(row[0])));
            Assert.Equal(e.Name, row[2]);

            if (!isTotal || e.Key == "total")
                Assert.Equal([e.Rank?.ToString() ?? "", e.Name, .. shown.Skip(1)], annex.Single(r => r[1] == e.Name)[..9]);
            if (isTotal)
                Assert.Equal([e.Name, Text(e.Value), Text(e.YearEarlier), Percent(e.GrowthOnYear), Text(e.Target), Percent(e.ShareOfTarget)], regions.Single(r => r[0] == e.Name));
        }

        Assert.Equal(34 + 1, annex.Count - 1);
        Assert.Equal("Cả nước", annex[^1][1]);
        var paragraphs = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Cả nước đạt 760,0 tỷ đồng, tăng 19,1% so với cùng kỳ năm trước (638,0 tỷ đồng); bằng 95,0% chỉ tiêu kế hoạch Bộ giao (800,0 tỷ đồng).", paragraphs);
        Assert.Contains("Có 34/34 tỉnh, thành phố có số liệu được chấp nhận. Dẫn đầu là Thành phố Hồ Chí Minh (300,0 tỷ đồng), Thành phố Hà Nội (110,0 tỷ đồng), "
            + "Tỉnh Cao Bằng (40,0 tỷ đồng); thấp nhất là Tỉnh Cà Mau (10,0 tỷ đồng), Thành phố Cần Thơ (10,0 tỷ đồng), Tỉnh An Giang (10,0 tỷ đồng).", paragraphs);
        foreach (var text in new[] { "BÁO CÁO", $"Tình hình thực hiện chỉ tiêu doanh thu thử {code}", "quý III/2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phụ lục" })
            Assert.Contains(text, paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-CTĐP", StringComparison.Ordinal));
        Assert.Empty(new OpenXmlValidator().Validate(docx, Ct));

        Assert.Equal($"Kết quả thực hiện chỉ tiêu Doanh thu thử {code}: Quý III/2026, Cả nước", sheet[0][0]);
        Assert.StartsWith("Đơn vị tính: tỷ đồng. Số liệu đã được Bộ chấp nhận", sheet[1][0]);
    }

    [Fact]
    public async Task TheXlsx_KeepsFiguresAsNumbers_ShownWithTheIndicatorsDecimals()
    {
        var code = await ResultsAsync();

        var response = await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/reports/indicators/results?indicator={code}&period=2026-Q3&region=North&format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"ket-qua-{code.ToLowerInvariant()}-2026-Q3-north.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook, Ct));
        var part = workbook.WorkbookPart!.WorksheetParts.Single();
        var haNoi = part.Worksheet.Descendants<X.Row>().Single(r => r.Elements<X.Cell>().ElementAtOrDefault(1)?.InnerText == "01").Elements<X.Cell>().ToList();
        var formats = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        string FormatOf(X.Cell c) => formats.NumberingFormats!.Elements<X.NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == formats.CellFormats!.Elements<X.CellFormat>().ElementAt((int)c.StyleIndex!.Value).NumberFormatId!.Value).FormatCode!;
        Assert.Equal((X.CellValues.Number, "110", "#,##0.0"), (haNoi[3].DataType!.Value, haNoi[3].CellValue!.Text, FormatOf(haNoi[3])));
        Assert.Equal((X.CellValues.Number, "10", "#,##0.0"), (haNoi[5].DataType!.Value, haNoi[5].CellValue!.Text, FormatOf(haNoi[5])));
        var rows = part.Worksheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["", "", "Khu vực phía Bắc", "280", "244", "14.8", "", "", "250", "112", ""], rows[4]);
        Assert.Equal(15, rows.Count - 5);   // the North's provinces, under the region's line
    }

    [Fact]
    public async Task AcrossTheMerger_TheNotesSayWhatWasCombined_WhatIsNotComparable_AndWhatWasRevised()
    {
        var indicator = await IndicatorAsync("M");
        await using (var scope = App.Db())
        {
            scope.Context.IndicatorValues.AddRange(
                Figure(indicator, "08", 2024, 3, 20, former: "02", revision: 2), Figure(indicator, "08", 2024, 3, 30, former: "08"),
                Figure(indicator, "79", 2024, 3, 200, former: "79"));
            await scope.Context.SaveChangesAsync(Ct);
        }
        var api = await App.ApiAs("so.hanoi");
        var query = $"/api/v1/reports/indicators/results?indicator={indicator.Code}&period=2024-Q3";

        var json = JsonDocument.Parse(await api.GetStringAsync(query, Ct)).RootElement;
        var sheet = SpreadsheetReader.Read(new MemoryStream(await api.GetByteArrayAsync(query + "&format=xlsx", Ct)));
        using var docx = WordprocessingDocument.Open(new MemoryStream(await api.GetByteArrayAsync(query + "&format=docx", Ct)), false);

        var tuyenQuang = json.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "08");
        Assert.Equal((50.0, true, true), (tuyenQuang.GetProperty("value").GetDouble(), tuyenQuang.GetProperty("merged").GetBoolean(), tuyenQuang.GetProperty("revised").GetBoolean()));
        Assert.Equal(["50", "Gộp tỉnh cũ; Đã điều chỉnh"], [sheet.Single(r => r[1] == "08")[3], sheet.Single(r => r[1] == "08")[10]]);
        Assert.Equal(["", "Không so sánh được (thiếu số liệu của tỉnh cũ)"], [sheet.Single(r => r[1] == "79")[3], sheet.Single(r => r[1] == "79")[10]]);
        var body = docx.MainDocumentPart!.Document.Body!;
        var hoChiMinh = Table(body, "Hạng").Single(r => r[1] == "Thành phố Hồ Chí Minh");
        Assert.Equal(["", "", "Không so sánh được (thiếu số liệu của tỉnh cũ)"], [hoChiMinh[0], hoChiMinh[2], hoChiMinh[9]]);
        var paragraphs = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("- Không so sánh được: Thành phố Hồ Chí Minh (thiếu số liệu của tỉnh cũ).", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("- Số liệu gộp từ các tỉnh cũ: ", StringComparison.Ordinal) && p.Contains("Tỉnh Tuyên Quang"));
        Assert.Contains("- Số liệu đã điều chỉnh sau khi chấp nhận: Tỉnh Tuyên Quang.", paragraphs);
        Assert.Contains("Cả nước: chưa tổng hợp được số liệu (thiếu số liệu của một số tỉnh).", paragraphs);
    }

    [Theory]
    [InlineData("indicator=KHONGCO&period=2025", "Không có chỉ tiêu mã “KHONGCO” trong danh mục")]
    [InlineData("period=2025", "Không có chỉ tiêu mã “”")]
    [InlineData("indicator=BLHH_DV&period=2025-13", "Kỳ “2025-13” không hợp lệ")]
    [InlineData("indicator=BLHH_DV&period=2025&region=Mekong", "Khu vực “Mekong” không hợp lệ")]
    [InlineData("indicator=BLHH_DV&period=2025&format=pdf", "Định dạng “pdf” không được hỗ trợ: chọn json, xlsx hoặc docx.")]
    public async Task BadParameters_AreRefusedInVietnamese_AsProblemDetails(string query, string detail)
    {
        var response = await (await App.ApiAs("lanhdao")).GetAsync($"/api/v1/reports/indicators/results?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Dữ liệu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheCompletenessXlsx_HoldsThePagesCounts()
    {
        var form = await IndicatorSetup.FormAsync(App, Ct, dueDays: 5);   // January due 05/02/2024
        await using (var scope = App.Db())
        {
            scope.Context.FormReports.Add(new FormReport
            {
                FormId = form.Id, OrganisationId = form.HaNoi, ProvinceCode = "01", PeriodType = PeriodType.Month, Year = 2024, Number = 1,
                State = ReportState.Approved, ReceivedAt = new DateTime(2024, 2, 6, 1, 0, 0, DateTimeKind.Utc), UpdatedAt = DateTime.UtcNow,
            });
            await scope.Context.SaveChangesAsync(Ct);
        }
        var client = await PageClient.SignedIn(App, IndicatorSetup.Owner);

        var (_, page) = await client.GetAsync($"/chi-tieu/bieu-mau/{form.Id}/tinh-hinh?nam=2024");
        var href = page.QuerySelector("#download-xlsx")!.GetAttribute("href")!;
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await client.Http.GetByteArrayAsync(href, Ct)), false);

        Assert.Equal($"/api/v1/completeness?form={form.Id}&year=2024&format=xlsx", href);
        // January: two expected, Hà Nội's approved a day late, Tuyên Quang's missing; February: both missing.
        string[][] counts = [["2", "1", "0", "1", "1", "0", "50,0%", "0,0%"], ["2", "0", "0", "0", "2", "0", "0,0%", "0,0%"]];
        var onPage = page.QuerySelectorAll("#totals tbody tr").Take(2).Select(r => r.Children.Skip(2).Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal(counts, onPage);
        var totals = Rows(workbook, "Tổng hợp");
        Assert.Equal(["Kỳ", "Hạn", "Dự kiến", "Đã nhận", "Đúng hạn", "Trễ hạn", "Còn thiếu", "Chưa đến hạn", "Tỷ lệ báo cáo (%)", "Tỷ lệ đúng hạn (%)"], totals[3]);
        Assert.Equal([["Tháng 1/2024", "2", "1", "0", "1", "1", "0", "50", "0"], ["Tháng 2/2024", "2", "0", "0", "0", "2", "0", "0", "0"]],
            totals.Skip(4).Take(2).Select(r => (string[])[r[0], .. r.Skip(2)]).ToArray());
        Assert.Equal(12, totals.Count - 4);
        var matrix = Rows(workbook, "Theo cơ quan");
        Assert.Equal(["Trễ hạn", "Còn thiếu"], matrix.Single(r => r.Length == 13 && r[0].EndsWith("Hà Nội", StringComparison.Ordinal))[1..3]);
    }

    [Fact]
    public async Task TheCatalogueXlsx_HoldsTheCataloguesTable()
    {
        var indicator = await IndicatorAsync("C");
        var client = await PageClient.SignedIn(App, "xa.badinh");

        var (_, page) = await client.GetAsync("/chi-tieu");
        var href = page.QuerySelector("#download-xlsx")!.GetAttribute("href")!;
        var rows = SpreadsheetReader.Read(new MemoryStream(await client.Http.GetByteArrayAsync(href, Ct)));

        Assert.Equal("/api/v1/indicators?format=xlsx", href);
        Assert.Equal(["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Số chữ số thập phân", "Cộng theo địa bàn", "Cộng theo thời gian"], rows[2].Cells.Take(6));
        Assert.Equal([indicator.Code, indicator.Name, "tỷ đồng", "1", "Cộng", "Cộng"], rows.Single(r => r[0] == indicator.Code).Cells.Take(6));
        Assert.Equal(page.QuerySelectorAll("#indicators tbody tr").Select(r => r.GetAttribute("data-code")), rows.Skip(3).Select(r => r[0]));
    }

    private static List<string[]> Rows(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<X.Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<X.Row>()
            .Select(r => r.Elements<X.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }

    private static List<string[]> Table(W.Body body, string firstHeading) =>
        body.Descendants<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .First(rows => rows[0][0] == firstHeading);
}

[Collection(SqliteCollection.Name)]
public sealed class IndicatorExportsOnSqlite(SqliteApp app) : IndicatorExportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndicatorExportsOnPostgres(PostgresApp app) : IndicatorExportsTests(app);
