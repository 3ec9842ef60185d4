using System.Collections.Concurrent;
using System.Text.Json;
using CauNoi.Tests.Features.Clusters;
using CauNoi.Web.Features.Clusters;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to a cluster, written out by hand from the rules (ClusterScope's summary, ClusterScope.MayKeep,
/// Actor.Acts), never computed from the code. Every Ministry account reads the registry; a province's department reads its
/// province's clusters; a commune's office those lying in it. The province's department keeps its own, the hub (and an
/// administrator) all; a Ministry leader directs and keeps none. Out of scope is "not found". The one cluster: Hà Nội's,
/// in Phường Hoàn Kiếm.
/// </summary>
public abstract class ClusterAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Table =
    [
        "                  open  listed  conditions  projects  create  update  step  addProject  editProject  addWork  editWork  template  import",
        "xa.hoankiem       200   listed  200         200       403     403     403   403         403          403      403       200       403",
        "xa.badinh         404   absent  404         404       403     404     404   404         404          404      404       200       403",
        "so.hanoi          200   listed  200         200       201     200     200   201         200          201      200       200       200",
        "so.tuyenquang     404   absent  404         404       403     404     404   404         404          404      404       200       400",
        "phutrach.hanoi    200   listed  200         200       403     403     403   403         403          403      403       200       403",
        "cuc.dienluc       200   listed  200         200       403     403     403   403         403          403      403       200       403",
        "lanhdao.dienluc   200   listed  200         200       403     403     403   403         403          403      403       200       403",
        "cuc.ctdp          200   listed  200         200       201     200     200   201         200          201      200       200       200",
        "lanhdao           200   listed  200         200       403     403     403   403         403          403      403       200       403",
        "admin             200   listed  200         200       201     200     200   201         200          201      200       200       200",
        "disabled          401   401     401         401       401     401     401   401         401          401      401       401       401",
        "anonymous         401   401     401         401       401     401     401   401         401          401      401       401       401",
    ];

    private sealed record World(AccessMatrixWorld Callers, ClusterDetail Cluster, int Project, int Work);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var cluster = await ClusterSetup.OperatingAsync(a, $"Cụm công nghiệp ma trận {callers.Run}", ClusterSetup.HaNoi, [ClusterSetup.Commune(ClusterSetup.HoanKiem)], 60m, 50m, ct);
        await ClusterSetup.AddProjectAsync(a, cluster.Id, "Công ty TNHH Ma trận quyền", 10m, 50, ct);
        await ClusterSetup.AddWorkAsync(a, cluster.Id, "Road", "Complete", ct);
        var read = await ClusterSetup.ReadAsync(a, ClusterSetup.Hub, cluster.Id, ct);
        return new World(callers, read, read.Projects.Single().Id, read.Infrastructure.Single().Id);
    })).Value;

    /// <summary>A planned cluster of its own for a step that may succeed, so that each success is the first on its cluster.</summary>
    private static async Task<int> PlannedAsync(CauNoiApp app) =>
        (await ClusterSetup.PlannedAsync(app, "Cụm công nghiệp chờ thành lập " + ClusterSetup.Token(), ClusterSetup.HaNoi, [ClusterSetup.Commune(ClusterSetup.HoanKiem)],
            TestContext.Current.CancellationToken)).Id;

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnHaNoisCluster(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.Callers.Api(caller);
        var id = w.Cluster.Id;
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var project = new { investor = "Công ty TNHH Ma trận quyền", sector = "Cơ khí", capitalBillionVnd = 10m, landHa = 1m, status = "Operating", registeredOn = new DateOnly(2023, 1, 1), workers = 20 };
        var work = new { kind = "Power", description = "Trạm biến áp 110 kV", capacity = "2 x 40 MVA", status = "Building" };
        HttpResponseMessage response = operation switch
        {
            "open" => await api.GetAsync($"/api/v1/clusters/{id}", Ct),
            "listed" => await api.GetAsync($"/api/v1/clusters?q={Uri.EscapeDataString(w.Cluster.Code)}", Ct),
            "conditions" => await api.GetAsync($"/api/v1/clusters/{id}/conditions?step=expand&areaHa=70", Ct),
            "projects" => await api.GetAsync($"/api/v1/clusters/{id}/projects", Ct),
            "create" => await api.PostAsJsonAsync("/api/v1/clusters", new
            {
                name = "Cụm công nghiệp ma trận quyền", provinceCode = ClusterSetup.HaNoi, locations = new[] { ClusterSetup.Commune(ClusterSetup.HoanKiem) },
                plannedHa = 30m, planNumber = "99/QĐ-UBND", planSignedOn = new DateOnly(2024, 5, 5),
            }, Ct),
            "update" => await api.PutAsJsonAsync($"/api/v1/clusters/{id}", new { name = w.Cluster.Name, developerName = w.Cluster.DeveloperName, developerKind = w.Cluster.DeveloperKind, note = "Cập nhật " + caller }, Ct),
            "step" => await api.PostAsJsonAsync($"/api/v1/clusters/{(expected == "200" ? await PlannedAsync(App) : id)}/steps", new
            {
                step = expected == "200" ? "establish" : "expand", number = "98/QĐ-UBND", signedOn = new DateOnly(2025, 6, 1), areaHa = 70m,
                overrideReason = "Theo chỉ đạo của UBND thành phố.",
            }, Ct),
            "addProject" => await api.PostAsJsonAsync($"/api/v1/clusters/{id}/projects", project, Ct),
            "editProject" => await api.PutAsJsonAsync($"/api/v1/clusters/{id}/projects/{w.Project}", project, Ct),
            "addWork" => await api.PostAsJsonAsync($"/api/v1/clusters/{id}/infrastructure", work, Ct),
            "editWork" => await api.PutAsJsonAsync($"/api/v1/clusters/{id}/infrastructure/{w.Work}", work, Ct),
            "template" => await api.GetAsync("/api/v1/clusters/import/template", Ct),
            "import" => await api.PostAsync("/api/v1/clusters/import", ImportOf($"Cụm công nghiệp nhập từ tệp {caller} {ClusterSetup.Token()}"), Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        if (operation == "listed" && status == "200")
        {
            var page = JsonSerializer.Deserialize<Page<ClusterQueries.Item>>(await response.Content.ReadAsStringAsync(Ct), ApiJson.Options)!;
            status = page.Items.Any(i => i.Id == id) ? "listed" : "absent";
        }
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>A workbook of one planned cluster of Hà Nội: taken from Hà Nội's department and the hub, refused to another province's row by row.</summary>
    private static MultipartFormDataContent ImportOf(string name)
    {
        var file = new ByteArrayContent(CauNoi.Web.Shared.Excel.XlsxWriter.ToBytes(new CauNoi.Web.Shared.Excel.XlsxSheet("Cụm công nghiệp",
            ["Tên cụm công nghiệp", "Tỉnh (mã hoặc tên)", "Mã xã, phường hiện nay", "Giai đoạn", "Diện tích theo phương án (ha)",
                "Số QĐ phê duyệt phương án", "Ngày phê duyệt phương án (dd/mm/yyyy)"],
            [[name, ClusterSetup.HaNoi, ClusterSetup.HoanKiem, "Trong phương án phát triển", 30, "97/QĐ-UBND", "05/05/2024"]])));
        return new MultipartFormDataContent { { file, "file", "cum-cong-nghiep.xlsx" } };
    }

    /// <summary>Every registry operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedClusterOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/clusters/{id}", "GET /api/v1/clusters", "GET /api/v1/clusters/{id}/conditions", "GET /api/v1/clusters/{id}/projects",
            "POST /api/v1/clusters", "PUT /api/v1/clusters/{id}", "POST /api/v1/clusters/{id}/steps", "POST /api/v1/clusters/{id}/projects",
            "PUT /api/v1/clusters/{id}/projects/{projectId}", "POST /api/v1/clusters/{id}/infrastructure", "PUT /api/v1/clusters/{id}/infrastructure/{itemId}",
            "GET /api/v1/clusters/import/template", "POST /api/v1/clusters/import",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsClustersPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterAccessMatrixOnSqlite(SqliteApp app) : ClusterAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterAccessMatrixOnPostgres(PostgresApp app) : ClusterAccessMatrixTests(app);
