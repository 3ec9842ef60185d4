namespace CauNoi.Tests.Security;

/// <summary>
/// Who may read the khuyến công figures, written out by hand from the rule (PromotionFiguresScope's summary): every Ministry
/// account (officers, unit heads, focal leaders, the hub, the leaders, administrators, and the programme's own unit DMST)
/// reads the country and any province; a province's department reads its own province (asking for another is 404, as a
/// record out of its scope); a commune's office keeps no plan and is refused (403); a disabled account and nobody are not
/// signed in. The figures are asked for year 2009, which no one writes in: the scope is decided by the caller, not the rows.
/// </summary>
public abstract class PromotionFiguresAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Callers = [.. AccessMatrixTests.Callers, "cuc.khuyencong", "lanhdao.khuyencong"];

    private static readonly string[] Table =
    [
        "                     json  xlsx  docx  hanoi  tuyenquang  national",
        "xa.hoankiem          403   403   403   403    403         403",
        "xa.badinh            403   403   403   403    403         403",
        "so.hanoi             200   200   200   200    404         200",
        "so.tuyenquang        200   200   200   404    200         200",
        "phutrach.hanoi       200   200   200   200    200         200",
        "cuc.dienluc          200   200   200   200    200         200",
        "lanhdao.dienluc      200   200   200   200    200         200",
        "cuc.ctdp             200   200   200   200    200         200",
        "lanhdao              200   200   200   200    200         200",
        "admin                200   200   200   200    200         200",
        "cuc.khuyencong       200   200   200   200    200         200",
        "lanhdao.khuyencong   200   200   200   200    200         200",
        "disabled             401   401   401   401    401         401",
        "anonymous            401   401   401   401    401         401",
    ];

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table, Callers);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnTheFigures(string operation, string caller)
    {
        var api = caller.EndsWith(".khuyencong", StringComparison.Ordinal) ? await App.ApiAs(caller) : (await AccessMatrixWorld.Of(App)).Api(caller);
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var response = await api.GetAsync(operation switch
        {
            "json" => "/api/v1/promotion/figures?year=2009",
            "xlsx" => "/api/v1/promotion/figures.xlsx?year=2009",
            "docx" => "/api/v1/promotion/figures.docx?year=2009",
            "hanoi" => "/api/v1/promotion/figures?year=2009&province=01",
            "tuyenquang" => "/api/v1/promotion/figures.xlsx?year=2009&province=08",
            "national" => "/api/v1/promotion/figures.docx?year=2009&kind=National",
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        }, Ct);
        var status = ((int)response.StatusCode).ToString();
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every figures operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedFiguresOperation_HasItsColumn()
    {
        var documented = await AccessMatrixTests.DocumentedAsync(App, AccessMatrixTests.IsPromotionFigures, Ct);

        Assert.Equal(["GET /api/v1/promotion/figures", "GET /api/v1/promotion/figures.docx", "GET /api/v1/promotion/figures.xlsx"], documented.Order(StringComparer.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PromotionFiguresAccessMatrixOnSqlite(SqliteApp app) : PromotionFiguresAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PromotionFiguresAccessMatrixOnPostgres(PostgresApp app) : PromotionFiguresAccessMatrixTests(app);
