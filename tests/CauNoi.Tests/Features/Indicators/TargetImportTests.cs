using System.Net.Http.Headers;
using System.Text.Json;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// Targets imported from a workbook: a good list sets every row; a list with one wrong row (an unknown province, a document
/// number not in the official form, a fifth quarter, a row twice) is refused whole, naming the row and column; the template
/// downloaded, filled in and sent back is taken.
/// </summary>
public abstract class TargetImportTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Header =
        ["Mã chỉ tiêu", "Năm", "Quý (trống = cả năm)", "Tỉnh (mã hoặc tên)", "Khu vực (Bắc, Trung, Nam; trống = toàn quốc)", "Giá trị", "Số văn bản giao"];

    public static byte[] File(params object?[][] rows) => XlsxWriter.ToBytes(new XlsxSheet("Chỉ tiêu kế hoạch", Header, rows));

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string caller = "cuc.ctdp")
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { content, "file", "chi-tieu.xlsx" } };
        return await (await App.ApiAs(caller)).PostAsync("/api/v1/targets/import", form, Ct);
    }

    private async Task<List<(int Year, int? Quarter, string? Province, Region? Region, double Value, string Document, string SetBy)>> StoredAsync(int indicator)
    {
        await using var scope = App.Db();
        return [.. (await scope.Context.IndicatorTargets.Where(t => t.IndicatorId == indicator).ToListAsync(Ct))
            .Select(t => (t.Year, t.Quarter, t.ProvinceCode, t.Region, t.Value, t.DocumentNumber, t.SetByName))
            .OrderBy(t => t.ProvinceCode ?? "").ThenBy(t => t.Region)];
    }

    [Fact]
    public async Task AGoodList_SetsEveryTarget_ForAProvinceByCodeAndByName_ARegion_AndTheCountry()
    {
        var (code, id) = await TargetsPageTests.IndicatorAsync(App, Ct);

        var response = await UploadAsync(File(
            [code, 2026, null, "01", null, 1500, "10/QĐ-BCT"],
            [code, 2026, "Quý 1", "Tuyên Quang", null, "312,25", "11/qđ-bct"],
            [code, 2026, null, null, "Nam", 5000, "12/QĐ-BCT"],
            [code.ToLowerInvariant(), 2026, null, null, null, "20.000,5", "13/QĐ-BCT"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("count").GetInt32());
        const string hub = "Trần Thị Hương";
        Assert.Equal(
        [
            (2026, null, null, null, 20000.5, "13/QĐ-BCT", hub),
            (2026, null, null, Region.South, 5000, "12/QĐ-BCT", hub),
            (2026, null, "01", null, 1500, "10/QĐ-BCT", hub),
            (2026, 1, "08", null, 312.3, "11/QĐ-BCT", hub),   // 312,25 to one decimal, half away from zero
        ], await StoredAsync(id));
    }

    [Theory]
    [InlineData(3, "Hà Tây", "Tỉnh (mã hoặc tên)", "Không có tỉnh, thành phố “Hà Tây”")]   // a former province, merged in 2008
    [InlineData(6, "QĐ 12", "Số văn bản giao", "\"QĐ 12\" không đúng dạng")]
    [InlineData(2, 5, "Quý (trống = cả năm)", "Quý từ 1 đến 4, hoặc để trống cho cả năm.")]
    [InlineData(3, "01", "Mã chỉ tiêu", "Trùng với dòng 2: cùng chỉ tiêu, năm, quý và địa bàn")]
    public async Task AListWithOneWrongRow_IsRefusedWhole_NamingItsRowAndColumn(int column, object wrong, string header, string message)
    {
        var (code, id) = await TargetsPageTests.IndicatorAsync(App, Ct);
        object?[] Row(string province) => [code, 2026, null, province, null, 100, "20/QĐ-BCT"];
        var third = Row("08");
        third[column] = wrong;

        var response = await UploadAsync(File(Row("01"), Row("04"), third));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray());
        Assert.Equal((4, header), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Empty(await StoredAsync(id));
    }

    [Fact]
    public async Task AUnitThatFollowsAnotherIndicator_MayNotImportItsTargets()
    {
        var (code, id) = await TargetsPageTests.IndicatorAsync(App, Ct);

        // The Cục Điện lực follows commercial electricity (DIEN_TP), not this indicator.
        var response = await UploadAsync(File([code, 2026, null, "01", null, 100, "20/QĐ-BCT"]), "cuc.dienluc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray());
        Assert.Equal((2, "Mã chỉ tiêu"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.StartsWith($"Bạn không được giao chỉ tiêu kế hoạch cho chỉ tiêu {code}", error.GetProperty("message").GetString());
        Assert.Empty(await StoredAsync(id));
    }

    [Fact]
    public async Task TheTemplate_DownloadedFilledInAndSentBack_IsTaken()
    {
        var (code, id) = await TargetsPageTests.IndicatorAsync(App, Ct);
        var template = await (await App.ApiAs("cuc.ctdp")).GetAsync("/api/v1/targets/template", Ct);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var bytes = await template.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(["STT", .. Header], SpreadsheetReader.Read(new MemoryStream(bytes)).Single().Cells);

        var filled = new MemoryStream();
        filled.Write(bytes);
        using (var workbook = SpreadsheetDocument.Open(filled, true))
        {
            var part = workbook.WorkbookPart!;
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            Assert.Equal("Chỉ tiêu kế hoạch", first.Name!.Value);
            var data = ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            data.Append(Row(1, code, 2026, "", "Hà Nội", "", 2500, "30/QĐ-BCT"));
            data.Append(Row(2, code, 2026, 4, "", "Trung", 800.5, "31/QĐ-BCT"));
        }

        var response = await UploadAsync(filled.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        const string hub = "Trần Thị Hương";
        Assert.Equal([(2026, 4, null, Region.Centre, 800.5, "31/QĐ-BCT", hub), (2026, null, "01", null, 2500, "30/QĐ-BCT", hub)], await StoredAsync(id));
    }

    [Fact]
    public async Task ThePage_ListsTheProblemsByRow_ThenImportsTheCorrectedList()
    {
        var (code, id) = await TargetsPageTests.IndicatorAsync(App, Ct);
        var client = await PageClient.SignedIn(App, "cuc.ctdp");
        async Task<HttpResponseMessage> PostAsync(object? quarter)
        {
            var (_, page) = await client.GetAsync("/chi-tieu/ke-hoach");
            Assert.NotNull(page.QuerySelector("[data-testid=template][href='/api/v1/targets/template']"));
            using var body = new MultipartFormDataContent
            {
                { new StringContent(page.QuerySelector("#import-targets input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
                { new ByteArrayContent(File([code, 2027, null, "01", null, 100, "40/QĐ-BCT"], [code, 2027, quarter, "01", null, 30, "40/QĐ-BCT"])), "Upload", "chi-tieu.xlsx" },
            };
            return await client.Http.PostAsync("/chi-tieu/ke-hoach?handler=Import", body, Ct);
        }

        var wrong = await PostAsync("Quý năm");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var refused = PageClient.Parse(await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["3", "Quý (trống = cả năm)", "Quý “Quý năm” không hợp lệ: ghi 1, 2, 3 hoặc 4, hoặc để trống cho cả năm."],
            refused.QuerySelectorAll("[data-testid=problems] tbody td").Select(td => td.TextContent));
        Assert.Contains("Không chỉ tiêu kế hoạch nào được lưu.", refused.Body!.TextContent);
        Assert.Empty(await StoredAsync(id));

        var right = await PostAsync(3);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var (_, done) = await client.GetAsync(right.Headers.Location!.ToString());
        Assert.Contains("Đã nhập 2 chỉ tiêu kế hoạch", done.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(2, done.QuerySelectorAll("#targets tbody tr").Length);
        Assert.Equal(2, (await StoredAsync(id)).Count);
    }

    /// <summary>A row as someone fills it in Excel: text cells as text, numbers as numbers.</summary>
    private static Row Row(int number, params object[] values) => new(
        new[] { (object)number }.Concat(values).Select(v => v is string s
            ? new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) }
            : new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)) }));
}

[Collection(SqliteCollection.Name)]
public sealed class TargetImportOnSqlite(SqliteApp app) : TargetImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TargetImportOnPostgres(PostgresApp app) : TargetImportTests(app);
