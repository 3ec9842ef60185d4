using System.Collections.Concurrent;
using CauNoi.Tests.Features.Clusters;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Clusters;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may read and record a cluster's inspections, written out by hand from the rules (ClusterScope's summary,
/// ClusterScope.MayKeep, Actor.Acts), never computed from the code. Every Ministry account reads the national registry; a
/// province's department its own province's clusters; a commune's office the clusters in its commune. The province's
/// department and Cục Công Thương địa phương keep them (record inspections, give a finding as a task), and an administrator;
/// a Ministry leader reads and directs. Out of scope is "not found". The one cluster: Hà Nội's, in Hoàn Kiếm.
/// </summary>
public abstract class ClusterInspectionAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Table =
    [
        "                  list  add   toTask",
        "xa.hoankiem       200   403   403",
        "xa.badinh         404   404   404",
        "so.hanoi          200   201   201",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    200   403   403",
        "cuc.dienluc       200   403   403",
        "lanhdao.dienluc   200   403   403",
        "cuc.ctdp          200   201   201",
        "lanhdao           200   403   403",
        "admin             200   201   201",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <param name="Lead">Sở Công Thương Hà Nội, which leads each task given; <paramref name="Owner"/> its officer.</param>
    private sealed record World(AccessMatrixWorld Callers, int Cluster, int Lead, string Owner);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var (cluster, _) = await ClusterSetup.InDatabaseAsync(a, "mt" + callers.Run, ClusterSetup.HaNoi, ClusterSetup.HoanKiem, ct);
        var (owner, lead) = await TaskApiSetup.AccountAsync(a, "so.hanoi", ct);
        return new World(callers, cluster, lead, owner);
    })).Value;

    private static object Inspection(string finding) =>
        new { inspectedOn = VietnamTime.Today(TimeProvider.System), members = "Đoàn kiểm tra ma trận quyền", findings = new[] { finding } };

    /// <summary>An inspection of its own for each call that may give a task, so that each success is the first on its finding.</summary>
    private static async Task<ClusterInspectionsView.Inspection> InspectionAsync(World w, CancellationToken ct)
    {
        var response = await w.Callers.Api("cuc.ctdp").PostAsJsonAsync($"/api/v1/clusters/{w.Cluster}/inspections", Inspection("Phát hiện " + Guid.NewGuid().ToString("N")[..6]), ct);
        return (await response.Content.ReadFromJsonAsync<ClusterInspectionsView.Inspection>(ApiJson.Options, ct))!;
    }

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnHaNoisCluster(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.Callers.Api(caller);
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var path = $"/api/v1/clusters/{w.Cluster}/inspections";
        HttpResponseMessage response;
        switch (operation)
        {
            case "list": response = await api.GetAsync(path, Ct); break;
            case "add": response = await api.PostAsJsonAsync(path, Inspection("Phát hiện thêm"), Ct); break;
            case "toTask":
                var inspection = await InspectionAsync(w, Ct);
                response = await api.PostAsJsonAsync($"{path}/{inspection.Id}/findings/{inspection.Findings[0].Id}/task",
                    new { leadOrganisationId = w.Lead, ownerId = w.Owner, assignedBy = "Giám đốc Sở", dueOn = VietnamTime.Today(TimeProvider.System).AddDays(30) }, Ct);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
        var status = ((int)response.StatusCode).ToString();
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every inspection operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedInspectionOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/clusters/{id}/inspections", "POST /api/v1/clusters/{id}/inspections",
            "POST /api/v1/clusters/{id}/inspections/{inspectionId}/findings/{findingId}/task",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsClusterInspectionsPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterInspectionAccessMatrixOnSqlite(SqliteApp app) : ClusterInspectionAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterInspectionAccessMatrixOnPostgres(PostgresApp app) : ClusterInspectionAccessMatrixTests(app);
