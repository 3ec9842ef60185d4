using System.Net.Http.Headers;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Features.Tasks.Import;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Tests.Features.Tasks;

public abstract class TaskImportTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Header =
    [
        "STT", "Số hiệu văn bản giao", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Người chủ trì", "Đơn vị phối hợp", "Lãnh đạo giao",
        "Ngày giao", "Hạn hoàn thành", "Định kỳ", "Hạn kỳ cuối", "Kết quả/sản phẩm", "Hình thức sản phẩm", "Mức ưu tiên", "Tỉnh liên quan",
    ];

    private async Task<string> RegisterDocumentAsync()
    {
        await using var scope = App.Db();
        var office = await scope.Context.Users.Where(u => u.UserName == "lanhdao").Select(u => u.OrganisationId).SingleAsync(Ct);
        var document = new SourceDocument
        {
            Type = DocumentType.ConclusionNotice, Number = $"{Random.Shared.Next(10_000, 99_999)}/TB-BCT", IssuedOn = new DateOnly(2026, 7, 21),
            Issuer = "Bộ Công Thương", SignerName = "Nguyễn Văn A", Summary = "Kết luận của Bộ trưởng", RegisteredByOrganisationId = office,
            CreatedAt = DateTime.UtcNow,
        };
        scope.Context.Documents.Add(document);
        await scope.Context.SaveChangesAsync(Ct);
        return document.Number;
    }

    private async Task<HttpResponseMessage> Upload(params object?[][] rows)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(XlsxWriter.ToBytes(new XlsxSheet("Nhiệm vụ", Header, rows)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "nhiem-vu.xlsx");
        return await (await App.ApiAs("cuc.dienluc")).PostAsync("/api/v1/tasks/import", form, Ct);
    }

    private async Task<List<WorkTask>> Stored(string marker)
    {
        await using var scope = App.Db();
        return await scope.Context.Tasks.Include(t => t.Coordinators).Include(t => t.Provinces)
            .Where(t => t.Title.Contains(marker)).OrderBy(t => t.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task ListWithAnUnknownLeadUnitOnRow4_IsRefusedWhole_NamingTheRow()
    {
        var number = await RegisterDocumentAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];

        var response = await Upload(
            [1, number, $"Rà soát quy hoạch điện {marker}", "DL", "cuc.dienluc", null, "Bộ trưởng", null, "31/12/2026", null, null, null, null, null, null],
            [2, number, $"Báo cáo tiến độ dự án {marker}", "DL", "cuc.dienluc", null, "Bộ trưởng", null, "30/11/2026", null, null, null, null, null, null],
            [3, number, $"Kiểm tra an toàn lưới điện {marker}", "KHONG-CO", "cuc.dienluc", null, "Bộ trưởng", null, "30/11/2026", null, null, null, null, null, null]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Dòng 4, cột Đơn vị chủ trì (mã hoặc tên): Không có đơn vị “KHONG-CO”", body);
        Assert.DoesNotContain("Dòng 2", body);
        Assert.Empty(await Stored(marker));
    }

    [Fact]
    public async Task GoodList_SavesEveryRow_ThroughTheIntakeRules()
    {
        var number = await RegisterDocumentAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];

        var response = await Upload(
            [1, number, $"Rà soát quy hoạch điện {marker}", "Cục Điện lực", "cuc.dienluc", "CTDP; XNK", "Bộ trưởng Nguyễn Hồng Diên", "21/07/2026",
                "31/12/2026", null, null, "Báo cáo rà soát", "Báo cáo", "Khẩn", "01; Tuyên Quang"],
            [2, null, $"Báo cáo tháng về cung ứng điện {marker}", "DL", "cuc.dienluc", null, "Thứ trưởng", "01/08/2026",
                "31/08/2026", "Hằng tháng", "31/10/2026", null, null, null, null]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var imported = (await response.Content.ReadFromJsonAsync<TaskImportApi.Imported>(Ct))!;
        Assert.Equal(2, imported.Count);
        var stored = await Stored(marker);
        var first = stored.Single(t => t.Id == imported.Ids[0]);
        Assert.Equal((new DateOnly(2026, 7, 21), new DateOnly(2026, 12, 31), TaskPriority.Urgent), (first.AssignedOn, first.DueOn, first.Priority));
        Assert.Equal(2, first.Coordinators.Count);
        Assert.Equal(["01", "08"], first.Provinces.Select(p => p.ProvinceCode).Order());
        Assert.NotNull(first.DocumentId);
        var series = stored.Single(t => t.Id == imported.Ids[1]);
        Assert.Equal(Recurrence.Monthly, series.Recurrence);
        // August, September and October: each month's occurrence is its own task.
        Assert.Equal(3, stored.Count(t => t.SeriesId == series.Id));
    }

    [Fact]
    public async Task Page_ShowsTheIntakesOwnRefusal_OnItsRowAndColumn_ThenImportsTheCorrectedList()
    {
        var number = await RegisterDocumentAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var client = await PageClient.SignedIn(App, "cuc.dienluc");
        async Task<HttpResponseMessage> Post(string dueOn)
        {
            var (_, form) = await client.GetAsync("/nhiem-vu/nhap-excel");
            var file = XlsxWriter.ToBytes(new XlsxSheet("Nhiệm vụ", Header,
            [
                [1, number, $"Rà soát quy hoạch điện {marker}", "DL", "cuc.dienluc", null, "Bộ trưởng", "21/07/2026", "31/12/2026", null, null, null, null, null, null],
                [2, number, $"Báo cáo tiến độ {marker}", "DL", "cuc.dienluc", null, "Bộ trưởng", "21/07/2026", dueOn, null, null, null, null, null, null],
            ]));
            using var body = new MultipartFormDataContent
            {
                { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
                { new ByteArrayContent(file), "Upload", "nhiem-vu.xlsx" },
            };
            return await client.Http.PostAsync("/nhiem-vu/nhap-excel", body, Ct);
        }

        var wrong = await Post("01/07/2026");   // before the day it is assigned: the intake's rule, not the cell's

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = PageClient.Parse(await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["3", "Hạn hoàn thành (dd/mm/yyyy)", "Hạn hoàn thành (01/07/2026) không được trước ngày giao (21/07/2026)."],
            page.QuerySelectorAll("[data-testid=problems] tbody td").Select(td => td.TextContent));
        Assert.Contains("Không nhiệm vụ nào được lưu.", page.Body!.TextContent);
        Assert.Empty(await Stored(marker));

        var right = await Post("31/08/2026");

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var (_, done) = await client.GetAsync(right.Headers.Location!.ToString());
        Assert.Contains("Đã nhập 2 nhiệm vụ", done.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(2, (await Stored(marker)).Count);
    }

    [Fact]
    public async Task ACommunesOffice_MayNotImportTasks()
    {
        var api = await (await App.ApiAs("xa.hoankiem")).PostAsync("/api/v1/tasks/import", new MultipartFormDataContent(), Ct);
        var (page, _) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync("/nhiem-vu/nhap-excel");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("không được giao nhiệm vụ", await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, page);
    }

    [Fact]
    public async Task Template_HasTheMinistrysColumns()
    {
        var response = await (await App.ApiAs("cuc.dienluc")).GetAsync("/api/v1/tasks/import/template", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = SpreadsheetReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal(
        [
            "STT", "Số hiệu văn bản giao", "Nội dung nhiệm vụ", "Đơn vị chủ trì (mã hoặc tên)", "Người chủ trì (tên đăng nhập)",
            "Đơn vị phối hợp (mã, cách nhau bởi ;)", "Lãnh đạo giao", "Ngày giao (dd/mm/yyyy, có thể trống)", "Hạn hoàn thành (dd/mm/yyyy)", "Định kỳ",
            "Hạn kỳ cuối (dd/mm/yyyy)", "Kết quả/sản phẩm", "Hình thức sản phẩm", "Mức ưu tiên", "Tỉnh liên quan (mã hoặc tên, cách nhau bởi ;)",
        ], rows[0].Cells);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TaskImportOnSqlite(SqliteApp app) : TaskImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TaskImportOnPostgres(PostgresApp app) : TaskImportTests(app);
