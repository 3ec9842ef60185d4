using System.Collections.Concurrent;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Security;

/// <summary>
/// What the tasks' access matrix acts on, made once per engine, at three places: a task Cục Điện lực leads for the hub (DL),
/// one it leads that concerns Hà Nội (DLHN), one Sở Công Thương Hà Nội assigned to itself (HN). Each place has a shared task
/// with a progress report, its evidence and a pending extension, and a document holding that task, with a file. The callers'
/// clients are the recommendations' matrix's (a disabled account and nobody among them).
/// </summary>
public sealed class TaskAccessMatrixWorld
{
    public enum Place { DienLuc, DienLucHaNoi, HaNoi }

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<TaskAccessMatrixWorld>>> Worlds = new();

    public static Task<TaskAccessMatrixWorld> Of(CauNoiApp app) =>
        Worlds.GetOrAdd(app, a => new Lazy<Task<TaskAccessMatrixWorld>>(() => BuildAsync(a))).Value;

    private TaskAccessMatrixWorld(CauNoiApp app, AccessMatrixWorld callers, string run)
    {
        App = app;
        Callers = callers;
        Run = run;
    }

    public CauNoiApp App { get; }
    public AccessMatrixWorld Callers { get; }
    public string Run { get; }
    public Dictionary<Place, int> Tasks { get; } = [];
    public Dictionary<Place, Guid> Evidence { get; } = [];
    public Dictionary<Place, int> Documents { get; } = [];
    public Dictionary<Place, Guid> DocumentFiles { get; } = [];

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    /// <summary>A word in the title of every task at the place, and nowhere else.</summary>
    public string Word(Place place) => $"tmq{Run}{place switch { Place.DienLuc => "dl", Place.DienLucHaNoi => "dlhn", _ => "hn" }}";

    /// <summary>Who leads the place's tasks (and, at Hà Nội, assigns them too).</summary>
    public static string Leader(Place place) => place == Place.HaNoi ? "so.hanoi" : "cuc.dienluc";

    /// <summary>Who assigns them and registers their documents.</summary>
    public static string Assigner(Place place) => place == Place.HaNoi ? "so.hanoi" : "cuc.ctdp";

    public HttpClient Api(string caller) => Callers.Api(caller);

    private static async Task<TaskAccessMatrixWorld> BuildAsync(CauNoiApp app)
    {
        var world = new TaskAccessMatrixWorld(app, await AccessMatrixWorld.Of(app), Guid.NewGuid().ToString("N")[..6]);
        var ct = TestContext.Current.CancellationToken;
        foreach (var place in Enum.GetValues<Place>())
        {
            world.Documents[place] = await world.DocumentAsync(place);
            var id = world.Tasks[place] = await world.FreshAsync(place, "dùng chung", world.Documents[place]);
            var leader = await app.ApiAs(Leader(place));
            var report = (await TaskApiSetup.ReadAsync(await leader.PostAsJsonAsync($"/api/v1/tasks/{id}/progress",
                new { percent = 20, text = "Đã lập kế hoạch kiểm tra." }, ct), ct)).Reports.Single();
            var evidence = await leader.PostAsync($"/api/v1/tasks/{id}/files?report={report.Id}", AccessMatrixWorld.Pdf(), ct);
            Assert.True(evidence.IsSuccessStatusCode, await evidence.Content.ReadAsStringAsync(ct));
            world.Evidence[place] = (await evidence.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))!.Single().Id;
            await world.AskExtensionAsync(place, id);
            var file = await (await app.ApiAs(Assigner(place))).PostAsync($"/api/v1/documents/{world.Documents[place]}/files", AccessMatrixWorld.Pdf(), ct);
            Assert.True(file.IsSuccessStatusCode, await file.Content.ReadAsStringAsync(ct));
            world.DocumentFiles[place] = (await file.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))!.Single().Id;
        }
        return world;
    }

    /// <summary>A new open task at the place, assigned by its assigner to its lead unit and named owner.</summary>
    public async Task<int> FreshAsync(Place place, string what = "mới", int? documentId = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var (owner, lead) = await TaskApiSetup.AccountAsync(App, Leader(place), ct);
        var body = new Dictionary<string, object?>
        {
            ["title"] = $"Ma trận quyền {Word(place)} {what} kiểm tra an toàn lưới điện", ["leadOrganisationId"] = lead, ["ownerId"] = owner,
            ["assignedBy"] = "Bộ trưởng", ["dueOn"] = Today.AddDays(30), ["documentId"] = documentId,
            ["provinceCodes"] = place == Place.DienLucHaNoi ? new[] { "01" } : null,
        };
        return (await TaskApiSetup.AssignAsync(await App.ApiAs(Assigner(place)), body, ct)).Summary.Id;
    }

    /// <summary>The lead unit asks for thirty more days.</summary>
    public async Task AskExtensionAsync(Place place, int id)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await App.ApiAs(Leader(place))).PostAsJsonAsync($"/api/v1/tasks/{id}/extensions",
            new { dueOn = Today.AddDays(60), reason = "Chờ kết quả kiểm định." }, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<int> DocumentAsync(Place place)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await App.ApiAs(Assigner(place))).PostAsJsonAsync("/api/v1/documents", new
        {
            type = "Plan", number = $"{Random.Shared.Next(100_000, 999_999)}/KH-BCT", issuedOn = Today, issuer = "Bộ Công Thương",
            signerName = "Nguyễn Hồng Diên", summary = $"Kế hoạch kiểm tra {Word(place)}",
        }, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<DocumentsApi.Detail>(ApiJson.Options, ct))!.Document.Id;
    }
}
