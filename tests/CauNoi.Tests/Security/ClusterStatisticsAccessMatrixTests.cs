namespace CauNoi.Tests.Security;

/// <summary>
/// Who may read the national statistics of industrial clusters, written out by hand from the rule (ClusterStatisticsApi's
/// summary): they are aggregate figures of the whole registry, open to every signed-in account whatever clusters it may
/// open, as JSON, .xlsx or .docx; a disabled account and nobody are not signed in.
/// </summary>
public abstract class ClusterStatisticsAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Table =
    [
        "                  json  xlsx  docx  north",
        "xa.hoankiem       200   200   200   200",
        "xa.badinh         200   200   200   200",
        "so.hanoi          200   200   200   200",
        "so.tuyenquang     200   200   200   200",
        "phutrach.hanoi    200   200   200   200",
        "cuc.dienluc       200   200   200   200",
        "lanhdao.dienluc   200   200   200   200",
        "cuc.ctdp          200   200   200   200",
        "lanhdao           200   200   200   200",
        "admin             200   200   200   200",
        "disabled          401   401   401   401",
        "anonymous         401   401   401   401",
    ];

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnTheStatistics(string operation, string caller)
    {
        var api = (await AccessMatrixWorld.Of(App)).Api(caller);
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var response = await api.GetAsync(operation switch
        {
            "json" => "/api/v1/clusters/statistics?year=2024",
            "xlsx" => "/api/v1/clusters/statistics?year=2024&format=xlsx",
            "docx" => "/api/v1/clusters/statistics?year=2024&format=docx",
            "north" => "/api/v1/clusters/statistics?year=2024&region=North",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        }, Ct);
        var status = ((int)response.StatusCode).ToString();
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every statistics operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedStatisticsOperation_HasItsColumn()
    {
        var documented = await AccessMatrixTests.DocumentedAsync(App, AccessMatrixTests.IsClusterStatistics, Ct);

        Assert.Equal(["GET /api/v1/clusters/statistics"], documented);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterStatisticsAccessMatrixOnSqlite(SqliteApp app) : ClusterStatisticsAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterStatisticsAccessMatrixOnPostgres(PostgresApp app) : ClusterStatisticsAccessMatrixTests(app);
