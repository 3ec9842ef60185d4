using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using CauNoi.Tests.Features.Promotion;
using CauNoi.Web.Features.Promotion;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to khuyến công plans and proposals, written out by hand from the rules (PromotionScope's summary, the
/// workflow's table, Actor.Acts), never computed from the code. Every Ministry account reads everything; a province's
/// department reads the national plans and its province's plans and proposals; a commune's office the proposals in it
/// (and its province's plans). DMST (cuc.khuyencong, and its head lanhdao.khuyencong) keeps the national plan and decides
/// its proposals; the province's department keeps its local plan, registers its proposals, sets up their appraisal
/// council and attaches their files; the Ministry leader reads only. Out of scope is "not found". The records: the
/// national plan of 2045, Hà Nội's local plan of 2045, and a Hà Nội proposal in Phường Hoàn Kiếm with one file.
/// </summary>
public abstract class PromotionAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Callers = [.. AccessMatrixTests.Callers, "cuc.khuyencong", "lanhdao.khuyencong"];

    private static readonly string[] Table =
    [
        "                    plans  plan  createPlan  updatePlan  council  listed  open  create  step  upload  download",
        "xa.hoankiem         200    200   403         403         403      listed  200   403     403   403     200",
        "xa.badinh           200    200   403         403         404      absent  404   403     404   404     404",
        "so.hanoi            200    200   201         200         201      listed  200   201     403   201     200",
        "so.tuyenquang       200    200   201         404         404      absent  404   403     404   404     404",
        "phutrach.hanoi      200    200   403         403         403      listed  200   403     403   403     200",
        "cuc.dienluc         200    200   403         403         403      listed  200   403     403   403     200",
        "lanhdao.dienluc     200    200   403         403         403      listed  200   403     403   403     200",
        "cuc.ctdp            200    200   403         403         403      listed  200   403     403   403     200",
        "lanhdao             200    200   403         403         403      listed  200   403     403   403     200",
        "admin               200    200   201         200         201      listed  200   201     200   201     200",
        "disabled            401    401   401         401         401      401     401   401     401   401     401",
        "anonymous           401    401   401         401         401      401     401   401     401   401     401",
        "cuc.khuyencong      200    200   201         403         403      listed  200   403     200   201     200",
        "lanhdao.khuyencong  200    200   201         403         403      listed  200   403     200   201     200",
    ];

    /// <summary>The plan each caller who may create one asks for: its own year, so that each success is the first.</summary>
    private static readonly Dictionary<string, (int Year, string Kind)> NewPlans = new()
    {
        ["so.hanoi"] = (2049, "Local"), ["so.tuyenquang"] = (2049, "Local"), ["xa.hoankiem"] = (2049, "Local"), ["xa.badinh"] = (2048, "Local"),
        ["admin"] = (2048, "National"), ["cuc.khuyencong"] = (2049, "National"), ["lanhdao.khuyencong"] = (2047, "National"),
    };

    private sealed record World(AccessMatrixWorld Callers, int NationalPlan, int LocalPlan, PromotionQueries.ProposalDetail Proposal, Guid File);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var national = await ProposalSetup.PlanAsync(a, 2045, PlanKind.National, null, ct);
        var local = await ProposalSetup.PlanAsync(a, 2045, PlanKind.Local, ProposalSetup.HaNoi, ct);
        var proposal = await ProposalSetup.RegisterAsync(a, national, ct, title: $"Đề án ma trận quyền {callers.Run}");
        var uploaded = await (await a.ApiAs(ProposalSetup.HaNoiDepartment)).PostAsync($"/api/v1/promotion/proposals/{proposal.Id}/files", Pdf("ho-so.pdf"), ct);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync(ct));
        var file = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync(ct)).RootElement[0].GetProperty("id").GetGuid();
        return new World(callers, national, local, proposal, file);
    })).Value;

    private static MultipartFormDataContent Pdf(string name)
    {
        var file = new ByteArrayContent(SampleFiles.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "files", name } };
    }

    private async Task<HttpClient> ApiAsync(World w, string caller) =>
        caller.EndsWith(".khuyencong", StringComparison.Ordinal) ? await App.ApiAs(caller) : w.Callers.Api(caller);

    /// <summary>A registered proposal of its own for a step or a council that may succeed, so that each success is the first on its proposal.</summary>
    private async Task<int> FreshAsync(World w) => (await ProposalSetup.RegisterAsync(App, w.NationalPlan, Ct)).Id;

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table, Callers);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnHaNoisProposal(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = await ApiAsync(w, caller);
        var id = w.Proposal.Id;
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var succeeds = expected is "200" or "201";
        var (year, kind) = NewPlans.TryGetValue(caller, out var plan) ? plan : (2046, "National");
        HttpResponseMessage response = operation switch
        {
            "plans" => await api.GetAsync("/api/v1/promotion/plans?year=2045", Ct),
            "plan" => await api.GetAsync($"/api/v1/promotion/plans/{w.NationalPlan}", Ct),
            "createPlan" => await api.PostAsJsonAsync("/api/v1/promotion/plans", new { year, kind, budgetNational = 1000m, budgetLocal = 500m }, Ct),
            "updatePlan" => await api.PutAsJsonAsync($"/api/v1/promotion/plans/{w.LocalPlan}", new { title = "Kế hoạch khuyến công địa phương năm 2045 của Hà Nội", budgetLocal = 9000m, note = "Sửa bởi " + caller }, Ct),
            "council" => await api.PostAsJsonAsync($"/api/v1/promotion/plans/{w.NationalPlan}/council", new { proposalIds = new[] { succeeds ? await FreshAsync(w) : id } }, Ct),
            "listed" => await api.GetAsync($"/api/v1/promotion/proposals?q={Uri.EscapeDataString(w.Proposal.Code)}", Ct),
            "open" => await api.GetAsync($"/api/v1/promotion/proposals/{id}", Ct),
            "create" => await api.PostAsJsonAsync("/api/v1/promotion/proposals", ProposalSetup.Proposal(w.NationalPlan, $"Đề án ma trận {caller} {ProposalSetup.Token()}"), Ct),
            "step" => await api.PostAsJsonAsync($"/api/v1/promotion/proposals/{(succeeds ? await FreshAsync(w) : id)}/steps", new { step = "reject", note = "Không phù hợp nội dung khuyến công." }, Ct),
            "upload" => await api.PostAsync($"/api/v1/promotion/proposals/{id}/files", Pdf("bien-ban.pdf"), Ct),
            "download" => await api.GetAsync($"/api/v1/promotion/proposals/{id}/files/{w.File}", Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        if (operation == "listed" && status == "200")
        {
            var page = JsonSerializer.Deserialize<Page<PromotionQueries.ProposalItem>>(await response.Content.ReadAsStringAsync(Ct), ApiJson.Options)!;
            status = page.Items.Any(i => i.Id == id) ? "listed" : "absent";
        }
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every khuyến công operation the API documents (the figures aside, another table's) has its column above.</summary>
    [Fact]
    public Task EveryDocumentedPromotionOperation_HasItsColumn() => AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsPromotionPillar,
    [
        "GET /api/v1/promotion/plans", "GET /api/v1/promotion/plans/{id}", "POST /api/v1/promotion/plans", "PUT /api/v1/promotion/plans/{id}",
        "POST /api/v1/promotion/plans/{id}/council", "GET /api/v1/promotion/proposals", "GET /api/v1/promotion/proposals/{id}", "POST /api/v1/promotion/proposals",
        "POST /api/v1/promotion/proposals/{id}/steps", "POST /api/v1/promotion/proposals/{id}/files", "GET /api/v1/promotion/proposals/{id}/files/{fileId}",
    ], Ct);
}

[Collection(SqliteCollection.Name)]
public sealed class PromotionAccessMatrixOnSqlite(SqliteApp app) : PromotionAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PromotionAccessMatrixOnPostgres(PostgresApp app) : PromotionAccessMatrixTests(app);
