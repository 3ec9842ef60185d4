using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class ExportTests(CauNoiApp app) : AppTests(app)
{
    private async Task<int> Submit(string userName, string title)
    {
        int field;
        await using (var scope = App.Db()) field = await scope.Context.FieldsOfWork.Where(f => f.Code == "CCN").Select(f => f.Id).SingleAsync(Ct);
        var response = await (await App.ApiAs(userName)).PostAsJsonAsync("/api/v1/recommendations",
            new { title, content = "Đề nghị hỗ trợ đầu tư hạ tầng cụm công nghiệp.", fieldId = field }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("summary").GetProperty("id").GetInt32();
    }

    /// <summary>The exported workbook's rows as the text of their cells (dates as their serial numbers), header first.</summary>
    private async Task<(HttpResponseMessage Response, List<List<string>> Rows)> Export(string userName, string query = "")
    {
        var response = await (await App.ApiAs(userName)).GetAsync("/api/v1/recommendations/export" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        return (response, rows);
    }

    [Fact]
    public async Task Export_ContainsExactlyTheRecommendationsInTheCallersScope()
    {
        var hanoi = await Submit("so.hanoi", "Xuất Hà Nội " + Guid.NewGuid());
        var tuyenQuang = await Submit("so.tuyenquang", "Xuất Tuyên Quang " + Guid.NewGuid());

        var (response, rows) = await Export("so.hanoi");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"kien-nghi-{VietnamTime.Today(TimeProvider.System):yyyy-MM-dd}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(RecommendationExport.Header, rows[0]);
        await using var scope = App.Db();
        var inScope = await scope.Context.Recommendations.Where(r => r.ProvinceCode == "01").Select(r => r.Id).ToListAsync(Ct);
        Assert.Equal(inScope.Select(Recommendation.FormatNumber).Order(), rows.Skip(1).Select(r => r[0]).Order());
        Assert.Contains(Recommendation.FormatNumber(hanoi), rows.Select(r => r[0]));
        Assert.DoesNotContain(Recommendation.FormatNumber(tuyenQuang), rows.Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal("Thành phố Hà Nội", r[2]));
    }

    [Fact]
    public async Task Export_TakesTheListsFilters_AndWritesEachColumn()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var id = await Submit("xa.hoankiem", "Cụm công nghiệp xuất tệp " + marker);
        await Submit("xa.hoankiem", "Không khớp bộ lọc " + Guid.NewGuid());

        var (_, rows) = await Export("cuc.ctdp", $"?q={marker}&channel=Web&status=Submitted");

        var row = Assert.Single(rows.Skip(1));
        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.SingleAsync(r => r.Id == id, Ct);
        Assert.Equal([Recommendation.FormatNumber(id), "Cụm công nghiệp xuất tệp " + marker, "Thành phố Hà Nội", "Phường Hoàn Kiếm", "Cụm công nghiệp",
            "Cục Công Thương địa phương", "Trên hệ thống", "Mới gửi"], row.Take(8));
        Assert.Equal(stored.DueOn, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(row[9], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(["", "Không"], row.Skip(10));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExportOnSqlite(SqliteApp app) : ExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExportOnPostgres(PostgresApp app) : ExportTests(app);
