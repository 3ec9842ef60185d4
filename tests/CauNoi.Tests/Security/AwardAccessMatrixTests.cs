using System.Collections.Concurrent;
using CauNoi.Tests.Features.Awards;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Files;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what in the selection, written out by hand from the rules (AwardScope's summary, Actor.Acts), never computed
/// from the code. Rounds, published results and the national list are every signed-in account's. A nomination before its
/// result is its province's: the Ministry reads all, Hà Nội's department and Hoàn Kiếm's office read this one (it is in
/// Hoàn Kiếm), others get "not found". Hà Nội's department runs its provincial round and puts its products forward;
/// Cục ĐMST,CĐX&KC (cuc.khuyencong, and its head) runs the national round; an administrator both; leaders only read.
/// The world: Hà Nội's provincial round (open), its nomination N with a file, a published round's recognised product P.
/// </summary>
public abstract class AwardAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Callers = [.. AccessMatrixTests.Callers, "cuc.khuyencong", "lanhdao.khuyencong"];

    private static readonly string[] Table =
    [
        "                     rounds  round  createRound  step  nominations  nominate  nomination  history  upload  download  certificate  national",
        "xa.hoankiem          200     200    403          403   200          403       200         200      403     200       200          200",
        "xa.badinh            200     200    403          403   200          403       404         404      404     404       200          200",
        "so.hanoi             200     200    403          200   200          201       200         200      201     200       200          200",
        "so.tuyenquang        200     200    403          403   200          403       404         404      404     404       200          200",
        "phutrach.hanoi       200     200    403          403   200          403       200         200      403     200       200          200",
        "cuc.dienluc          200     200    403          403   200          403       200         200      403     200       200          200",
        "lanhdao.dienluc      200     200    403          403   200          403       200         200      403     200       200          200",
        "cuc.ctdp             200     200    403          403   200          403       200         200      403     200       200          200",
        "lanhdao              200     200    403          403   200          403       200         200      403     200       200          200",
        "admin                200     200    201          200   200          201       200         200      201     200       200          200",
        "cuc.khuyencong       200     200    201          403   200          403       200         200      403     200       200          200",
        "lanhdao.khuyencong   200     200    201          403   200          403       200         200      403     200       200          200",
        "disabled             401     401    401          401   401          401       401         401      401     401       401          401",
        "anonymous            401     401    401          401   401          401       401         401      401     401       401          401",
    ];

    private sealed record World(AccessMatrixWorld Callers, Dictionary<string, HttpClient> More, int Round, int Nomination, Guid File, int Recognised);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var more = new Dictionary<string, HttpClient> { ["cuc.khuyencong"] = await a.ApiAs("cuc.khuyencong"), ["lanhdao.khuyencong"] = await a.ApiAs("lanhdao.khuyencong") };
        var round = await AwardSetup.CreateRoundAsync(a, AwardSetup.HaNoiDept, AwardSetup.Round(2057, AwardLevel.Provincial), ct);
        var n = await AwardSetup.NominateAsync(a, AwardSetup.HaNoiDept, AwardSetup.Product(round.Id, "Ma trận " + AwardSetup.Token()), ct);
        var upload = await (await a.ApiAs(AwardSetup.HaNoiDept)).PostAsync($"/api/v1/awards/nominations/{n.Id}/files", AccessMatrixWorld.Pdf(), ct);
        var file = (await upload.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))![0];
        var (_, ids) = await AwardSetup.PublishedProvincialAsync(a, 2057, [("Công nhận " + AwardSetup.Token(), 80m, 1, true)], ct);
        return new World(callers, more, round.Id, n.Id, file.Id, ids[0]);
    })).Value;

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table, Callers);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task InTheSelection(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.More.TryGetValue(caller, out var client) ? client : w.Callers.Api(caller);
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var n = $"/api/v1/awards/nominations/{w.Nomination}";
        var response = operation switch
        {
            "rounds" => await api.GetAsync("/api/v1/awards/rounds?year=2057", Ct),
            "round" => await api.GetAsync($"/api/v1/awards/rounds/{w.Round}", Ct),
            "createRound" => await api.PostAsJsonAsync("/api/v1/awards/rounds", AwardSetup.Round(2057, AwardLevel.National), Ct),
            "step" => await api.PostAsJsonAsync($"/api/v1/awards/rounds/{await FreshRoundAsync()}/steps", new { step = "start-scoring" }, Ct),
            "nominations" => await api.GetAsync($"/api/v1/awards/nominations?round={w.Round}", Ct),
            "nominate" => await api.PostAsJsonAsync("/api/v1/awards/nominations", AwardSetup.Product(w.Round, "Đề nghị " + AwardSetup.Token()), Ct),
            "nomination" => await api.GetAsync(n, Ct),
            "history" => await api.GetAsync($"{n}/history", Ct),
            "upload" => await api.PostAsync($"{n}/files", AccessMatrixWorld.Pdf(), Ct),
            "download" => await api.GetAsync($"{n}/files/{w.File}", Ct),
            "certificate" => await api.GetAsync($"/api/v1/awards/nominations/{w.Recognised}/certificate.docx", Ct),
            "national" => await api.GetAsync("/api/v1/awards/national-list?year=2057", Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>A Hà Nội round with one nomination at its deadline, for each call that may start its scoring.</summary>
    private async Task<int> FreshRoundAsync()
    {
        var round = await AwardSetup.CreateRoundAsync(App, AwardSetup.HaNoiDept, AwardSetup.Round(2057, AwardLevel.Provincial), Ct);
        await AwardSetup.NominateAsync(App, AwardSetup.HaNoiDept, AwardSetup.Product(round.Id, "Bước " + AwardSetup.Token()), Ct);
        return round.Id;
    }

    /// <summary>Every operation the API documents under /api/v1/awards has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedAwardsOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/awards/rounds", "POST /api/v1/awards/rounds", "GET /api/v1/awards/rounds/{id}", "POST /api/v1/awards/rounds/{id}/steps",
            "GET /api/v1/awards/nominations", "POST /api/v1/awards/nominations", "GET /api/v1/awards/nominations/{id}", "GET /api/v1/awards/nominations/{id}/history",
            "POST /api/v1/awards/nominations/{id}/files", "GET /api/v1/awards/nominations/{id}/files/{fileId}",
            "GET /api/v1/awards/nominations/{id}/certificate.docx", "GET /api/v1/awards/national-list",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsAwardsPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AwardAccessMatrixOnSqlite(SqliteApp app) : AwardAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AwardAccessMatrixOnPostgres(PostgresApp app) : AwardAccessMatrixTests(app);
