using CauNoi.Web.Features.Files;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Groups;

namespace CauNoi.Tests.Security;

/// <summary>
/// What the access matrix acts on, made once per engine: at three places (a commune of Hà Nội, Hà Nội's department,
/// Tuyên Quang's department) one record in each state a step leaves from, a file and a group; every caller's API and
/// page clients; a commune officer whose account is disabled after signing in.
/// </summary>
public sealed class AccessMatrixWorld
{
    public enum Place { HoanKiem, HaNoi, TuyenQuang }

    public enum State { Submitted, Received, NeedsInformation, Answered }

    /// <summary>
    /// Who submits at each place, and into which field: Hoàn Kiếm on energy (routed to Cục Điện lực), Hà Nội on
    /// administrative procedures (to Văn phòng Bộ, the Ministry leader's and the administrator's own office), Tuyên Quang on
    /// chemicals (to Cục Hóa chất).
    /// </summary>
    private static readonly Dictionary<Place, (string Submitter, string Field, string Code)> Places = new()
    {
        [Place.HoanKiem] = ("xa.hoankiem", "NL", "hk"),
        [Place.HaNoi] = ("so.hanoi", "TTHC", "hn"),
        [Place.TuyenQuang] = ("so.tuyenquang", "HC", "tq"),
    };

    public const string DisabledPassword = "Khoa@MaTran2026";

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<AccessMatrixWorld>>> Worlds = new();

    public static Task<AccessMatrixWorld> Of(CauNoiApp app) =>
        Worlds.GetOrAdd(app, a => new Lazy<Task<AccessMatrixWorld>>(() => BuildAsync(a))).Value;

    private AccessMatrixWorld(CauNoiApp app, string run)
    {
        App = app;
        Run = run;
    }

    public CauNoiApp App { get; }
    public string Run { get; }
    public string DisabledUser => "khoa.mt." + Run;
    public Dictionary<(Place, State), int> Records { get; } = [];
    public Dictionary<Place, Guid> Files { get; } = [];
    public Dictionary<Place, int> Groups { get; } = [];
    /// <summary>The organisation that raised the records at each place.</summary>
    public Dictionary<Place, int> Organisations { get; } = [];
    /// <summary>Cục Công nghiệp: a Ministry unit none of the records is routed to, the target of a transfer.</summary>
    public int TransferTarget { get; private set; }

    private readonly Dictionary<string, HttpClient> _api = [];
    private readonly Dictionary<string, (PageClient Client, string? Token)> _pages = [];

    /// <summary>A word in the title of every record at the place, and nowhere else: found in an answer, the record showed.</summary>
    public string Word(Place place) => $"mtq{Run}{Places[place].Code}";

    public static string Submitter(Place place) => Places[place].Submitter;

    public HttpClient Api(string caller) => _api[caller];

    public (PageClient Client, string? Token) Page(string caller) => _pages[caller];

    private static async Task<AccessMatrixWorld> BuildAsync(CauNoiApp app)
    {
        var world = new AccessMatrixWorld(app, Guid.NewGuid().ToString("N")[..6]);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Db())
        {
            world.TransferTarget = await scope.Context.Organisations.Where(o => o.Code == "CN").Select(o => o.Id).SingleAsync(ct);
            foreach (var (place, code) in new[] { (Place.HoanKiem, "XA-00070"), (Place.HaNoi, "SCT-01"), (Place.TuyenQuang, "SCT-08") })
                world.Organisations[place] = await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(ct);
        }

        foreach (var place in Enum.GetValues<Place>())
        {
            foreach (var state in Enum.GetValues<State>())
                world.Records[(place, state)] = await world.FreshAsync(place, state, $"hồ sơ {state}");
            world.Files[place] = await world.UploadAsync(Submitter(place), world.Records[(place, State.Received)]);
            var members = new[] { await world.FreshAsync(place, State.Received, "nhóm 1"), await world.FreshAsync(place, State.Received, "nhóm 2") };
            world.Groups[place] = await world.GroupAsync(members);
        }

        foreach (var caller in AccessMatrixTests.Callers.Where(c => c is not ("anonymous" or "disabled")))
        {
            world._api[caller] = await app.ApiAs(caller);
            world._pages[caller] = await SignedInAsync(app, caller, DemoData.Password);
        }
        world._api["anonymous"] = app.CreateClient();
        world._pages["anonymous"] = (PageClient.For(app), null);

        // Signed in on both surfaces, then disabled as an administrator's edit does: what it holds must open nothing.
        var disabled = await HostileCorpusTests.NewAccountAsync(app, world.DisabledUser, "XA-00070", Roles.CommuneOfficer, DisabledPassword);
        world._api["disabled"] = await app.ApiAs(disabled.UserName, DisabledPassword);
        world._pages["disabled"] = await SignedInAsync(app, disabled.UserName, DisabledPassword);
        await using (var scope = app.Db())
            await scope.Context.Users.Where(u => u.Id == disabled.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), ct);
        return world;
    }

    private static async Task<(PageClient, string?)> SignedInAsync(CauNoiApp app, string userName, string password)
    {
        var client = await PageClient.SignedIn(app, userName, password);
        // One antiforgery token serves every form of this session (the layout's sign-out form carries it).
        var (_, home) = await client.GetAsync("/");
        return (client, home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
    }

    /// <summary>A new record at the place, submitted by its locality and taken to the state by the hub (which handles every record).</summary>
    public async Task<int> FreshAsync(Place place, State state, string what = "mới")
    {
        var ct = TestContext.Current.CancellationToken;
        var (submitter, field, _) = Places[place];
        var id = (await App.SubmitAsync(submitter, $"Ma trận quyền {Word(place)} {what} lưới điện trung thế chậm cải tạo",
            "Đề nghị Bộ đôn đốc cải tạo lưới điện trung thế của địa phương.", field, ct: ct)).Summary.Id;
        if (state == State.Submitted) return id;
        await App.ActAsync("cuc.ctdp", id, new { action = "receive" }, ct);
        if (state == State.NeedsInformation)
            await App.ActAsync("cuc.ctdp", id, new { action = "request-information", comment = "Đề nghị gửi biên bản khảo sát." }, ct);
        if (state == State.Answered)
            await App.ActAsync("cuc.ctdp", id, RecommendationSteps.OfficialAnswer("Bộ đã chỉ đạo đơn vị điện lực cải tạo trong quý tới."), ct);
        return id;
    }

    public async Task<Guid> UploadAsync(string caller, int id)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await App.ApiAs(caller)).PostAsync($"/api/v1/recommendations/{id}/attachments", Pdf(), ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))!.Single().Id;
    }

    /// <summary>Two records grouped by the hub, under a title of the unit's own words.</summary>
    public async Task<int> GroupAsync(int[] members)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await (await App.ApiAs("cuc.ctdp")).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = "Nhóm ma trận quyền " + Run, recommendationIds = members }, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationGroupsApi.GroupDetail>(ApiJson.Options, ct))!.Id;
    }

    public static MultipartFormDataContent Pdf(MultipartFormDataContent? form = null)
    {
        form ??= [];
        var part = new ByteArrayContent(SampleFiles.Pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "files", "bien-ban.pdf");
        return form;
    }
}
