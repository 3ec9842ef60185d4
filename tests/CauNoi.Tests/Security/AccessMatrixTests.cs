using CauNoi.Tests.Features.Recommendations;
using System.IO.Compression;
using System.Text.Json;
using CauNoi.Web.Features.Recommendations;
using Place = CauNoi.Tests.Security.AccessMatrixWorld.Place;
using State = CauNoi.Tests.Security.AccessMatrixWorld.State;

namespace CauNoi.Tests.Security;

/// <summary>
/// Who may do what to a recommendation, written out by hand as the rules say it (DOMAIN.md, the README's "What each role
/// sees", issue 17), never computed from the code: a commune sees its own records; a province its own and its communes';
/// a Ministry unit what is routed to it; a focal leader the province they follow; the hub (Cục Công Thương địa phương),
/// Ministry leaders and administrators everything. Only the locality that raised a record provides information, rates,
/// reopens or closes it; a province sees its communes' records and may write in their thread. The officers of the unit
/// it is routed to, or of the hub, handle it; a Ministry leader reads and directs but takes no step and submits nothing.
/// Out of scope is "not found", never a hint. Each cell is a test whose name reads as a sentence.
/// </summary>
public abstract class AccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>The rows of every table, in order: one account of each kind, a disabled account and nobody.</summary>
    public static readonly string[] Callers =
        ["xa.hoankiem", "xa.badinh", "so.hanoi", "so.tuyenquang", "phutrach.hanoi", "cuc.dienluc", "lanhdao.dienluc", "cuc.ctdp", "lanhdao", "admin", "disabled", "anonymous"];

    private static readonly Dictionary<string, string> Roles = new()
    {
        ["xa.hoankiem"] = "commune officer (Hoàn Kiếm)",
        ["xa.badinh"] = "commune officer (Ba Đình)",
        ["so.hanoi"] = "province officer (Sở Hà Nội)",
        ["so.tuyenquang"] = "province officer (Sở Tuyên Quang)",
        ["phutrach.hanoi"] = "focal leader for Hà Nội",
        ["cuc.dienluc"] = "Ministry unit officer (Cục Điện lực)",
        ["lanhdao.dienluc"] = "Ministry unit leader (Cục Điện lực)",
        ["cuc.ctdp"] = "hub officer (Cục Công Thương địa phương)",
        ["lanhdao"] = "Ministry leader",
        ["admin"] = "administrator",
        ["disabled"] = "disabled commune officer (Hoàn Kiếm)",
        ["anonymous"] = "anonymous",
    };

    /// <summary>
    /// The columns: Hoàn Kiếm's record (a commune of Hà Nội, routed to Cục Điện lực), Sở Hà Nội's own (routed to Văn phòng
    /// Bộ, where the Ministry leader and the administrator sit), Sở Tuyên Quang's (routed to Cục Hóa chất); and what each is to each caller.
    /// </summary>
    private static readonly string[] Relations =
    [
        "                  Hoàn Kiếm's          | Hà Nội's              | Tuyên Quang's",
        "xa.hoankiem     | own                  | own province's        | other province's",
        "xa.badinh       | another commune's    | own province's        | other province's",
        "so.hanoi        | own commune's        | own                   | other province's",
        "so.tuyenquang   | other province's     | other province's      | own",
        "phutrach.hanoi  | followed province's  | followed province's   | other province's",
        "cuc.dienluc     | routed               | not routed            | not routed",
        "lanhdao.dienluc | routed               | not routed            | not routed",
        "cuc.ctdp        | any                  | any                   | any",
        "lanhdao         | any                  | routed to his office  | any",
        "admin           | any                  | routed to his office  | any",
        "disabled        | own                  | own province's        | other province's",
        "anonymous       | Hoàn Kiếm's          | Hà Nội's              | Tuyên Quang's",
    ];

    // The tables. API answers: 200, 201, 400, 401, 403, 404; a list either has the record ("listed") or not ("absent").
    // A page shows the same rule in its own words (shown or done / refused / 404 / sign-in).

    /// <summary>Opening the record (its history, thread and file list with it), its similar list, a file, its group.</summary>
    private static readonly string[] Sees =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       200   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          200   200   404",
        "so.tuyenquang     404   404   200",
        "phutrach.hanoi    200   200   404",
        "cuc.dienluc       200   404   404",
        "lanhdao.dienluc   200   404   404",
        "cuc.ctdp          200   200   200",
        "lanhdao           200   200   200",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>
    /// Opening the organisation that raised the record: the scope rule read over organisations (a commune its own, a
    /// province its own and its communes', a Ministry unit only itself and the Ministry's units, which are public).
    /// </summary>
    private static readonly string[] SeesOrganisation =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       200   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          200   200   404",
        "so.tuyenquang     404   404   200",
        "phutrach.hanoi    200   200   404",
        "cuc.dienluc       404   404   404",
        "lanhdao.dienluc   404   404   404",
        "cuc.ctdp          200   200   200",
        "lanhdao           200   200   200",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>Whether the list, a search and the export include the record.</summary>
    private static readonly string[] Lists =
    [
        "                  HK       HN       TQ",
        "xa.hoankiem       listed   absent   absent",
        "xa.badinh         absent   absent   absent",
        "so.hanoi          listed   listed   absent",
        "so.tuyenquang     absent   absent   listed",
        "phutrach.hanoi    listed   listed   absent",
        "cuc.dienluc       listed   absent   absent",
        "lanhdao.dienluc   listed   absent   absent",
        "cuc.ctdp          listed   listed   listed",
        "lanhdao           listed   listed   listed",
        "admin             listed   listed   listed",
        "disabled          401      401      401",
        "anonymous         401      401      401",
    ];

    /// <summary>Writing in the thread, attaching a file: whoever sees the record (a province on its communes' too, a leader directing).</summary>
    private static readonly string[] Writes =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       201   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          201   201   404",
        "so.tuyenquang     404   404   201",
        "phutrach.hanoi    201   201   404",
        "cuc.dienluc       201   404   404",
        "lanhdao.dienluc   201   404   404",
        "cuc.ctdp          201   201   201",
        "lanhdao           201   201   201",
        "admin             201   201   201",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>
    /// Handling steps (receive, start, request information, transfer, outside the remit, answer, merge, answer a group):
    /// the unit it is routed to and the hub; an administrator acts as the hub does (Actor.cs decides it; DOMAIN.md is silent).
    /// </summary>
    private static readonly string[] Handles =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       403   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          403   403   404",
        "so.tuyenquang     404   404   403",
        "phutrach.hanoi    403   403   404",
        "cuc.dienluc       200   404   404",
        "lanhdao.dienluc   200   404   404",
        "cuc.ctdp          200   200   200",
        "lanhdao           403   403   403",
        "admin             200   200   200",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>The owner's steps (provide information, rate, reopen, close): only the locality that raised the record.</summary>
    private static readonly string[] Owns =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       200   404   404",
        "xa.badinh         404   404   404",
        "so.hanoi          403   200   404",
        "so.tuyenquang     404   404   200",
        "phutrach.hanoi    403   403   404",
        "cuc.dienluc       403   404   404",
        "lanhdao.dienluc   403   404   404",
        "cuc.ctdp          403   403   403",
        "lanhdao           403   403   403",
        "admin             403   403   403",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>Making a group of two records at the place: Ministry staff who handle both; a locality never (whatever the records).</summary>
    private static readonly string[] Groups =
    [
        "                  HK    HN    TQ",
        "xa.hoankiem       403   403   403",
        "xa.badinh         403   403   403",
        "so.hanoi          403   403   403",
        "so.tuyenquang     403   403   403",
        "phutrach.hanoi    403   403   404",
        "cuc.dienluc       201   404   404",
        "lanhdao.dienluc   201   404   404",
        "cuc.ctdp          201   201   201",
        "lanhdao           403   403   403",
        "admin             201   201   201",
        "disabled          401   401   401",
        "anonymous         401   401   401",
    ];

    /// <summary>
    /// What no record decides: submitting (a locality its own, Ministry staff on a locality's behalf, never a Ministry
    /// leader), importing a conference list (Ministry staff; a form without its file is then a 400), the audit log and the
    /// administration pages (administrators), the weekly report and the library of answers (everyone signed in, each their own scope).
    /// </summary>
    private static readonly string[] RoleOnly =
    [
        "                  submit  import  audit  report  library  submit-page  import-page  audit-page  users-page  settings-page  list-page  brief  brief-of  directions  direct",
        "xa.hoankiem       201     403     403    200     200      shown        refused      refused     refused     refused        shown      403    403       403         403",
        "xa.badinh         201     403     403    200     200      shown        refused      refused     refused     refused        shown      403    403       403         403",
        "so.hanoi          201     403     403    200     200      shown        refused      refused     refused     refused        shown      403    403       403         403",
        "so.tuyenquang     201     403     403    200     200      shown        refused      refused     refused     refused        shown      403    403       403         403",
        "phutrach.hanoi    201     400     403    200     200      shown        shown        refused     refused     refused        shown      200    200       403         403",
        "cuc.dienluc       201     400     403    200     200      shown        shown        refused     refused     refused        shown      403    403       403         403",
        "lanhdao.dienluc   201     400     403    200     200      shown        shown        refused     refused     refused        shown      403    403       403         403",
        "cuc.ctdp          201     400     403    200     200      shown        shown        refused     refused     refused        shown      403    200       403         403",
        "lanhdao           403     403     403    200     200      refused      refused      refused     refused     refused        shown      200    403       403         403",
        "admin             201     400     200    200     200      shown        shown        shown       shown       shown          shown      403    200       200         400",
        "disabled          401     401     401    401     401      sign-in      sign-in      sign-in     sign-in     sign-in        sign-in    401    401       401         401",
        "anonymous         401     401     401    401     401      sign-in      sign-in      sign-in     sign-in     sign-in        sign-in    401    401       401         401",
    ];

    // ---- the families: one operation each, on one surface, with its table ----

    private sealed record Family(string Name, string[] Table, Func<AccessMatrixTests, AccessMatrixWorld, string, Place, Want, Task<Observed>> Run);

    private sealed record Observed(string Outcome, string Body = "");

    /// <summary>The cell's expected outcome, and whether it acts on a record of its own (where the step is to go through).</summary>
    private sealed record Want(string Expected, bool Fresh);

    private sealed record Step(string Action, State From, Func<AccessMatrixWorld, Place, Dictionary<string, object>> Fields);

    private static readonly Step[] Steps =
    [
        new("receive", State.Submitted, (_, _) => []),
        new("start", State.Received, (_, _) => []),
        new("request-information", State.Received, (_, _) => new() { ["comment"] = "Đề nghị gửi thêm biên bản khảo sát." }),
        new("transfer", State.Received, (w, _) => new() { ["targetUnitId"] = w.TransferTarget }),
        new("outside-remit", State.Received, (_, _) => new() { ["competentBody"] = "Ủy ban nhân dân tỉnh" }),
        new("answer", State.Received, (_, _) => new()
        {
            ["answer"] = "Bộ đã chỉ đạo cải tạo lưới điện trong quý tới.", ["letterNumber"] = "1234/BCT-ĐL",
            ["signerName"] = "Phan Thị Hà", ["signerTitle"] = "Phó Cục trưởng", ["confirmed"] = true,
        }),
        // Into another record at the same place, which whoever sees this one sees too.
        new("merge", State.Received, (w, p) => new() { ["duplicateOfId"] = w.Records[(p, State.Submitted)] }),
        new("provide-information", State.NeedsInformation, (_, _) => new() { ["comment"] = "Đã gửi biên bản khảo sát kèm theo." }),
        new("rate", State.Answered, (_, _) => new() { ["satisfied"] = true }),
        new("reopen", State.Answered, (_, _) => new() { ["comment"] = "Câu trả lời chưa nêu thời hạn cải tạo." }),
        new("close", State.Answered, (_, _) => []),
    ];

    private static string[] StepTable(string action) => action switch
    {
        "provide-information" or "rate" or "reopen" or "close" => Owns,
        _ => Handles,
    };

    private static readonly Family[] Families =
    [
        new("open (API)", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/recommendations/{w.Records[(p, State.Received)]}")),
        new("open (page)", Sees, (t, w, c, p, _) => t.PageGetAsync(w, c, $"/kien-nghi/{w.Records[(p, State.Received)]}")),
        new("search (API)", Lists, (t, w, c, p, _) => t.ListedAsync(w, p, w.Api(c), $"/api/v1/recommendations?q={w.Word(p)}")),
        new("search (page)", Lists, (t, w, c, p, _) => t.ListedAsync(w, p, w.Page(c).Client.Http, $"/kien-nghi?q={w.Word(p)}")),
        new("export (API)", Lists, (t, w, c, p, _) => t.ExportedAsync(w, c, p)),
        new("its tasks (API)", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/recommendations/{w.Records[(p, State.Received)]}/tasks")),
        new("similar (API)", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/recommendations/{w.Records[(p, State.Received)]}/similar")),
        new("similar (page)", Sees, (t, w, c, p, _) => t.PageGetAsync(w, c, $"/kien-nghi/{w.Records[(p, State.Received)]}/tuong-tu")),
        new("download a file (API)", Sees, (t, w, c, p, _) =>
            t.GetAsync(w.Api(c), $"/api/v1/recommendations/{w.Records[(p, State.Received)]}/attachments/{w.Files[p]}")),
        new("write in the thread (API)", Writes, (t, w, c, p, _) => t.SendAsync(w.Api(c), HttpMethod.Post,
            $"/api/v1/recommendations/{w.Records[(p, State.Received)]}/messages", JsonContent.Create(new { text = "Đề nghị làm rõ tiến độ." }))),
        new("write in the thread (page)", Writes, (t, w, c, p, _) => t.PagePostAsync(w, c,
            $"/kien-nghi/{w.Records[(p, State.Received)]}?handler=Message", new() { ["MessageText"] = "Đề nghị làm rõ tiến độ." })),
        new("attach a file (API)", Writes, (t, w, c, p, _) => t.SendAsync(w.Api(c), HttpMethod.Post,
            $"/api/v1/recommendations/{w.Records[(p, State.Received)]}/attachments", AccessMatrixWorld.Pdf())),
        new("attach a file (page)", Writes, (t, w, c, p, _) => t.PageUploadAsync(w, c, w.Records[(p, State.Received)])),
        new("open its group (API)", Sees, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/recommendation-groups/{w.Groups[p]}")),
        new("open its group (page)", Sees, (t, w, c, p, _) => t.PageGetAsync(w, c, $"/kien-nghi/nhom/{w.Groups[p]}")),
        new("open the organisation that raised it (API)", SeesOrganisation, (t, w, c, p, _) => t.GetAsync(w.Api(c), $"/api/v1/organisations/{w.Organisations[p]}")),
        new("open the organisation that raised it (page)", SeesOrganisation, (t, w, c, p, _) => t.PageGetAsync(w, c, $"/to-chuc/{w.Organisations[p]}")),
        new("make a group (API)", Groups, (t, w, c, p, want) => t.MakeGroupAsync(w, c, p, want.Fresh)),
        new("answer its group (API)", Handles, (t, w, c, p, want) => t.AnswerGroupAsync(w, c, p, want.Fresh)),
        .. Steps.Select(s => new Family($"{s.Action} (API)", StepTable(s.Action), (t, w, c, p, want) => t.StepAsync(w, c, p, s, want, page: false))),
        .. Steps.Select(s => new Family($"{s.Action} (page)", StepTable(s.Action), (t, w, c, p, want) => t.StepAsync(w, c, p, s, want, page: true))),
    ];

    private static readonly Place[] Columns = [Place.HoanKiem, Place.HaNoi, Place.TuyenQuang];

    private static string Column(Place p) => p switch { Place.HoanKiem => "HK", Place.HaNoi => "HN", _ => "TQ" };

    /// <summary>A table's cell, read as written (the header names the columns, the first word of a row its caller).</summary>
    /// <summary>
    /// A one-record table's cells as theory rows, each named as what it says: every column for every caller (these
    /// <see cref="Callers"/>, or a pillar's own list when it adds accounts).
    /// </summary>
    public static IEnumerable<TheoryDataRow<string, string>> CellsOf(string[] table, IReadOnlyList<string>? callers = null) =>
        from column in table[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        from caller in callers ?? Callers
        select new TheoryDataRow<string, string>(column, caller) { TestDisplayName = $"{caller} · {column} → {Cell(table, caller, column)}" };

    /// <summary>The columns of a pillar's table are exactly the operations the API documents under it.</summary>
    public static async Task AssertCoversAsync(CauNoiApp app, Func<string, bool> pillar, string[] covered, CancellationToken ct)
    {
        var documented = await DocumentedAsync(app, pillar, ct);
        Assert.True(documented.Except(covered).ToList() is [], "Operations no column covers: " + string.Join(", ", documented.Except(covered)));
        Assert.True(covered.Except(documented).ToList() is [], "Columns for operations the API no longer documents: " + string.Join(", ", covered.Except(documented)));
    }

    public static string Cell(string[] table, string caller, string column)
    {
        var header = table[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var row = table.Skip(1).Select(r => r.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Single(r => r[0] == caller);
        Assert.Equal(header.Length + 1, row.Length);
        return row[Array.IndexOf(header, column) + 1];
    }

    private static string Relation(string caller, Place place) => RelationIn(Relations, caller, (int)place);

    /// <summary>What the record in a column is to the caller, as a table of relations (columns split by '|') says it.</summary>
    public static string RelationIn(string[] relations, string caller, int column) =>
        relations.Skip(1).Select(r => r.Split('|').Select(x => x.Trim()).ToArray()).Single(r => r[0] == caller)[column + 1];

    /// <summary>What a page says for an API answer of the same table: the rule is one, the words are the page's.</summary>
    private static string OnPage(string api, bool post) => api switch
    {
        "200" or "201" => post ? "done" : "shown",
        "403" => "refused",
        "401" => "sign-in",
        _ => api,
    };

    private static string Expected(Family f, string caller, Place place)
    {
        var cell = Cell(f.Table, caller, Column(place));
        return f.Name.EndsWith("(page)", StringComparison.Ordinal) && cell is not ("listed" or "absent")
            ? OnPage(cell, post: !f.Name.StartsWith("open", StringComparison.Ordinal) && !f.Name.StartsWith("similar", StringComparison.Ordinal))
            : cell;
    }

    public static IEnumerable<TheoryDataRow<string, string, string>> RecordCells() =>
        from f in Families
        from caller in Callers
        from place in Columns
        let expected = Expected(f, caller, place)
        select new TheoryDataRow<string, string, string>(f.Name, caller, Column(place))
        {
            TestDisplayName = $"{Roles[caller]} · {f.Name} · {Relation(caller, place)} → {expected}",
        };

    public static IEnumerable<TheoryDataRow<string, string>> RoleCells() =>
        from column in RoleOnly[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        from caller in Callers
        select new TheoryDataRow<string, string>(column, caller)
        {
            TestDisplayName = $"{Roles[caller]} · {column} → {Cell(RoleOnly, caller, column)}",
        };

    [Theory]
    [MemberData(nameof(RecordCells))]
    public async Task OnARecord(string family, string caller, string column)
    {
        var world = await AccessMatrixWorld.Of(App);
        var f = Families.Single(x => x.Name == family);
        var place = Columns.Single(p => Column(p) == column);
        var expected = Expected(f, caller, place);

        // A step the table allows (or that a known disagreement lets through) acts on a record of its own, so that the shared ones stay as they are.
        var fresh = expected is "200" or "201" or "done";
        var observed = await f.Run(this, world, caller, place, new Want(expected, fresh));

        // Whatever the answer, it carries no record the caller may not see (a list, a group's members, a similar list).
        // (The word followed by a space, as titles have it: a search box that repeats the word searched is no leak.)
        var unseen = Columns.Where(p => Cell(Sees, caller, Column(p)) != "200").Select(world.Word).Where(word => observed.Body.Contains(word + " ")).ToList();
        Assert.True(unseen is [], $"The answer shows records the caller may not see: {string.Join(", ", unseen)}");
        Assert.Equal(expected, observed.Outcome);
    }

    [Theory]
    [MemberData(nameof(RoleCells))]
    public async Task ByRole(string family, string caller)
    {
        var world = await AccessMatrixWorld.Of(App);
        var expected = Cell(RoleOnly, caller, family);
        var api = world.Api(caller);
        var observed = family switch
        {
            "submit" => await SubmitAsync(world, api),
            "import" => await SendAsync(api, HttpMethod.Post, "/api/v1/recommendations/import",
                new MultipartFormDataContent { { new StringContent("Hội nghị kiểm tra quyền"), "conferenceName" } }),
            "audit" => await GetAsync(api, "/api/v1/audit?entityType=" + world.Word(Place.HoanKiem)),
            "report" => await GetAsync(api, "/api/v1/reports/weekly"),
            "library" => await GetAsync(api, "/api/v1/recommendations/library?q=" + world.Word(Place.HoanKiem)),
            "submit-page" => await PageGetAsync(world, caller, "/kien-nghi/gui"),
            "import-page" => await PageGetAsync(world, caller, "/kien-nghi/nhap-hoi-nghi"),
            "audit-page" => await PageGetAsync(world, caller, "/quan-tri/nhat-ky"),
            "users-page" => await PageGetAsync(world, caller, "/quan-tri/nguoi-dung"),
            "settings-page" => await PageGetAsync(world, caller, "/quan-tri/cai-dat"),
            "list-page" => await PageGetAsync(world, caller, "/kien-nghi"),
            "brief" => await GetAsync(api, "/api/v1/briefs/me?week=2026-W10"),
            "brief-of" => await GetAsync(api, "/api/v1/briefs/me?week=2026-W10&leader=phutrach.hanoi"),
            "directions" => await GetAsync(api, "/api/v1/unit-directions"),
            "direct" => await SendAsync(api, HttpMethod.Post, "/api/v1/unit-directions", JsonContent.Create(new { })),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
        };
        Assert.Equal(expected, observed.Outcome);
    }

    /// <summary>Every operation the API documents is in a table above (or named here as outside this pillar), so a new one cannot slip past.</summary>
    [Fact]
    public async Task EveryDocumentedOperation_HasItsTable()
    {
        string[] covered =
        [
            "POST /api/v1/recommendations", "GET /api/v1/recommendations", "GET /api/v1/recommendations/{id}",
            "POST /api/v1/recommendations/{id}/transitions", "POST /api/v1/recommendations/{id}/messages",
            "POST /api/v1/recommendations/{id}/attachments", "GET /api/v1/recommendations/{id}/attachments/{attachmentId}",
            "GET /api/v1/recommendations/{id}/similar", "GET /api/v1/recommendations/{id}/tasks", "GET /api/v1/recommendations/export", "GET /api/v1/recommendations/library",
            "POST /api/v1/recommendations/import", "POST /api/v1/recommendation-groups", "GET /api/v1/recommendation-groups/{id}",
            "POST /api/v1/recommendation-groups/{id}/answer", "GET /api/v1/audit", "GET /api/v1/reports/weekly", "GET /api/v1/organisations/{id}",
            "GET /api/v1/briefs/me", "GET /api/v1/unit-directions", "POST /api/v1/unit-directions",
        ];
        // Not the recommendations pillar, or not about anyone's records; their own tests keep them.
        string[] outside =
        [
            "POST /api/v1/auth/token", "GET /api/v1/me", "GET /api/v1/admin-units/provinces", "GET /api/v1/admin-units/provinces/{code}",
            "GET /api/v1/admin-units/communes", "GET /api/v1/admin-units/communes/{code}", "GET /api/v1/calendar/deadline",
            "GET /api/v1/calendar/days", "GET /api/v1/organisations", "GET /api/v1/notifications",
            "POST /api/v1/notifications/{id}/read", "POST /api/v1/notifications/read-all",
            // The draft's similar list and the import template hold no record of anyone's: every caller may ask.
            "GET /api/v1/recommendations/similar", "GET /api/v1/recommendations/import/template",
            // The tasks pillar: its own tests (Features/Tasks) keep these until the tasks' matrix covers them.
            "GET /api/v1/reports/tasks",
            // Ending a unit direction: administrators only, kept by UnitDirectionsTests.
            "POST /api/v1/unit-directions/{id}/end",
        ];
        var documented = await DocumentedAsync(App, path => !IsTasksPillar(path) && !IsMeetingsPillar(path) && !IsIndicatorsPillar(path) && !IsClustersPillar(path) && !IsClusterStatistics(path) && !IsClusterInspectionsPillar(path)
            && !IsCouncilsPillar(path) && !IsPromotionPillar(path) && !IsPromotionFigures(path) && !IsAwardsPillar(path), Ct);

        var missing = documented.Except(covered).Except(outside).ToList();
        var gone = covered.Concat(outside).Except(documented).ToList();
        Assert.True(missing is [], "Operations no table covers: " + string.Join(", ", missing));
        Assert.True(gone is [], "Rows for operations the API no longer documents: " + string.Join(", ", gone));
    }

    /// <summary>The API's operations as its OpenAPI document lists them ("GET /api/v1/tasks/{id}"), those under the paths kept.</summary>
    public static async Task<List<string>> DocumentedAsync(CauNoiApp app, Func<string, bool> keep, CancellationToken ct)
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json", ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        string[] methods = ["get", "put", "post", "delete", "patch"];
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal) && keep(p.Name))
            .SelectMany(p => p.Value.EnumerateObject().Where(m => methods.Contains(m.Name)).Select(m => $"{m.Name.ToUpperInvariant()} {p.Name.TrimEnd('/')}"))
            .ToList();
    }

    /// <summary>The meetings' operations: MeetingAccessMatrixTests keeps their table.</summary>
    public static bool IsMeetingsPillar(string path) => path.StartsWith("/api/v1/meetings", StringComparison.Ordinal);

    /// <summary>The clusters registry's operations: ClusterAccessMatrixTests keeps their table.</summary>
    public static bool IsClustersPillar(string path) => path.StartsWith("/api/v1/clusters", StringComparison.Ordinal) && !IsClusterStatistics(path) && !IsClusterInspectionsPillar(path);

    /// <summary>The councils and their score forms: CouncilAccessMatrixTests keeps their table.</summary>
    public static bool IsCouncilsPillar(string path) => path.StartsWith("/api/v1/councils", StringComparison.Ordinal);

    /// <summary>Khuyến công plans and proposals: PromotionAccessMatrixTests keeps their table.</summary>
    public static bool IsPromotionPillar(string path) => path.StartsWith("/api/v1/promotion", StringComparison.Ordinal) && !IsPromotionFigures(path);

    /// <summary>The khuyến công figures and their exports: PromotionFiguresAccessMatrixTests keeps their table.</summary>
    public static bool IsPromotionFigures(string path) => path.StartsWith("/api/v1/promotion/figures", StringComparison.Ordinal);

    /// <summary>Award rounds and nominations: AwardAccessMatrixTests keeps their table.</summary>
    public static bool IsAwardsPillar(string path) => path.StartsWith("/api/v1/awards", StringComparison.Ordinal);

    /// <summary>A cluster's inspections: ClusterInspectionAccessMatrixTests keeps their table.</summary>
    public static bool IsClusterInspectionsPillar(string path) =>
        path.StartsWith("/api/v1/clusters/{id}/inspections", StringComparison.Ordinal);

    /// <summary>The indicators' operations: IndicatorAccessMatrixTests keeps their table.</summary>
    public static bool IsIndicatorsPillar(string path) =>
        path.StartsWith("/api/v1/indicators", StringComparison.Ordinal) || path.StartsWith("/api/v1/forms", StringComparison.Ordinal)
        || path.StartsWith("/api/v1/form-reports", StringComparison.Ordinal) || path.StartsWith("/api/v1/values", StringComparison.Ordinal)
        || path.StartsWith("/api/v1/completeness", StringComparison.Ordinal) || path.StartsWith("/api/v1/targets", StringComparison.Ordinal)
        || path.StartsWith("/api/v1/reports/indicators", StringComparison.Ordinal) || path.StartsWith("/api/v1/open-data", StringComparison.Ordinal);

    /// <summary>The clusters' national statistics: ClusterStatisticsAccessMatrixTests keeps their table.</summary>
    public static bool IsClusterStatistics(string path) => path.StartsWith("/api/v1/clusters/statistics", StringComparison.Ordinal);

    /// <summary>The tasks register's operations: TaskAccessMatrixTests keeps their tables.</summary>
    public static bool IsTasksPillar(string path) =>
        path.StartsWith("/api/v1/tasks", StringComparison.Ordinal) || path.StartsWith("/api/v1/documents", StringComparison.Ordinal);

    // ---- how each family calls, and what it makes of the answer ----

    private async Task<Observed> GetAsync(HttpClient client, string path) => await SendAsync(client, HttpMethod.Get, path, null);

    private async Task<Observed> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await client.SendAsync(request, Ct);
        return new(((int)response.StatusCode).ToString(), await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<Observed> ListedAsync(AccessMatrixWorld w, Place p, HttpClient client, string path)
    {
        var (status, body) = await SendAsync(client, HttpMethod.Get, path, null);
        if (status == "302") return new("sign-in", body);
        return status == "200" ? new(body.Contains(Recommendation.FormatNumber(w.Records[(p, State.Received)])) ? "listed" : "absent", body) : new(status, body);
    }

    private async Task<Observed> ExportedAsync(AccessMatrixWorld w, string caller, Place p)
    {
        using var response = await w.Api(caller).GetAsync($"/api/v1/recommendations/export?q={w.Word(p)}", Ct);
        if (response.StatusCode != HttpStatusCode.OK) return new(((int)response.StatusCode).ToString());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        var text = string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        return new(text.Contains(Recommendation.FormatNumber(w.Records[(p, State.Received)])) ? "listed" : "absent", text);
    }

    private async Task<Observed> SubmitAsync(AccessMatrixWorld w, HttpClient api)
    {
        await using var scope = App.Db();
        var field = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        return await SendAsync(api, HttpMethod.Post, "/api/v1/recommendations", JsonContent.Create(new
        {
            title = $"Ma trận quyền gửi {w.Run} lưới điện", content = "Đề nghị Bộ đôn đốc cải tạo.", fieldId = field,
            provinceCode = "01", channel = "Hotline",
        }));
    }

    private async Task<Observed> PageGetAsync(AccessMatrixWorld w, string caller, string path)
    {
        using var response = await w.Page(caller).Client.Http.GetAsync(path, Ct);
        return await PageOutcomeAsync(response);
    }

    private async Task<Observed> PagePostAsync(AccessMatrixWorld w, string caller, string path, Dictionary<string, string> fields)
    {
        var (client, token) = w.Page(caller);
        if (token is not null) fields["__RequestVerificationToken"] = token;
        using var response = await client.Http.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
        return await PageOutcomeAsync(response);
    }

    private async Task<Observed> PageUploadAsync(AccessMatrixWorld w, string caller, int id)
    {
        var (client, token) = w.Page(caller);
        var form = AccessMatrixWorld.Pdf();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await client.Http.PostAsync($"/kien-nghi/{id}?handler=Attachment", form, Ct);
        return await PageOutcomeAsync(response);
    }

    /// <summary>A page's answer in its users' terms: sent to sign in, refused (403, the access-denied page, or the page's refusal), not found, done (sent on), shown.</summary>
    private async Task<Observed> PageOutcomeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        var to = response.Headers.Location is { } location ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString : "";
        var outcome = (int)response.StatusCode switch
        {
            302 or 303 when to.StartsWith("/dang-nhap", StringComparison.Ordinal) => "sign-in",
            302 or 303 when to.StartsWith("/khong-co-quyen", StringComparison.Ordinal) => "refused",
            302 or 303 => "done",
            403 => "refused",
            404 => "404",
            200 when PageClient.Parse(body).QuerySelector("#refusal, .alert-danger") is not null => "refused",
            200 => "shown",
            var other => other.ToString(),
        };
        return new(outcome, body);
    }

    /// <summary>
    /// A step: where the table allows it, on a record of its own in the state the step leaves from, which must then
    /// have moved; elsewhere on the place's shared record in that state, which must not have changed at all.
    /// </summary>
    private async Task<Observed> StepAsync(AccessMatrixWorld w, string caller, Place p, Step step, Want want, bool page)
    {
        var id = want.Fresh ? await w.FreshAsync(p, step.From) : w.Records[(p, step.From)];
        var before = await SnapshotAsync(id);
        // A refusal must be for who asks: a shared record an earlier cell moved (a hole it found) would refuse for its state.
        if (want.Expected is "403" or "refused")
            Assert.True(before.Status == step.From switch
            {
                State.Submitted => RecommendationStatus.Submitted,
                State.Received => RecommendationStatus.Received,
                State.NeedsInformation => RecommendationStatus.NeedsInformation,
                _ => RecommendationStatus.Answered,
            }, $"The shared record is {before.Status}, not {step.From}: an earlier cell moved it.");
        var fields = step.Fields(w, p);
        Observed observed;
        if (page)
        {
            var form = new Dictionary<string, string> { ["Step.Action"] = step.Action, ["Step.Version"] = before.Version.ToString() };
            foreach (var (name, value) in fields)
                form["Step." + (name == "duplicateOfId" ? "DuplicateOf" : char.ToUpperInvariant(name[0]) + name[1..])] =
                    value is bool b ? (b ? "true" : "false") : value.ToString()!;
            observed = await PagePostAsync(w, caller, $"/kien-nghi/{id}?handler=Act", form);
        }
        else
        {
            fields["action"] = step.Action;
            observed = await SendAsync(w.Api(caller), HttpMethod.Post, $"/api/v1/recommendations/{id}/transitions", JsonContent.Create(fields));
        }
        var after = await SnapshotAsync(id);
        if (observed.Outcome is "200" or "done")
            Assert.True(after.Version > before.Version, $"The step answered {observed.Outcome} but the record did not move.");
        else
            Assert.Equal(before, after);
        return observed;
    }

    private async Task<Observed> MakeGroupAsync(AccessMatrixWorld w, string caller, Place p, bool fresh)
    {
        int[] members = fresh
            ? [await w.FreshAsync(p, State.Received), await w.FreshAsync(p, State.Received)]
            : [w.Records[(p, State.Received)], w.Records[(p, State.Submitted)]];
        var before = await Task.WhenAll(members.Select(SnapshotAsync));
        var observed = await SendAsync(w.Api(caller), HttpMethod.Post, "/api/v1/recommendation-groups",
            JsonContent.Create(new { title = "Nhóm cùng vướng mắc lưới điện", recommendationIds = members }));
        if (observed.Outcome != "201") Assert.Equal(before, await Task.WhenAll(members.Select(SnapshotAsync)));
        return observed;
    }

    private async Task<Observed> AnswerGroupAsync(AccessMatrixWorld w, string caller, Place p, bool fresh)
    {
        var group = fresh ? await w.GroupAsync([await w.FreshAsync(p, State.Received), await w.FreshAsync(p, State.Received)]) : w.Groups[p];
        var members = await MembersAsync(group);
        var before = await Task.WhenAll(members.Select(SnapshotAsync));
        var observed = await SendAsync(w.Api(caller), HttpMethod.Post, $"/api/v1/recommendation-groups/{group}/answer",
            JsonContent.Create(RecommendationSteps.GroupAnswer("Bộ trả lời chung: lưới điện được cải tạo trong quý tới.")));
        var after = await Task.WhenAll(members.Select(SnapshotAsync));
        if (observed.Outcome == "200") Assert.All(after, a => Assert.Equal(RecommendationStatus.Answered, a.Status));
        else Assert.Equal(before, after);
        return observed;
    }

    private async Task<int[]> MembersAsync(int group)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.Where(r => r.GroupId == group).Select(r => r.Id).ToArrayAsync(Ct);
    }

    /// <summary>What a refused step must leave as it was.</summary>
    private sealed record Snapshot(int Version, RecommendationStatus Status, int RoutedUnitId, int? DuplicateOfId, int? GroupId, bool? Satisfied, int Events);

    private async Task<Snapshot> SnapshotAsync(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.Where(r => r.Id == id)
            .Select(r => new Snapshot(r.Version, r.Status, r.RoutedUnitId, r.DuplicateOfId, r.GroupId, r.Satisfied, r.Events.Count))
            .SingleAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessMatrixOnSqlite(SqliteApp app) : AccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccessMatrixOnPostgres(PostgresApp app) : AccessMatrixTests(app);
