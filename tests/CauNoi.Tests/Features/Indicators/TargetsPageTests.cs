using System.Text.RegularExpressions;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// The targets page: each target with its document and who set it, beside the accepted figure of its period and place and
/// the share reached; set on the page by whoever may set it, with Vietnamese errors; neither form for a province's officer.
/// </summary>
public abstract partial class TargetsPageTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>An indicator of the test's own: tỷ đồng, one decimal, summed over provinces.</summary>
    public static async Task<(string Code, int Id)> IndicatorAsync(CauNoiApp app, CancellationToken ct)
    {
        var code = "T" + RecommendationSteps.Token().ToUpperInvariant();
        await using var scope = app.Db();
        var indicator = new Indicator { Code = code, Name = "Bán lẻ thử " + code, Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm", SortOrder = 999 };
        scope.Context.Indicators.Add(indicator);
        await scope.Context.SaveChangesAsync(ct);
        return (code, indicator.Id);
    }

    private static List<string[]> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#targets tbody tr").Select(r => r.Children.Take(6).Select(td => Spaces().Replace(td.TextContent.Trim(), " ")).ToArray())];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private async Task<List<IndicatorTarget>> StoredAsync(int indicator)
    {
        await using var scope = App.Db();
        return await scope.Context.IndicatorTargets.Where(t => t.IndicatorId == indicator).ToListAsync(Ct);
    }

    [Fact]
    public async Task ATarget_IsListedWithItsDocument_BesideTheAcceptedFigure_AndTheShareReached()
    {
        var (code, id) = await IndicatorAsync(App, Ct);
        await using (var scope = App.Db())
        {
            // 2025: every province 10, Tuyên Quang 90; the country 33 × 10 + 90 = 420.
            foreach (var province in await scope.Context.Provinces.Select(p => p.Code).ToListAsync(Ct))
                scope.Context.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorId = id, ProvinceCode = province, PeriodType = PeriodType.Year, Year = 2025, Number = 1, Value = province == "08" ? 90 : 10,
                });
            await scope.Context.SaveChangesAsync(Ct);
        }
        var hub = await App.ApiAs("cuc.ctdp");
        foreach (var target in new object[]
        {
            new { indicator = code, year = 2025, province = "08", value = 120, documentNumber = "45/QĐ-BCT" },
            new { indicator = code, year = 2025, value = 600, documentNumber = "46/QĐ-BCT" },
            new { indicator = code, year = 2025, quarter = 1, province = "08", value = 30, documentNumber = "47/QĐ-BCT" },
            new { indicator = code, year = 2024, province = "01", value = 500, documentNumber = "9/QĐ-BCT" },
        })
            Assert.Equal(HttpStatusCode.Created, (await hub.PostAsJsonAsync("/api/v1/targets", target, Ct)).StatusCode);

        var (status, page) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync($"/chi-tieu/ke-hoach?chi-tieu={code}&nam=2025");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
        [
            ["Toàn quốc", "Cả năm", "600,0", "420,0", "70,0%", "46/QĐ-BCT"],          // 420 ÷ 600 = 70%
            ["Tỉnh Tuyên Quang", "Cả năm", "120,0", "90,0", "75,0%", "45/QĐ-BCT"],    // 90 ÷ 120 = 75%
            ["Tỉnh Tuyên Quang", "Quý 1", "30,0", "Chưa có số liệu", "", "47/QĐ-BCT"],
        ], Rows(page));
        Assert.Contains("Trần Thị Hương", page.QuerySelector("#targets tbody tr")!.Children[6].TextContent);
        Assert.Null(page.QuerySelector("#set-target"));
    }

    [Fact]
    public async Task ATarget_SetOnThePage_IsListed_AndWrongFieldsAreRefusedInVietnamese()
    {
        var (code, id) = await IndicatorAsync(App, Ct);
        var client = await PageClient.SignedIn(App, "cuc.ctdp");
        var formPage = $"/chi-tieu/ke-hoach?chi-tieu={code}";
        var form = (await client.GetAsync(formPage)).Document.QuerySelector("#set-target");
        Assert.Equal("/chi-tieu/ke-hoach?handler=Set", form?.GetAttribute("action"));
        Assert.NotNull(form!.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null((await client.GetAsync(formPage + "&nam=abc")).Document.QuerySelector(".alert-danger"));   // a filter typed wrong refuses nothing

        var wrong = await client.PostFormAsync("/chi-tieu/ke-hoach?handler=Set", new()
        {
            ["chi-tieu"] = code, ["Input.Year"] = "", ["Input.Quarter"] = "", ["Input.Province"] = "08", ["Input.Value"] = "mười hai",
            ["Input.DocumentNumber"] = "quyết định 78",
        }, formPage);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var refused = PageClient.Parse(await wrong.Content.ReadAsStringAsync(Ct));
        string Error(string field) => refused.QuerySelector($"[data-error-for='Input.{field}']")?.TextContent.Trim() ?? "";
        Assert.Equal("“mười hai” không phải là số.", Error("Value"));
        Assert.StartsWith("Nhập năm của chỉ tiêu kế hoạch", Error("Year"));
        Assert.Contains("\"quyết định 78\" không đúng dạng", Error("DocumentNumber"));
        Assert.Equal("08", refused.QuerySelector("#target-place option[selected]")!.GetAttribute("value"));
        Assert.Empty(await StoredAsync(id));

        var right = await client.PostFormAsync("/chi-tieu/ke-hoach?handler=Set", new()
        {
            ["chi-tieu"] = code, ["Input.Year"] = "2026", ["Input.Quarter"] = "2", ["Input.Province"] = "North", ["Input.Value"] = "1.234,56",
            ["Input.DocumentNumber"] = "78/qđ-bct",
        }, formPage);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var (_, page) = await client.GetAsync(right.Headers.Location!.ToString());
        Assert.Contains("Đã giao chỉ tiêu kế hoạch", page.QuerySelector("[role=status]")!.TextContent);
        // 1.234,56 to the indicator's one decimal: 1.234,6; the document's number as written officially.
        Assert.Equal([["Khu vực phía Bắc", "Quý 2", "1.234,6", "Chưa có số liệu Thiếu số liệu của một số tỉnh", "", "78/QĐ-BCT"]], Rows(page));
        var stored = Assert.Single(await StoredAsync(id));
        Assert.Equal((2026, (int?)2, (string?)null, (Region?)Region.North, 1234.6), (stored.Year, stored.Quarter, stored.ProvinceCode, stored.Region, stored.Value));
    }

    [Fact]
    public async Task AProvincesOfficer_SeesNeitherForm_AndIsRefusedWhenPostingEither()
    {
        var (code, id) = await IndicatorAsync(App, Ct);
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var formPage = $"/chi-tieu/ke-hoach?chi-tieu={code}";

        var (status, page) = await client.GetAsync(formPage);
        var set = await client.PostFormAsync("/chi-tieu/ke-hoach?handler=Set", new()
        {
            ["chi-tieu"] = code, ["Input.Year"] = "2026", ["Input.Province"] = "01", ["Input.Value"] = "100", ["Input.DocumentNumber"] = "78/QĐ-BCT",
        }, formPage);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(TargetImportTests.File([code, 2026, null, "01", null, 100, "78/QĐ-BCT"])), "Upload", "chi-tieu.xlsx" },
        };
        var import = await client.Http.PostAsync("/chi-tieu/ke-hoach?handler=Import", upload, Ct);
        using var file = new ByteArrayContent(TargetImportTests.File([code, 2026, null, "01", null, 100, "78/QĐ-BCT"]));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var api = new MultipartFormDataContent { { file, "file", "chi-tieu.xlsx" } };
        var apiImport = await (await App.ApiAs("so.hanoi")).PostAsync("/api/v1/targets/import", api, Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector("#set-target"));
        Assert.Null(page.QuerySelector("#import-targets"));
        Assert.Equal(HttpStatusCode.Forbidden, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiImport.StatusCode);
        Assert.Contains("không được giao chỉ tiêu kế hoạch", await apiImport.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await StoredAsync(id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TargetsPageOnSqlite(SqliteApp app) : TargetsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TargetsPageOnPostgres(PostgresApp app) : TargetsPageTests(app);
