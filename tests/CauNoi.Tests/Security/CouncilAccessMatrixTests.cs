using System.Collections.Concurrent;
using System.Text.Json;
using CauNoi.Tests.Features.Councils;
using CauNoi.Web.Features.Councils;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to a council, written out by hand from the rules (CouncilScope's summary, CouncilWork's table), never
/// computed from the code. The council: Hà Nội's base-level appraisal council, run by Hà Nội's department, with two members,
/// xa.hoankiem and cuc.dienluc. Every Ministry account reads it; Hà Nội's department reads and keeps it (an administrator
/// keeps it too); its members read it and score, and only they; another province and a commune not sitting on it do not
/// find it. Keeping never includes scoring. "results" reads a closed council of the same make.
/// </summary>
public abstract class CouncilAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Callers = [.. AccessMatrixTests.Callers, "cuc.khuyencong", "lanhdao.khuyencong"];

    private static readonly string[] Table =
    [
        "                    listed  open  addMember  removeMember  criteria  conflict  sheet  save  submit  close  results",
        "xa.hoankiem         listed  200   403        403           403       200       200    200   200     403    200",
        "xa.badinh           absent  404   404        404           404       404       404    404   404     404    404",
        "so.hanoi            listed  200   201        200           200       403       403    403   403     200    200",
        "so.tuyenquang       absent  404   404        404           404       404       404    404   404     404    404",
        "phutrach.hanoi      listed  200   403        403           403       403       403    403   403     403    200",
        "cuc.dienluc         listed  200   403        403           403       200       200    200   200     403    200",
        "lanhdao.dienluc     listed  200   403        403           403       403       403    403   403     403    200",
        "cuc.ctdp            listed  200   403        403           403       403       403    403   403     403    200",
        "lanhdao             listed  200   403        403           403       403       403    403   403     403    200",
        "admin               listed  200   201        200           200       403       403    403   403     200    200",
        "cuc.khuyencong      listed  200   403        403           403       403       403    403   403     403    200",
        "lanhdao.khuyencong  listed  200   403        403           403       403       403    403   403     403    200",
        "disabled            401     401   401        401           401       401       401    401   401     401    401",
        "anonymous           401     401   401        401           401       401       401    401   401     401    401",
    ];

    private sealed record World(AccessMatrixWorld Callers, CouncilSetup.Made Open, CouncilSetup.Made Closed, Dictionary<string, HttpClient> Others);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var open = await FreshAsync(a);
        var closed = await FreshAsync(a);
        await using (var scope = a.Db())
        {
            var council = await scope.Context.Councils.SingleAsync(c => c.Id == closed.Id, ct);
            (council.Status, council.ClosedAt) = (CouncilStatus.Closed, DateTime.UtcNow);
            await scope.Context.SaveChangesAsync(ct);
        }
        return new World(callers, open, closed, new() { ["cuc.khuyencong"] = await a.ApiAs("cuc.khuyencong"), ["lanhdao.khuyencong"] = await a.ApiAs("lanhdao.khuyencong") });
    })).Value;

    /// <summary>A council of its own for a step that may succeed, so that each success is the first on its council.</summary>
    private static Task<CouncilSetup.Made> FreshAsync(CauNoiApp app) =>
        CouncilSetup.CouncilAsync(app, [CouncilSetup.HaNoi, CouncilSetup.HaNoi], ["xa.hoankiem", "cuc.dienluc"], TestContext.Current.CancellationToken, province: CouncilSetup.HaNoi);

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table, Callers);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnHaNoisCouncil(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.Others.TryGetValue(caller, out var other) ? other : w.Callers.Api(caller);
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var c = expected.StartsWith('2') && operation is not ("open" or "sheet" or "results") ? await FreshAsync(App) : w.Open;
        var id = c.Id;
        var entry = c.Entries[0];
        HttpResponseMessage response = operation switch
        {
            "listed" => await api.GetAsync($"/api/v1/councils?q={c.Token}", Ct),
            "open" => await api.GetAsync($"/api/v1/councils/{id}", Ct),
            "addMember" => await api.PostAsJsonAsync($"/api/v1/councils/{id}/members", new { user = "so.tuyenquang", role = "Ủy viên" }, Ct),
            "removeMember" => await api.DeleteAsync($"/api/v1/councils/{id}/members/{c.Members["cuc.dienluc"]}", Ct),
            "criteria" => await api.PutAsJsonAsync($"/api/v1/councils/{id}/criteria", new { criteria = new[] { new { name = "Tính khả thi", maxPoints = 100m } }, passMark = 50m }, Ct),
            "conflict" => await api.PostAsJsonAsync($"/api/v1/councils/{id}/conflicts", new { entryId = entry, reason = "Người thân làm việc tại cơ sở." }, Ct),
            "sheet" => await api.GetAsync($"/api/v1/councils/{id}/sheets/{entry}", Ct),
            "save" => await api.PutAsJsonAsync($"/api/v1/councils/{id}/sheets/{entry}", CouncilSetup.Sheet(c, 40), Ct),
            "submit" => await api.PostAsJsonAsync($"/api/v1/councils/{id}/sheets/{entry}/submit", CouncilSetup.Sheet(c, 40, 20, 5), Ct),
            "close" => await api.PostAsJsonAsync($"/api/v1/councils/{id}/close", new { confirm = true }, Ct),
            "results" => await api.GetAsync($"/api/v1/councils/{w.Closed.Id}/results.xlsx", Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        if (operation == "listed" && status == "200")
        {
            var page = JsonSerializer.Deserialize<Page<CouncilQueries.Item>>(await response.Content.ReadAsStringAsync(Ct), ApiJson.Options)!;
            status = page.Items.Any(i => i.Id == id) ? "listed" : "absent";
        }
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every council operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedCouncilOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/councils", "GET /api/v1/councils/{id}", "POST /api/v1/councils/{id}/members", "DELETE /api/v1/councils/{id}/members/{memberId}",
            "PUT /api/v1/councils/{id}/criteria", "POST /api/v1/councils/{id}/conflicts", "GET /api/v1/councils/{id}/sheets/{entryId}",
            "PUT /api/v1/councils/{id}/sheets/{entryId}", "POST /api/v1/councils/{id}/sheets/{entryId}/submit", "POST /api/v1/councils/{id}/close",
            "GET /api/v1/councils/{id}/results.xlsx",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsCouncilsPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilAccessMatrixOnSqlite(SqliteApp app) : CouncilAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilAccessMatrixOnPostgres(PostgresApp app) : CouncilAccessMatrixTests(app);
