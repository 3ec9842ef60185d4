using System.Text.Json;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Tasks;
using Place = CauNoi.Tests.Security.TaskAccessMatrixWorld.Place;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to a task and a document that assigns work, written out by hand from the rules (TaskScope's summary,
/// the who-columns of TaskWorkflow, TaskIntake.MayAssign), never computed from the code. Ministry leaders, administrators
/// and the hub (Cục Công Thương địa phương) see every task; a Ministry unit the tasks it leads, works on or follows; a focal
/// leader also those concerning their provinces; a province's department those it leads or that concern its province; a
/// commune none. The Ministry's accounts see every document; a province those it registered or that hold a task it sees.
/// The lead unit (its officers, the named owner) reports, attaches evidence and asks for time; the assigner (the unit that
/// follows the task, the leader who assigned it, any Ministry leader) decides on extensions and cancels; an administrator
/// does both. A Ministry leader reads and directs but reports nothing. Whoever may assign (the Ministry's accounts, a
/// province's department) registers documents and assigns tasks; a commune's office never. Out of scope is "not found".
/// </summary>
public abstract class TaskAccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Callers = AccessMatrixTests.Callers;

    /// <summary>The columns: what each place's task is to each caller.</summary>
    private static readonly string[] Relations =
    [
        "                  Cục Điện lực's (DL)    | Cục Điện lực's for Hà Nội (DLHN) | Sở Hà Nội's own (HN)",
        "xa.hoankiem     | not its own           | concerns its province          | its province's",
        "xa.badinh       | not its own           | concerns its province          | its province's",
        "so.hanoi        | not concerning it     | concerns it                    | leads and assigns",
        "so.tuyenquang   | not concerning it     | another province's             | another province's",
        "phutrach.hanoi  | not followed          | concerns followed province     | followed province's",
        "cuc.dienluc     | leads                 | leads                          | another's",
        "lanhdao.dienluc | leads                 | leads                          | another's",
        "cuc.ctdp        | assigns (hub)         | assigns (hub)                  | any (hub)",
        "lanhdao         | any (Ministry leader) | any (Ministry leader)          | any (Ministry leader)",
        "admin           | any                   | any                            | any",
        "disabled        | —                     | —                              | —",
        "anonymous       | —                     | —                              | —",
    ];

    /// <summary>Opening the task, its progress reports, its extensions, a file of its evidence.</summary>
    private static readonly string[] Sees =
    [
        "                  DL    DLHN  HN",
        "xa.hoankiem       404   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          404   200   200",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    404   200   200",
        "cuc.dienluc       200   200   404",
        "lanhdao.dienluc   200   200   404",
        "cuc.ctdp          200   200   200",
        "lanhdao           200   200   200",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>Whether a search of the list has the task.</summary>
    private static readonly string[] Lists =
    [
        "                  DL       DLHN     HN",
        "xa.hoankiem       absent   absent   absent",
        "xa.badinh         absent   absent   absent",
        "so.hanoi          absent   listed   listed",
        "so.tuyenquang     absent   absent   absent",
        "phutrach.hanoi    absent   listed   listed",
        "cuc.dienluc       listed   listed   absent",
        "lanhdao.dienluc   listed   listed   absent",
        "cuc.ctdp          listed   listed   listed",
        "lanhdao           listed   listed   listed",
        "admin             listed   listed   listed",
        "disabled          401      401      401",
        "anonymous         401      401      401",
    ];

    /// <summary>The lead unit's steps: report progress, ask for an extension, attach evidence.</summary>
    private static readonly string[] Leads =
    [
        "                  DL    DLHN  HN",
        "xa.hoankiem       404   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          404   403   201",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    404   403   403",
        "cuc.dienluc       201   201   404",
        "lanhdao.dienluc   201   201   404",
        "cuc.ctdp          403   403   403",
        "lanhdao           403   403   403",
        "admin             201   201   201",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>The assigner's steps: decide on an extension, cancel.</summary>
    private static readonly string[] Assigns =
    [
        "                  DL    DLHN  HN",
        "xa.hoankiem       404   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          404   403   200",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    404   403   403",
        "cuc.dienluc       403   403   404",
        "lanhdao.dienluc   403   403   404",
        "cuc.ctdp          200   200   403",
        "lanhdao           200   200   200",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>Opening the document that holds the place's task, and its file.</summary>
    private static readonly string[] SeesDocument =
    [
        "                  DL    DLHN  HN",
        "xa.hoankiem       404   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          404   200   200",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    200   200   200",
        "cuc.dienluc       200   200   200",
        "lanhdao.dienluc   200   200   200",
        "cuc.ctdp          200   200   200",
        "lanhdao           200   200   200",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>Attaching a file to that document: those who may assign, a province's department to its own documents only.</summary>
    private static readonly string[] FilesDocument =
    [
        "                  DL    DLHN  HN",
        "xa.hoankiem       404   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          404   403   201",
        "so.tuyenquang     404   404   404",
        "phutrach.hanoi    201   201   201",
        "cuc.dienluc       201   201   201",
        "lanhdao.dienluc   201   201   201",
        "cuc.ctdp          201   201   201",
        "lanhdao           201   201   201",
        "admin             201   201   201",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>
    /// What no task decides: assigning a task led by one's own unit (owned by oneself), registering a document, the lists.
    /// A commune's office is refused outright (403), not sent back to a form (400).
    /// </summary>
    private static readonly string[] RoleOnly =
    [
        "                  assign  register  tasks  documents  import  template",
        "xa.hoankiem       403     403       200    200        403     200",
        "xa.badinh         403     403       200    200        403     200",
        "so.hanoi          201     201       200    200        400     200",
        "so.tuyenquang     201     201       200    200        400     200",
        "phutrach.hanoi    201     201       200    200        400     200",
        "cuc.dienluc       201     201       200    200        400     200",
        "lanhdao.dienluc   201     201       200    200        400     200",
        "cuc.ctdp          201     201       200    200        400     200",
        "lanhdao           201     201       200    200        400     200",
        "admin             201     201       200    200        400     200",
        "disabled          401     401       401    401        401     401",
        "anonymous         401     401       401    401        401     401",
    ];

    private sealed record Family(string Name, string[] Table, Func<TaskAccessMatrixTests, TaskAccessMatrixWorld, string, Place, bool, Task<Observed>> Run);

    private sealed record Observed(string Outcome, string Body = "");

    private static readonly Family[] Families =
    [
        new("open", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/tasks/{w.Tasks[p]}")),
        new("read its progress reports", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/tasks/{w.Tasks[p]}/progress")),
        new("read its extensions", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/tasks/{w.Tasks[p]}/extensions")),
        new("download its evidence", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/tasks/{w.Tasks[p]}/files/{w.Evidence[p]}")),
        new("search", Lists, (t, w, c, p, _) => t.ListedAsync(w, c, p)),
        new("report progress", Leads, (t, w, c, p, fresh) => t.StepAsync(w, c, p, fresh, false, id =>
            ($"/api/v1/tasks/{id}/progress", new { percent = 50, text = "Đã kiểm tra xong một nửa số trạm." }))),
        new("ask for an extension", Leads, (t, w, c, p, fresh) => t.StepAsync(w, c, p, fresh, false, id =>
            ($"/api/v1/tasks/{id}/extensions", new { dueOn = TaskAccessMatrixWorld.Today.AddDays(45), reason = "Chờ kết quả kiểm định." }))),
        new("attach evidence", Leads, (t, w, c, p, _) => t.SendAsync(w.Api(c), HttpMethod.Post, $"/api/v1/tasks/{w.Tasks[p]}/files", AccessMatrixWorld.Pdf())),
        new("grant an extension", Assigns, (t, w, c, p, fresh) => t.StepAsync(w, c, p, fresh, true, id =>
            ($"/api/v1/tasks/{id}/extensions/decision", new { grant = true, comment = "Đồng ý." }))),
        new("cancel", Assigns, (t, w, c, p, fresh) => t.StepAsync(w, c, p, fresh, false, id =>
            ($"/api/v1/tasks/{id}/steps", new { action = "cancel", comment = "Dự án dừng triển khai." }))),
        new("open its document", SeesDocument, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/documents/{w.Documents[p]}")),
        new("download its document's file", SeesDocument, (t, w, c, p, _) =>
            t.GetAsync(w.Api(c), $"/api/v1/documents/{w.Documents[p]}/files/{w.DocumentFiles[p]}")),
        new("attach a file to its document", FilesDocument, (t, w, c, p, _) =>
            t.SendAsync(w.Api(c), HttpMethod.Post, $"/api/v1/documents/{w.Documents[p]}/files", AccessMatrixWorld.Pdf())),
    ];

    private static readonly Place[] Columns = [Place.DienLuc, Place.DienLucHaNoi, Place.HaNoi];

    private static string Column(Place p) => p switch { Place.DienLuc => "DL", Place.DienLucHaNoi => "DLHN", _ => "HN" };

    private static string Cell(string[] table, string caller, string column) => AccessMatrixTests.Cell(table, caller, column);

    private static string Relation(string caller, Place place) => AccessMatrixTests.RelationIn(Relations, caller, (int)place);

    public static IEnumerable<TheoryDataRow<string, string, string>> TaskCells() =>
        from f in Families
        from caller in Callers
        from place in Columns
        select new TheoryDataRow<string, string, string>(f.Name, caller, Column(place))
        {
            TestDisplayName = $"{caller} · {f.Name} · {Relation(caller, place)} → {Cell(f.Table, caller, Column(place))}",
        };

    public static IEnumerable<TheoryDataRow<string, string>> RoleCells() =>
        from column in RoleOnly[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        from caller in Callers
        select new TheoryDataRow<string, string>(column, caller) { TestDisplayName = $"{caller} · {column} → {Cell(RoleOnly, caller, column)}" };

    [Theory]
    [MemberData(nameof(TaskCells))]
    public async Task OnATask(string family, string caller, string column)
    {
        var world = await TaskAccessMatrixWorld.Of(App);
        var f = Families.Single(x => x.Name == family);
        var place = Columns.Single(p => Column(p) == column);
        var expected = Cell(f.Table, caller, column);

        var observed = await f.Run(this, world, caller, place, expected is "200" or "201");

        // Whatever the answer, it carries no task the caller may not see.
        var unseen = Columns.Where(p => Cell(Sees, caller, Column(p)) != "200").Select(world.Word).Where(word => observed.Body.Contains(word + " ")).ToList();
        Assert.True(unseen is [], $"The answer shows tasks the caller may not see: {string.Join(", ", unseen)}");
        Assert.Equal(expected, observed.Outcome);
    }

    [Theory]
    [MemberData(nameof(RoleCells))]
    public async Task ByRole(string family, string caller)
    {
        var world = await TaskAccessMatrixWorld.Of(App);
        var api = world.Api(caller);
        var observed = family switch
        {
            "assign" => await AssignOwnAsync(world, api, caller),
            "register" => await SendAsync(api, HttpMethod.Post, "/api/v1/documents", JsonContent.Create(new
            {
                type = "OfficialLetter", number = $"{Random.Shared.Next(100_000, 999_999)}/BCT-ĐL", issuedOn = TaskAccessMatrixWorld.Today,
                issuer = "Bộ Công Thương", signerName = "Phan Thị Hà", summary = "Đôn đốc báo cáo " + world.Run,
            })),
            "tasks" => await GetAsync(api, "/api/v1/tasks?q=" + world.Word(Place.DienLuc)),
            "documents" => await GetAsync(api, "/api/v1/documents?q=" + world.Word(Place.DienLuc)),
            // A file that is no spreadsheet: refused as such (400) to whoever may import, before that to whoever may not (403).
            // The template holds no one's records (the units and provinces lists are public): every account may have it.
            "import" => await SendAsync(api, HttpMethod.Post, "/api/v1/tasks/import", NotASpreadsheet()),
            "template" => await GetAsync(api, "/api/v1/tasks/import/template"),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
        };
        Assert.Equal(Cell(RoleOnly, caller, family), observed.Outcome);
    }

    private static MultipartFormDataContent NotASpreadsheet()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("không phải tệp Excel"u8.ToArray()), "file", "nhiem-vu.xlsx");
        return form;
    }

    /// <summary>Every task and document operation the API documents has its table above.</summary>
    [Fact]
    public async Task EveryDocumentedTaskOperation_HasItsTable()
    {
        string[] covered =
        [
            "GET /api/v1/tasks", "POST /api/v1/tasks", "GET /api/v1/tasks/{id}", "GET /api/v1/tasks/{id}/progress", "POST /api/v1/tasks/{id}/progress",
            "POST /api/v1/tasks/{id}/files", "GET /api/v1/tasks/{id}/files/{fileId}", "GET /api/v1/tasks/{id}/extensions",
            "POST /api/v1/tasks/{id}/extensions", "POST /api/v1/tasks/{id}/extensions/decision", "POST /api/v1/tasks/{id}/steps",
            "GET /api/v1/documents", "POST /api/v1/documents", "GET /api/v1/documents/{id}", "POST /api/v1/documents/{id}/files",
            "GET /api/v1/documents/{id}/files/{fileId}", "POST /api/v1/tasks/import", "GET /api/v1/tasks/import/template",
        ];
        var documented = await AccessMatrixTests.DocumentedAsync(App, AccessMatrixTests.IsTasksPillar, Ct);

        Assert.True(documented.Except(covered).ToList() is [], "Operations no table covers: " + string.Join(", ", documented.Except(covered)));
        Assert.True(covered.Except(documented).ToList() is [], "Rows for operations the API no longer documents: " + string.Join(", ", covered.Except(documented)));
    }

    private async Task<Observed> GetAsync(HttpClient client, string path) => await SendAsync(client, HttpMethod.Get, path, null);

    private async Task<Observed> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await client.SendAsync(request, Ct);
        return new(((int)response.StatusCode).ToString(), await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<Observed> ListedAsync(TaskAccessMatrixWorld w, string caller, Place p)
    {
        var (status, body) = await GetAsync(w.Api(caller), $"/api/v1/tasks?q={w.Word(p)}");
        if (status != "200") return new(status, body);
        var page = JsonSerializer.Deserialize<Page<TaskQueries.Item>>(body, ApiJson.Options)!;
        return new(page.Items.Any(i => i.Id == w.Tasks[p]) ? "listed" : "absent", body);
    }

    /// <summary>
    /// A step: where the table allows it, on a task of its own (with an extension pending when the step decides one), which
    /// must then have moved; elsewhere on the place's shared task, which must not have changed at all.
    /// </summary>
    private async Task<Observed> StepAsync(TaskAccessMatrixWorld w, string caller, Place p, bool fresh, bool pending, Func<int, (string Path, object Body)> step)
    {
        var id = w.Tasks[p];
        if (fresh)
        {
            id = await w.FreshAsync(p);
            if (pending) await w.AskExtensionAsync(p, id);
        }
        var before = await SnapshotAsync(id);
        var (path, body) = step(id);
        var observed = await SendAsync(w.Api(caller), HttpMethod.Post, path, JsonContent.Create(body));
        var after = await SnapshotAsync(id);
        if (observed.Outcome is "200" or "201") Assert.True(after.Version > before.Version, $"The step answered {observed.Outcome} but the task did not move.");
        else Assert.Equal(before, after);
        return observed;
    }

    private async Task<Observed> AssignOwnAsync(TaskAccessMatrixWorld w, HttpClient api, string caller)
    {
        var (owner, organisation) = caller is "disabled" or "anonymous" ? ("", 0) : await TaskApiSetup.AccountAsync(App, caller, Ct);
        return await SendAsync(api, HttpMethod.Post, "/api/v1/tasks", JsonContent.Create(new
        {
            title = $"Ma trận quyền giao {w.Run} kiểm tra an toàn", leadOrganisationId = organisation, ownerId = owner, assignedBy = "Lãnh đạo",
            dueOn = TaskAccessMatrixWorld.Today.AddDays(30),
        }));
    }

    /// <summary>What a refused step must leave as it was.</summary>
    private sealed record Snapshot(int Version, WorkTaskState State, int? Progress, bool ExtensionPending, DateOnly DueOn, int Events);

    private async Task<Snapshot> SnapshotAsync(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.Tasks.Where(t => t.Id == id)
            .Select(t => new Snapshot(t.Version, t.State, t.Progress, t.ExtensionPending, t.DueOn, t.Events.Count))
            .SingleAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TaskAccessMatrixOnSqlite(SqliteApp app) : TaskAccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TaskAccessMatrixOnPostgres(PostgresApp app) : TaskAccessMatrixTests(app);
