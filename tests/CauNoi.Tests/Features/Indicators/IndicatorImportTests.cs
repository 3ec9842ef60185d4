using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// A report's figures from its own workbook or a CSV of its columns, checked as the page's save checks them, all or nothing;
/// and the figures already published, loaded by the Ministry into the accepted figures, former provinces and all.
/// </summary>
public abstract class IndicatorImportTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] ReportHeader = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Số liệu", "Giải trình", "Biểu mẫu", "Mã tỉnh", "Kỳ báo cáo"];
    private static readonly string[] HistoryHeader = ["Mã chỉ tiêu", "Mã tỉnh", "Kỳ", "Số liệu", "Nguồn"];

    private static byte[] Xlsx(string[] header, params object?[][] rows) => XlsxWriter.ToBytes(new XlsxSheet("Số liệu", header, rows));

    private async Task<HttpResponseMessage> UploadAsync(string caller, string url, byte[] file, string name, string? source = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        if (source is not null) form.Add(new StringContent(source), "source");
        return await (await App.ApiAs(caller)).PostAsync(url, form, Ct);
    }

    /// <summary>Hà Nội's draft for a month, with 10 entered for the whole.</summary>
    private async Task<(IndicatorSetup.TestForm Form, long Report)> DraftAsync(string period = "2024-03")
    {
        var form = await IndicatorSetup.FormAsync(App, Ct);
        var report = await IndicatorSetup.ReportAsync(await IndicatorSetup.PostAsync(App, IndicatorSetup.Officer, form, period,
            [new { indicator = form.Whole, value = 10 }], Ct), Ct);
        return (form, report.Id);
    }

    private async Task<Dictionary<int, double?>> EntriesAsync(long report)
    {
        await using var scope = App.Db();
        return await scope.Context.Set<ReportEntry>().Where(e => e.ReportId == report).ToDictionaryAsync(e => e.IndicatorId, e => e.Value, Ct);
    }

    private async Task<Dictionary<string, int>> IdsAsync(params string[] codes)
    {
        await using var scope = App.Db();
        return await scope.Context.Indicators.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, Ct);
    }

    private static async Task<List<(int? Row, string Column, string Message)>> ProblemsAsync(HttpResponseMessage response, CancellationToken ct)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return [.. body.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("row").ValueKind == JsonValueKind.Null ? (int?)null : e.GetProperty("row").GetInt32(),
            e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!))];
    }

    [Fact]
    public async Task TheReportsTemplate_FilledInAndImported_SavesItsFigures()
    {
        var (form, report) = await DraftAsync();
        var template = await (await App.ApiAs(IndicatorSetup.Officer)).GetAsync($"/api/v1/form-reports/{report}/template", Ct);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var rows = SpreadsheetReader.Read(new MemoryStream(await template.Content.ReadAsByteArrayAsync(Ct)));

        // The header, then one row per indicator of the form in its order, with the form, province and period, and the 10 entered.
        Assert.Equal(ReportHeader, rows[0].Cells);
        Assert.Equal([form.Whole, form.Part, form.Share], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["10", form.Code, "01", "2024-03"], [rows[1][3], rows[1][5], rows[1][6], rows[1][7]]);
        Assert.Equal("", rows[2][3]);

        // Filled in as an official would: a Vietnamese number typed as text, a plain one, a percentage with a comma.
        object?[] Filled(SpreadsheetRow row, string value, string? explanation = null) => [row[0], row[1], row[2], value, explanation, row[5], row[6], row[7]];
        var filled = Xlsx(ReportHeader, Filled(rows[1], "1.234,56", "Tăng do mùa lễ hội"), Filled(rows[2], "1000"), Filled(rows[3], "55,5"));
        var response = await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", filled, "so-lieu.xlsx");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var ids = await IdsAsync(form.Whole, form.Part, form.Share);
        var entries = await EntriesAsync(report);
        // 1.234,56 rounded to the whole's one decimal: 1234,6.
        Assert.Equal((1234.6, 1000.0, 55.5), (entries[ids[form.Whole]], entries[ids[form.Part]], entries[ids[form.Share]]));
        await using var scope = App.Db();
        Assert.Equal("Tăng do mùa lễ hội", await scope.Context.Set<ReportEntry>().Where(e => e.ReportId == report && e.IndicatorId == ids[form.Whole]).Select(e => e.Explanation).SingleAsync(Ct));
    }

    [Fact]
    public async Task AFileWithBadRows_IsRefusedWhole_EachProblemWithItsRowAndColumn()
    {
        var (form, report) = await DraftAsync();
        var file = Xlsx(ReportHeader,
            [form.Whole, null, null, "20", null, form.Code, "01", "2024-03"],
            [form.Part, null, null, "mười", null, form.Code, "01", "2024-03"],
            [form.Share, null, null, "150", null, form.Code, "01", "2024-03"],
            ["KHONGCO", null, null, "1", null, form.Code, "01", "2024-03"],
            [form.Whole, null, null, "30", null, form.Code, "01", "2024-03"],
            ["BLHH_DV", null, null, "1", null, form.Code, "01", "2024-03"]);

        var problems = await ProblemsAsync(await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", file, "so-lieu.xlsx"), Ct);

        Assert.Equal([(3, "Số liệu"), (4, "Số liệu"), (5, "Mã chỉ tiêu"), (6, "Mã chỉ tiêu"), (7, "Mã chỉ tiêu")], problems.Select(p => (p.Row!.Value, p.Column)));
        Assert.Contains("“mười” không phải là số", problems[0].Message);
        Assert.Contains("không được lớn hơn 100", problems[1].Message);
        Assert.Contains("Không có chỉ tiêu mã “KHONGCO”", problems[2].Message);
        Assert.Contains("đã có ở dòng 2", problems[3].Message);
        Assert.Contains($"không có trong biểu mẫu {form.Code}", problems[4].Message);
        // Nothing saved: the whole is still the 10 entered before, not the 20 of the first row.
        Assert.Equal(10.0, (await EntriesAsync(report))[(await IdsAsync(form.Whole))[form.Whole]]);
    }

    [Fact]
    public async Task AFileOfAnotherPeriod_IsRefusedOnceForTheWholeFile()
    {
        var (form, report) = await DraftAsync();
        var file = Xlsx(ReportHeader, [form.Whole, null, null, "20", null, form.Code, "01", "2024-02"], [form.Part, null, null, "5", null, form.Code, "01", "2024-02"]);

        var problem = Assert.Single(await ProblemsAsync(await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", file, "so-lieu.xlsx"), Ct));

        Assert.Equal((null, "Kỳ báo cáo"), (problem.Row, problem.Column));
        Assert.Contains("báo cáo này là của kỳ 2024-03", problem.Message);
    }

    [Fact]
    public async Task ACsvFile_SemicolonsOrCommas_WithOrWithoutBom_IsReadAsTheWorkbook()
    {
        var (form, report) = await DraftAsync();
        var ids = await IdsAsync(form.Whole, form.Part);
        // As Excel on Vietnamese Windows saves "CSV UTF-8": a byte-order mark, semicolons, decimal commas.
        var semicolons = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            $"Mã chỉ tiêu;Tên chỉ tiêu;Đơn vị tính;Số liệu;Giải trình\r\n{form.Whole};Tổng;tỷ đồng;1.500,5;\r\n{form.Part};Phần;tỷ đồng;200;\r\n")).ToArray();
        var first = await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", semicolons, "so-lieu.csv");
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync(Ct));
        Assert.Equal((1500.5, 200.0), ((await EntriesAsync(report))[ids[form.Whole]], (await EntriesAsync(report))[ids[form.Part]]));

        // Commas, no mark, a decimal comma quoted; a bad figure on the CSV's third line is named by that line.
        var commas = Encoding.UTF8.GetBytes($"Mã chỉ tiêu,Số liệu\n{form.Whole},\"1600,25\"\n{form.Part},-3\n");
        var refused = await ProblemsAsync(await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", commas, "so-lieu.csv"), Ct);
        Assert.Equal((3, "Số liệu"), (Assert.Single(refused).Row!.Value, refused[0].Column));
        Assert.Contains("không được nhỏ hơn 0", refused[0].Message);
        Assert.Equal(1500.5, (await EntriesAsync(report))[ids[form.Whole]]);

        var fixedFile = Encoding.UTF8.GetBytes($"Mã chỉ tiêu,Số liệu\n{form.Whole},\"1600,25\"\n{form.Part},3\n");
        Assert.True((await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", fixedFile, "so-lieu.csv")).IsSuccessStatusCode);
        Assert.Equal((1600.3, 3.0), ((await EntriesAsync(report))[ids[form.Whole]], (await EntriesAsync(report))[ids[form.Part]]));

        // A CSV saved in the old Windows code page is refused, not read as garbled text.
        var latin = new byte[] { 0x4D, 0xE3, 0x20, 0x63, 0x68, 0xEC, 0x0A };
        var notUtf8 = Assert.Single(await ProblemsAsync(await UploadAsync(IndicatorSetup.Officer, $"/api/v1/form-reports/{report}/import", latin, "so-lieu.csv"), Ct));
        Assert.Contains("UTF-8", notUtf8.Message);
    }

    [Fact]
    public async Task OnlyWhoMayEnterTheReport_ImportsIt_AnotherProvinceAndACommuneDoNotEvenSeeIt()
    {
        var (form, report) = await DraftAsync();
        var file = Xlsx(ReportHeader, [form.Whole, null, null, "20", null, null, null, null]);
        var url = $"/api/v1/form-reports/{report}/import";

        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(IndicatorSetup.OtherProvince, url, file, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync("xa.hoankiem", url, file, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs(IndicatorSetup.OtherProvince)).GetAsync($"/api/v1/form-reports/{report}/template", Ct)).StatusCode);
        // The Ministry sees the report but does not enter it; the head of department approves, and does not enter either.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("phutrach.hanoi", url, file, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(IndicatorSetup.Owner, url, file, "a.xlsx")).StatusCode);
        Assert.Equal(10.0, (await EntriesAsync(report))[(await IdsAsync(form.Whole))[form.Whole]]);

        // Once sent to the head of department, not even its officer imports into it.
        await IndicatorSetup.ReportAsync(await IndicatorSetup.PostAsync(App, IndicatorSetup.Officer, form, "2024-03",
            [new { indicator = form.Part, value = 1 }, new { indicator = form.Share, value = 1 }], Ct), Ct);
        Assert.Equal(HttpStatusCode.OK, (await IndicatorSetup.StepAsync(App, IndicatorSetup.Officer, report, "submit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(IndicatorSetup.Officer, url, file, "a.xlsx")).StatusCode);
    }

    [Fact]
    public async Task ThePage_OffersTheTemplate_AndListsTheProblemsOfARefusedFile()
    {
        var (form, report) = await DraftAsync();
        var client = await PageClient.SignedIn(App, IndicatorSetup.Officer);
        var (_, page) = await client.GetAsync($"/chi-tieu/bao-cao/{report}");
        Assert.Equal($"/api/v1/form-reports/{report}/template", page.QuerySelector("#template")!.GetAttribute("href"));
        var token = page.QuerySelector("#import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        async Task<HttpResponseMessage> PostAsync(byte[] file)
        {
            using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(file), "Upload", "so-lieu.xlsx" } };
            return await client.Http.PostAsync($"/chi-tieu/bao-cao/{report}?handler=Import", body, Ct);
        }

        var refused = await PostAsync(Xlsx(ReportHeader, [form.Whole, null, null, "20", null, null, null, null], [form.Share, null, null, "101", null, null, null, null]));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var cells = PageClient.Parse(await refused.Content.ReadAsStringAsync(Ct)).QuerySelectorAll("[data-testid=problems] tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal("3", cells[0]);
        Assert.Equal("Số liệu", cells[1]);
        Assert.Contains("không được lớn hơn 100", cells[2]);

        var saved = await PostAsync(Xlsx(ReportHeader, [form.Whole, null, null, "20", null, null, null, null]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(20.0, (await EntriesAsync(report))[(await IdsAsync(form.Whole))[form.Whole]]);
    }

    /// <summary>An indicator of its own, on no form (so any period type), additive, never below 0, followed by the given unit.</summary>
    private async Task<Indicator> IndicatorAsync(string? owningUnitCode)
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var token = RecommendationSteps.Token().ToUpperInvariant();
        var owner = owningUnitCode is null ? (int?)null : await db.Organisations.Where(o => o.Code == owningUnitCode).Select(o => o.Id).SingleAsync(Ct);
        var indicator = new Indicator { Code = $"H{token}", Name = $"Lịch sử {token}", Unit = "tỷ đồng", Decimals = 1, Minimum = 0, OwningUnitId = owner, Source = "Thử nghiệm" };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(Ct);
        return indicator;
    }

    [Fact]
    public async Task TheOwningUnit_LoadsFormerProvincesFigures_AndTheMergedSeriesSumsThem()
    {
        var indicator = await IndicatorAsync("DL");
        List<string> former;
        await using (var scope = App.Db()) former = await scope.Context.FormerProvinces.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(Ct);
        Assert.Equal(63, former.Count);
        // Each former province's figure is its own code as a number, for three months: 189 rows as a CSV.
        var csv = new StringBuilder("Mã chỉ tiêu,Mã tỉnh,Kỳ,Số liệu,Nguồn\n");
        foreach (var month in new[] { "2024-01", "2024-02", "2024-03" })
            foreach (var code in former) csv.Append($"{indicator.Code},{code},{month},{int.Parse(code)},\n");

        var response = await UploadAsync("cuc.dienluc", "/api/v1/values/import", Encoding.UTF8.GetBytes(csv.ToString()), "nien-giam-2024.csv", "Niên giám thống kê 2024");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var imported = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((189, 0, 0), (imported.GetProperty("added").GetInt32(), imported.GetProperty("replaced").GetInt32(), imported.GetProperty("unchanged").GetInt32()));
        var series = await (await App.ApiAs("xa.hoankiem")).GetFromJsonAsync<JsonElement>(
            $"/api/v1/reports/indicators?indicator={indicator.Code}&from=2024-03&province=08,79", Ct);
        var points = series.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("provinceCode").GetString()!);
        // Tuyên Quang today = Hà Giang (02) + Tuyên Quang (08) = 10; Thành phố Hồ Chí Minh = Bình Dương (74) + Bà Rịa – Vũng Tàu (77) + TP HCM (79) = 230.
        Assert.Equal((10.0, true), (points["08"].GetProperty("value").GetDouble(), points["08"].GetProperty("merged").GetBoolean()));
        Assert.Equal(230.0, points["79"].GetProperty("value").GetDouble());

        await using var check = App.Db();
        var stored = await check.Context.IndicatorValues.SingleAsync(v => v.IndicatorId == indicator.Id && v.FormerProvinceCode == "02" && v.Number == 3, Ct);
        Assert.Equal(("08", "Niên giám thống kê 2024", (long?)null), (stored.ProvinceCode, stored.Source, stored.ReportId));
        var audit = await check.Context.AuditEntries.Where(a => a.EntityType == nameof(IndicatorValue) && a.NewValues!.Contains("nien-giam-2024.csv")).ToListAsync(Ct);
        Assert.Contains("189 số liệu mới", Assert.Single(audit).NewValues);
    }

    [Fact]
    public async Task ReplacingAnAcceptedFigure_RecordsTheChange_AndTheSameFigureIsLeftAlone()
    {
        var indicator = await IndicatorAsync(null);
        await IndicatorSetup.AcceptedAsync(App, indicator.Id, "2025-08", 50, Ct, province: "01");
        await IndicatorSetup.AcceptedAsync(App, indicator.Id, "2025-09", 70, Ct, province: "01");
        var file = Xlsx(HistoryHeader, [indicator.Code, "01", "2025-08", "60", "Cục Thống kê, công bố 06/10/2025"], [indicator.Code, "1", "2025-09", "70", "Cục Thống kê"]);

        var response = await UploadAsync("cuc.ctdp", "/api/v1/values/import", file, "dieu-chinh.xlsx");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var imported = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((0, 1, 1), (imported.GetProperty("added").GetInt32(), imported.GetProperty("replaced").GetInt32(), imported.GetProperty("unchanged").GetInt32()));
        await using var scope = App.Db();
        var august = await scope.Context.IndicatorValues.SingleAsync(v => v.IndicatorId == indicator.Id && v.Number == 8, Ct);
        Assert.Equal((60.0, 2, "Cục Thống kê, công bố 06/10/2025"), (august.Value, august.Revision, august.Source));
        var change = await scope.Context.ValueChanges.SingleAsync(c => c.IndicatorId == indicator.Id, Ct);
        Assert.Equal((50.0, 60.0, true, august.Id, "Trần Thị Hương"), (change.OldValue!.Value, change.NewValue!.Value, change.Published, change.ValueId!.Value, change.ByName));
        Assert.Contains("Cục Thống kê, công bố 06/10/2025", change.Reason);
        Assert.Equal(1, await scope.Context.IndicatorValues.Where(v => v.IndicatorId == indicator.Id && v.Number == 9).Select(v => v.Revision).SingleAsync(Ct));
    }

    [Fact]
    public async Task BadHistoryRows_AreAllListed_AndNothingIsStored()
    {
        var (form, _) = await DraftAsync();
        var mine = await IndicatorAsync("DL");
        var next = VietnamTime.Today(TimeProvider.System).AddMonths(1);
        var file = Xlsx(HistoryHeader,
            [mine.Code, "02", "2024-05", "1", "Niên giám"],             // 2: a former province before the merger: fine
            [mine.Code, "02", "2025-08", "1", "Niên giám"],             // 3: Hà Giang is no province after the merger
            [mine.Code, "99", "2024-05", "1", "Niên giám"],             // 4: no former province 99
            [mine.Code, "08", "2024-13", "1", "Niên giám"],             // 5: no month 13
            [mine.Code, "08", $"{next.Year}-{next.Month:00}", "1", "Niên giám"],   // 6: not over yet
            [mine.Code, "08", "2024-05", "-5", "Niên giám"],            // 7: below the minimum
            [mine.Code, "2", "2024-05", "3", "Niên giám"],              // 8: row 2 again (Excel dropped the zero)
            ["KHONGCO", "08", "2024-05", "1", "Niên giám"],             // 9: unknown indicator
            [form.Whole, "08", "2024-05", "1", "Niên giám"],            // 10: another unit's indicator for Cục Điện lực
            [mine.Code, "08", "2024-06", "", ""]);                      // 11: no figure, no source
        var problems = await ProblemsAsync(await UploadAsync("cuc.dienluc", "/api/v1/values/import", file, "loi.xlsx"), Ct);

        Assert.Equal([(3, "Mã tỉnh"), (4, "Mã tỉnh"), (5, "Kỳ"), (6, "Kỳ"), (7, "Số liệu"), (8, "Mã tỉnh"), (9, "Mã chỉ tiêu"), (10, "Mã chỉ tiêu"), (11, "Số liệu"), (11, "Nguồn")],
            problems.Select(p => (p.Row!.Value, p.Column)));
        Assert.Contains("63 tỉnh cũ", problems[1].Message);
        Assert.Contains("chưa kết thúc", problems[3].Message);
        Assert.Contains("Trùng với dòng 2", problems[5].Message);
        Assert.Contains("do đơn vị khác thuộc Bộ theo dõi", problems[7].Message);
        await using var scope = App.Db();
        Assert.False(await scope.Context.IndicatorValues.AnyAsync(v => v.IndicatorId == mine.Id, Ct));

        // The hub may load the test form's indicator, but only by the months its form is reported in.
        var yearly = Assert.Single(await ProblemsAsync(await UploadAsync("cuc.ctdp", "/api/v1/values/import", Xlsx(HistoryHeader, [form.Whole, "01", "2024", "1", "Niên giám"]), "nam.xlsx"), Ct));
        Assert.Equal((2, "Kỳ"), (yearly.Row!.Value, yearly.Column));
        Assert.Contains("theo kỳ tháng", yearly.Message);
    }

    [Fact]
    public async Task AProvinceOfficer_CannotLoadPublishedFigures_NorOpenThePage()
    {
        var indicator = await IndicatorAsync(null);
        var file = Xlsx(HistoryHeader, [indicator.Code, "01", "2024-05", "1", "Niên giám"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(IndicatorSetup.Officer, "/api/v1/values/import", file, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("lanhdao", "/api/v1/values/import", file, "a.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await PageClient.SignedIn(App, IndicatorSetup.Officer)).GetAsync("/chi-tieu/nhap-so-lieu")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await PageClient.SignedIn(App, "cuc.dienluc")).GetAsync("/chi-tieu/nhap-so-lieu")).Status);
        await using var scope = App.Db();
        Assert.False(await scope.Context.IndicatorValues.AnyAsync(v => v.IndicatorId == indicator.Id, Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndicatorImportOnSqlite(SqliteApp app) : IndicatorImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndicatorImportOnPostgres(PostgresApp app) : IndicatorImportTests(app);
