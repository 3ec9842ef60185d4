using System.Collections.Concurrent;
using System.Text.Json;
using CauNoi.Tests.Features.Meetings;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Meetings;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to a meeting, written out by hand from the rules (MeetingScope's summary, MeetingScope.MayOrganise,
/// Actor.Acts), never computed from the code. The meetings are the Ministry's: every Ministry account sees every one; a
/// province's department sees the meetings it takes part in; a commune none. The Ministry's accounts record findings,
/// documents and the tasks that follow a finding; recording a recommendation (raised there, or from a finding) is an
/// officer's work, not a Ministry leader's (who directs). Out of scope is "not found". The one meeting: a mission to Hà Nội.
/// </summary>
public abstract class MeetingAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>Each caller against the mission to Hà Nội, for each operation.</summary>
    private static readonly string[] Table =
    [
        "                  open  reply  export  file  listed  report  finding  attach  raise  toRecommendation  toTask  issue  create",
        "xa.hoankiem       404   404    404    404   absent  404     404      404     404    404               404     404    403",
        "xa.badinh         404   404    404    404   absent  404     404      404     404    404               404     404    403",
        "so.hanoi          200   200    200    200   listed  403     403      403     403    403               403     403    403",
        "so.tuyenquang     404   404    404    404   absent  404     404      404     404    404               404     404    403",
        "phutrach.hanoi    200   200    200    200   listed  200     201      201     201    201               201     201    201",
        "cuc.dienluc       200   200    200    200   listed  200     201      201     201    201               201     201    201",
        "lanhdao.dienluc   200   200    200    200   listed  200     201      201     201    201               201     201    201",
        "cuc.ctdp          200   200    200    200   listed  200     201      201     201    201               201     201    201",
        "lanhdao           200   200    200    200   listed  200     201      201     403    403               201     403    201",
        "admin             200   200    200    200   listed  200     201      201     201    201               201     201    201",
        "disabled          401   401    401    401   401     401     401      401     401    401               401     401    401",
        "anonymous         401   401    401    401   401     401     401      401     401    401               401     401    401",
    ];

    /// <param name="Finding">The finding the refused steps aim at: none of them may change it.</param>
    private sealed record World(AccessMatrixWorld Callers, MeetingDetail Meeting, Guid File, int FieldId, int Lead, string Owner)
    {
        public int Finding { get; set; }
    }

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(App, a => new Lazy<Task<World>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        var callers = await AccessMatrixWorld.Of(a);
        var meeting = await MeetingSetup.MissionAsync(a, "ma trận " + callers.Run, ct, MeetingSetup.HaNoi);
        var upload = await callers.Api(MeetingSetup.Organiser).PostAsync($"/api/v1/meetings/{meeting.Id}/files", AccessMatrixWorld.Pdf(), ct);
        var file = (await upload.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))!.Single().Id;
        var (owner, lead) = await TaskApiSetup.AccountAsync(a, "cuc.dienluc", ct);
        var world = new World(callers, meeting, file, await MeetingSetup.FieldAsync(a, "NL", ct), lead, owner);
        world.Finding = await FindingAsync(world, ct);
        return world;
    })).Value;

    /// <summary>A finding of its own for a step that may succeed, so that each success is the first on its finding.</summary>
    private static async Task<int> FindingAsync(World w, CancellationToken ct)
    {
        var response = await w.Callers.Api(MeetingSetup.Organiser).PostAsJsonAsync($"/api/v1/meetings/{w.Meeting.Id}/findings",
            new { provinceCode = MeetingSetup.HaNoi, text = "Phát hiện của đoàn " + Guid.NewGuid().ToString("N")[..6] }, ct);
        return (await response.Content.ReadFromJsonAsync<MeetingDetail.Finding>(ApiJson.Options, ct))!.Id;
    }

    public static IEnumerable<TheoryDataRow<string, string>> Cells() => AccessMatrixTests.CellsOf(Table);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task OnTheMission(string operation, string caller)
    {
        var w = await WorldAsync();
        var api = w.Callers.Api(caller);
        var id = w.Meeting.Id;
        var expected = AccessMatrixTests.Cell(Table, caller, operation);
        var fresh = expected == "201";
        HttpResponseMessage response = operation switch
        {
            "open" => await api.GetAsync($"/api/v1/meetings/{id}", Ct),
            "reply" => await api.GetAsync($"/api/v1/meetings/{id}/reply", Ct),
            "export" => await api.GetAsync($"/api/v1/meetings/{id}/export", Ct),
            "file" => await api.GetAsync($"/api/v1/meetings/{id}/files/{w.File}", Ct),
            "listed" => await api.GetAsync($"/api/v1/meetings?q={Uri.EscapeDataString(w.Meeting.Title)}", Ct),
            "report" => await api.PostAsJsonAsync($"/api/v1/meetings/{id}/report", new { report = "Đoàn đã làm việc với Sở và hai doanh nghiệp." }, Ct),
            "finding" => await api.PostAsJsonAsync($"/api/v1/meetings/{id}/findings", new { provinceCode = MeetingSetup.HaNoi, text = "Phát hiện thêm" }, Ct),
            "attach" => await api.PostAsync($"/api/v1/meetings/{id}/files", AccessMatrixWorld.Pdf(), Ct),
            "raise" => await api.PostAsJsonAsync($"/api/v1/meetings/{id}/recommendations",
                new { title = "Kiến nghị tại buổi làm việc", content = "Nội dung", fieldId = w.FieldId, provinceCode = MeetingSetup.HaNoi }, Ct),
            "toRecommendation" => await api.PostAsJsonAsync($"/api/v1/meetings/{id}/findings/{(fresh ? await FindingAsync(w, Ct) : w.Finding)}/recommendation",
                new { fieldId = w.FieldId }, Ct),
            "toTask" => await api.PostAsJsonAsync($"/api/v1/meetings/{id}/findings/{(fresh ? await FindingAsync(w, Ct) : w.Finding)}/task",
                new { leadOrganisationId = w.Lead, ownerId = w.Owner, assignedBy = "Thứ trưởng", dueOn = MeetingSetup.Today.AddDays(30) }, Ct),
            "issue" => await api.PostAsync($"/api/v1/meetings/{id}/reply/issue", null, Ct),
            "create" => await api.PostAsJsonAsync("/api/v1/meetings", new
            {
                kind = "WorkingMission", title = "Đoàn công tác ma trận quyền", startsOn = MeetingSetup.Today, place = "Hà Nội", chairName = "Thứ trưởng",
                provinces = new[] { new { provinceCode = MeetingSetup.HaNoi } },
            }, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        var status = ((int)response.StatusCode).ToString();
        if (operation == "listed" && status == "200")
        {
            var page = JsonSerializer.Deserialize<Page<MeetingsApi.Item>>(await response.Content.ReadAsStringAsync(Ct), ApiJson.Options)!;
            status = page.Items.Any(i => i.Id == id) ? "listed" : "absent";
        }
        Assert.True(expected == status, $"{caller} {operation}: expected {expected}, got {status}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every meeting operation the API documents has its column above.</summary>
    [Fact]
    public async Task EveryDocumentedMeetingOperation_HasItsColumn()
    {
        string[] covered =
        [
            "GET /api/v1/meetings/{id}", "GET /api/v1/meetings/{id}/reply", "GET /api/v1/meetings/{id}/export", "GET /api/v1/meetings/{id}/files/{fileId}", "GET /api/v1/meetings",
            "POST /api/v1/meetings/{id}/report", "POST /api/v1/meetings/{id}/findings", "POST /api/v1/meetings/{id}/files", "POST /api/v1/meetings/{id}/recommendations",
            "POST /api/v1/meetings/{id}/findings/{findingId}/recommendation", "POST /api/v1/meetings/{id}/findings/{findingId}/task", "POST /api/v1/meetings/{id}/reply/issue", "POST /api/v1/meetings",
        ];
        await AccessMatrixTests.AssertCoversAsync(App, AccessMatrixTests.IsMeetingsPillar, covered, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeetingAccessMatrixOnSqlite(SqliteApp app) : MeetingAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeetingAccessMatrixOnPostgres(PostgresApp app) : MeetingAccessMatrixTests(app);
