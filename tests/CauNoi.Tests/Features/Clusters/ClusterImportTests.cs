using System.Net.Http.Headers;
using System.Text.Json;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// A province's existing clusters imported from the workbook: a good list registers each at its stage with its decisions
/// as history, one recorded by its former commune landing in today's commune; a list with one wrong row is refused whole,
/// naming the row and column; a commune's office may not import.
/// </summary>
public abstract class ClusterImportTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Header =
    [
        "Tên cụm công nghiệp", "Tỉnh (mã hoặc tên)", "Mã xã, phường hiện nay", "Mã xã cũ (trước 01/07/2025)", "Giai đoạn",
        "Diện tích theo phương án (ha)", "Số QĐ phê duyệt phương án", "Ngày phê duyệt phương án (dd/mm/yyyy)", "Số QĐ thành lập",
        "Ngày thành lập (dd/mm/yyyy)", "Diện tích đã thành lập, mở rộng (ha)", "Đất công nghiệp có thể cho thuê (ha)",
        "Ngày đi vào hoạt động (dd/mm/yyyy)", "Chủ đầu tư hạ tầng", "Loại chủ đầu tư", "Vĩ độ", "Kinh độ",
    ];

    private static byte[] File(params object?[][] rows) => XlsxWriter.ToBytes(new XlsxSheet("Cụm công nghiệp", Header, rows));

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string caller = "so.hanoi")
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { content, "file", "cum-cong-nghiep.xlsx" } };
        return await (await App.ApiAs(caller)).PostAsync("/api/v1/clusters/import", form, Ct);
    }

    private async Task<List<Cluster>> StoredAsync(string tag)
    {
        await using var scope = App.Db();
        return await scope.Context.Clusters.Include(c => c.Locations).Include(c => c.Decisions)
            .Where(c => c.Name.Contains(tag)).OrderBy(c => c.Name).ToListAsync(Ct);
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A planned cluster in today's Phường Ba Đình.</summary>
    private static object?[] Planned(string name) =>
        [name, "01", "00004", null, "Trong phương án phát triển", "40,5", "120/QĐ-UBND", "15/03/2024", null, null, null, "28", null, null, null, null, null];

    /// <summary>An operating cluster recorded by its former commune (Phường Quán Thánh, Quận Ba Đình, merged whole into Phường Ba Đình).</summary>
    private static object?[] Operating(string name) =>
        [name, "Hà Nội", null, "00013", "Đang hoạt động", 50, null, null, "45/QĐ-UBND", "12/05/2010", "45,5", "30", "01/06/2012",
            "Công ty CP Hạ tầng Ba Đình", "Doanh nghiệp", "21,0409", "105.8342"];

    [Fact]
    public async Task AGoodList_RegistersEachClusterAtItsStage_WithItsDecisions_AndMapsAFormerCommuneToTodays()
    {
        var tag = Tag();

        var response = await UploadAsync(File(Planned($"CCN A {tag}"), Operating($"CCN B {tag}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, answer.GetProperty("count").GetInt32());
        var stored = await StoredAsync(tag);
        Assert.Equal(2, stored.Select(c => c.Code).Distinct().Count());
        Assert.All(stored, c => Assert.StartsWith("CCN-01-", c.Code));

        var planned = stored[0];
        Assert.Equal((ClusterStage.Planned, 40.5m, 28m, (decimal?)null), (planned.Stage, planned.PlannedHa, planned.LeasableHa, planned.AreaHa));
        var plan = Assert.Single(planned.Decisions);
        Assert.Equal((ClusterStep.Plan, "120/QĐ-UBND", new DateOnly(2024, 3, 15)), (plan.Step, plan.Number, plan.SignedOn));

        var operating = stored[1];
        Assert.Equal((ClusterStage.Operating, (decimal?)45.5m, 30m), (operating.Stage, operating.AreaHa, operating.LeasableHa));
        Assert.Equal((new DateOnly(2010, 5, 12), new DateOnly(2012, 6, 1)), (operating.EstablishedOn, operating.OperatingSince));
        Assert.Equal([ClusterStep.Establish, ClusterStep.StartOperation], operating.Decisions.OrderBy(d => d.SignedOn).Select(d => d.Step));
        var place = Assert.Single(operating.Locations);
        Assert.Equal(("00004", "00013", "Phường Quán Thánh", "Quận Ba Đình"),
            (place.CommuneCode, place.FormerCommuneCode, place.FormerCommuneName, place.FormerDistrictName));
        Assert.Equal((21.0409, 105.8342), (operating.Latitude, operating.Longitude));
    }

    [Theory]
    [InlineData(1, "Tuyên Quang", "Tỉnh (mã hoặc tên)", "không được cập nhật cụm công nghiệp")]   // another province's cluster
    [InlineData(12, null, "Ngày đi vào hoạt động (dd/mm/yyyy)", "Nhập ngày cụm công nghiệp đi vào hoạt động")]
    [InlineData(3, "99999", "Mã xã, phường hiện nay", "")]
    [InlineData(4, "Sắp thành lập", "Giai đoạn", "Giai đoạn ghi một trong")]
    [InlineData(9, "31/02/2010", "Ngày thành lập (dd/mm/yyyy)", "không hợp lệ")]
    public async Task AListWithOneWrongRow_IsRefusedWhole_NamingItsRowAndColumn(int column, object? wrong, string header, string message)
    {
        var tag = Tag();
        var third = Operating($"CCN C {tag}");
        third[column] = wrong;
        if (column == 3) third[2] = null;

        var response = await UploadAsync(File(Planned($"CCN A {tag}"), Operating($"CCN B {tag}"), third));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().ToList();
        // Only the third row (the sheet's fourth) is wrong; another province's row also finds the commune outside it.
        Assert.All(errors, e => Assert.Equal(4, e.GetProperty("row").GetInt32()));
        Assert.Contains(errors, e => e.GetProperty("column").GetString() == header && e.GetProperty("message").GetString()!.Contains(message));
        Assert.Empty(await StoredAsync(tag));
    }

    [Fact]
    public async Task TheSameClusterTwice_IsRefused_NamingTheFirstRow()
    {
        var tag = Tag();

        var response = await UploadAsync(File(Planned($"CCN A {tag}"), Planned($"CCN A {tag}")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "Tên cụm công nghiệp"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("Trùng với dòng 2", error.GetProperty("message").GetString());
        Assert.Empty(await StoredAsync(tag));
    }

    [Fact]
    public async Task ACommunesOffice_MayNotImport_AndTheTemplateHasTheColumnsTheImportReads()
    {
        var response = await UploadAsync(File(Planned($"CCN A {Tag()}")), "xa.badinh");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var template = await (await App.ApiAs("so.hanoi")).GetAsync("/api/v1/clusters/import/template", Ct);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var headers = SpreadsheetReader.Read(new MemoryStream(await template.Content.ReadAsByteArrayAsync(Ct))).Single().Cells;
        Assert.Superset(Header.ToHashSet(), headers.ToHashSet());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterImportOnSqlite(SqliteApp app) : ClusterImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterImportOnPostgres(PostgresApp app) : ClusterImportTests(app);
