using System.Net.Http.Headers;
using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Groups;

namespace CauNoi.Tests.Security;

/// <summary>
/// Every operation the API documents under /api/v1, called by nobody and by each kind of demo account,
/// on a record of Hà Nội and one of Tuyên Quang: outside the caller's scope it is 404 (never 403, never
/// data), within scope without the right 403, allowed anything but 401/403/404/500, never a 500.
/// An operation the table below does not classify fails the test, so a new endpoint cannot slip past it.
/// </summary>
public abstract class AccessMatrixTests(CauNoiApp app) : AppTests(app)
{
    public enum Expect { Unauthorized, NotFound, Forbidden, Allowed }

    private enum Kind { Ministry, Province, Commune }

    /// <summary>Where a record sits, as the scope rule reads it.</summary>
    private sealed record Place(string? Province, string? Commune, string? Unit);

    /// <summary>A caller and what the scope rule and the workflow know of them (Shared/Scope.cs, Actor.cs).</summary>
    private sealed record Caller(
        string Name, Kind Kind = Kind.Ministry, bool SeesAll = false, string? Province = null, string? Commune = null, string? Unit = null,
        bool Hub = false, bool Admin = false, bool Leader = false)
    {
        public bool Anonymous => Name == "";

        public bool Sees(Place p) =>
            SeesAll || (Province is not null && p.Province == Province) || (Commune is not null && p.Commune == Commune)
            || (Unit is not null && p.Unit == Unit);

        public bool Handles(Place p) => Admin || (!Leader && Kind == Kind.Ministry && (Hub || p.Unit == Unit));

        public bool Owns(Place p) => Kind switch
        {
            Kind.Commune => Commune == p.Commune,
            // Only the locality that raised it: a province's department its own records, not its communes' (issue 17).
            Kind.Province => Province == p.Province && p.Commune is null,
            _ => false,
        };

        public override string ToString() => Anonymous ? "(anonymous)" : Name;
    }

    private static readonly Caller[] Callers =
    [
        new(""),
        new("admin", SeesAll: true, Unit: "VPB", Admin: true),
        new("lanhdao", SeesAll: true, Unit: "VPB", Leader: true),
        new("cuc.ctdp", SeesAll: true, Unit: "CTDP", Hub: true),
        new("cuc.dienluc", Unit: "DL"),
        new("lanhdao.dienluc", Unit: "DL"),
        // Hà Nội's focal leader sits in Vụ Tổ chức cán bộ (the first department in decision 2172's rotation).
        new("phutrach.hanoi", Province: "01", Unit: "TCCB"),
        new("so.hanoi", Kind.Province, Province: "01"),
        new("so.tuyenquang", Kind.Province, Province: "08"),
        new("xa.hoankiem", Kind.Commune, Commune: "00070"),
        new("xa.badinh", Kind.Commune, Commune: "00004"),
    ];

    /// <summary>What a path is called on: its parameter values, where it sits (null when not scoped), its members for a group.</summary>
    private sealed record Target(string Name, Func<Caller, IReadOnlyDictionary<string, string>> Values, Place[] Places)
    {
        public override string ToString() => Name;
    }

    /// <summary>How one operation decides, given the caller and the target.</summary>
    private delegate Expect Rule(Caller c, Target t);

    private sealed record Operation(string Method, string Path, Rule Rule, Func<Data, Target[]>? Targets = null, object? Body = null, string Query = "")
    {
        public string Key => $"{Method} {Path}";
    }

    private static Expect Open(Caller c, Target t) => c.Anonymous ? Expect.Unauthorized : Expect.Allowed;

    private static Rule Role(Func<Caller, bool> may) => (c, t) => c.Anonymous ? Expect.Unauthorized : may(c) ? Expect.Allowed : Expect.Forbidden;

    /// <summary>Scoped: outside scope 404; within it, 403 unless the caller may act on every place of the target.</summary>
    private static Rule Scoped(Func<Caller, Place, bool>? may = null) => (c, t) =>
        c.Anonymous ? Expect.Unauthorized
        : !t.Places.Any(c.Sees) ? Expect.NotFound
        : may is null || t.Places.All(p => may(c, p)) ? Expect.Allowed
        : Expect.Forbidden;

    /// <summary>The caller's own notification, or their organisation's, is theirs to mark; anyone else's is not found.</summary>
    private static Expect Own(Caller c, Target t) =>
        c.Anonymous ? Expect.Unauthorized
        : t.Name == "mine" || (t.Name == HaNoiDepartments && c.Kind == Kind.Province && c.Province == "01") ? Expect.Allowed
        : Expect.NotFound;

    /// <summary>A notification to Sở Công Thương Hà Nội (SCT-01), whose member so.hanoi is.</summary>
    private const string HaNoiDepartments = "Sở Hà Nội's";

    /// <summary>A multipart form without its file.</summary>
    private sealed record Form(string ConferenceName);

    private static readonly Form NoFile = new("Hội nghị kiểm tra quyền");

    private static readonly string Marker = "ma-tran-quyen-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// One row per documented operation. Bodies are chosen so that no record changes whoever calls:
    /// either invalid (checked after scope and role, as the handlers do) or a step refused after the role check.
    /// Only the callers' own notifications, and so.hanoi's organisation's, get marked read.
    /// </summary>
    private static readonly Operation[] Operations =
    [
        // The one anonymous operation: an empty sign-in is a 400 for everyone, signed in or not.
        new("POST", "/api/v1/auth/token", (_, _) => Expect.Allowed, Body: new { }),
        new("GET", "/api/v1/me", Open),

        // Reference data, the same for every signed-in user.
        new("GET", "/api/v1/admin-units/provinces", Open),
        new("GET", "/api/v1/admin-units/provinces/{code}", Open, d => d.Provinces),
        new("GET", "/api/v1/admin-units/communes", Open, Query: "?province=01&q=hoan"),
        new("GET", "/api/v1/admin-units/communes/{code}", Open, d => d.Communes),
        new("GET", "/api/v1/calendar/deadline", Open, Query: "?from=2026-02-13&workingDays=5"),
        new("GET", "/api/v1/calendar/days", Open),

        // Lists filtered by scope: everyone may ask, each gets only their own.
        new("GET", "/api/v1/organisations", Open),
        new("GET", "/api/v1/organisations/{id}", Scoped(), d => d.Organisations),
        new("GET", "/api/v1/audit", Role(c => c.Admin), Query: "?entityType=" + Marker),

        // Recommendations. Submitting: everyone but a Ministry leader (an empty body is then a 400).
        new("POST", "/api/v1/recommendations", Role(c => !(c.Leader && !c.Admin)), Body: new { }),
        new("GET", "/api/v1/recommendations", Open, Query: "?q=" + Marker),
        new("GET", "/api/v1/recommendations/{id}", Scoped(), d => d.Recommendations),
        // Rating is the locality's own step: refused to anyone else (403), and for the locality the record is not answered yet (409).
        new("POST", "/api/v1/recommendations/{id}/transitions", Scoped((c, p) => c.Owns(p)), d => d.Recommendations,
            Body: new { action = "rate", satisfied = true }),
        // Anyone who sees it may write in the thread; an empty message is a 400.
        new("POST", "/api/v1/recommendations/{id}/messages", Scoped(), d => d.Recommendations, Body: new { text = "" }),
        // Anyone who sees it may attach; a JSON body instead of multipart is a 400.
        new("POST", "/api/v1/recommendations/{id}/attachments", Scoped(), d => d.Recommendations, Body: new { }),
        new("GET", "/api/v1/recommendations/{id}/attachments/{attachmentId}", Scoped(), d => d.Attachments),
        new("GET", "/api/v1/recommendations/{id}/similar", Scoped(), d => d.Recommendations),
        new("GET", "/api/v1/recommendations/similar", Open, Query: "?title=" + Marker),
        new("GET", "/api/v1/recommendations/library", Open, Query: "?q=" + Marker),
        new("GET", "/api/v1/recommendations/export", Open, Query: "?q=" + Marker),
        new("GET", "/api/v1/recommendations/import/template", Open),
        // Ministry staff import conference lists (not a Ministry leader unless administrator); a form without a file is then a 400.
        new("POST", "/api/v1/recommendations/import", Role(c => c.Kind == Kind.Ministry && (!c.Leader || c.Admin)), Body: NoFile),

        // Groups answered once: made by Ministry units (an empty body is then a 400), seen by whoever sees a member,
        // answered by whoever handles every member (the members wait for information: the handler gets a 409, nothing saved).
        new("POST", "/api/v1/recommendation-groups", Role(c => c.Kind == Kind.Ministry || c.Admin), Body: new { }),
        new("GET", "/api/v1/recommendation-groups/{id}", Scoped(), d => d.Groups),
        new("POST", "/api/v1/recommendation-groups/{id}/answer", Scoped((c, p) => c.Handles(p)), d => d.Groups,
            Body: new { answer = "Trả lời chung để kiểm tra quyền " + Marker }),

        new("GET", "/api/v1/notifications", Open),
        new("POST", "/api/v1/notifications/{id}/read", Own, d => d.Notifications),
        new("POST", "/api/v1/notifications/read-all", Open),
        new("GET", "/api/v1/reports/weekly", Open),
    ];

    /// <summary>
    /// Cases where the application answers otherwise than the rule; each is a defect to fix in the app,
    /// listed here (as "METHOD path | caller | target") so that the rest of the matrix stays green.
    /// </summary>
    private static readonly HashSet<string> KnownViolations = [];

    /// <summary>The records made for this run.</summary>
    private sealed record Data(
        (string Token, Place Place)[] Records, Target[] Recommendations, Target[] Attachments, Target[] Groups, Target[] Organisations,
        Target[] Provinces, Target[] Communes, Target[] Notifications);

    private static Func<Caller, IReadOnlyDictionary<string, string>> Values(params (string Name, object Value)[] values) =>
        _ => values.ToDictionary(v => v.Name, v => v.Value.ToString()!);

    private static readonly Place HaNoiPlace = new("01", null, null), TuyenQuangPlace = new("08", null, null);

    private async Task<Data> ArrangeAsync()
    {
        var a = await App.SubmitAsync("xa.hoankiem", "Ma trận quyền Hoàn Kiếm " + Marker + "-hk", "Lưới điện trung thế chậm cải tạo.", "NL", ct: Ct);
        var a2 = await App.SubmitAsync("so.hanoi", "Ma trận quyền Hà Nội " + Marker + "-hn", "Lưới điện trung thế chậm cải tạo.", "NL", ct: Ct);
        var b = await App.SubmitAsync("so.tuyenquang", "Ma trận quyền Tuyên Quang " + Marker + "-tq1", "Kho vật liệu nổ công nghiệp chưa đạt.", "HC", ct: Ct);
        var b2 = await App.SubmitAsync("so.tuyenquang", "Ma trận quyền Tuyên Quang " + Marker + "-tq2", "Kho vật liệu nổ công nghiệp chưa đạt.", "HC", ct: Ct);
        var placeA = new Place("01", "00070", "DL");
        var placeA2 = new Place("01", null, "DL");
        var placeB = new Place("08", null, "HC");

        var attA = await UploadAsync("xa.hoankiem", a.Summary.Id);
        var attB = await UploadAsync("so.tuyenquang", b.Summary.Id);

        // Every member waits for information, so a group answer is refused after the role check whoever sends it.
        foreach (var (unit, id) in new[] { ("cuc.dienluc", a.Summary.Id), ("cuc.dienluc", a2.Summary.Id), ("cuc.ctdp", b.Summary.Id), ("cuc.ctdp", b2.Summary.Id) })
        {
            await App.ActAsync(unit, id, new { action = "receive" }, Ct);
            await App.ActAsync(unit, id, new { action = "request-information", comment = "Đề nghị gửi hồ sơ." }, Ct);
        }
        var groupA = await GroupAsync("cuc.dienluc", a.Summary.Id, a2.Summary.Id);
        var groupB = await GroupAsync("cuc.ctdp", b.Summary.Id, b2.Summary.Id);

        await using var scope = App.Db();
        var db = scope.Context;
        var orgs = await db.Organisations.Where(o => o.Code == "XA-00070" || o.Code == "SCT-08" || o.Code == "SCT-01").ToDictionaryAsync(o => o.Code, o => o.Id, Ct);
        var names = Callers.Where(c => !c.Anonymous).Select(c => c.Name).Append("phutrach.tuyenquang").ToList();
        var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, Ct);
        var notes = names.ToDictionary(n => n, n => Notification.ToUser(users[n], DateTime.UtcNow, "Ma trận quyền " + Marker, null, null));
        var departments = Notification.ToOrganisation(orgs["SCT-01"], DateTime.UtcNow, "Ma trận quyền " + Marker, null, null);
        db.Notifications.AddRange([.. notes.Values, departments]);
        await db.SaveChangesAsync(Ct);

        return new Data(
            Records: [(Marker + "-hk", placeA), (Marker + "-hn", placeA2), (Marker + "-tq1", placeB), (Marker + "-tq2", placeB)],
            Recommendations:
            [
                new("Hoàn Kiếm", Values(("id", a.Summary.Id)), [placeA]),
                new("Tuyên Quang", Values(("id", b.Summary.Id)), [placeB]),
            ],
            Attachments:
            [
                new("Hoàn Kiếm", Values(("id", a.Summary.Id), ("attachmentId", attA)), [placeA]),
                new("Tuyên Quang", Values(("id", b.Summary.Id), ("attachmentId", attB)), [placeB]),
            ],
            Groups:
            [
                new("Hà Nội", Values(("id", groupA)), [placeA, placeA2]),
                new("Tuyên Quang", Values(("id", groupB)), [placeB, placeB]),
            ],
            Organisations:
            [
                new("XA-00070", Values(("id", orgs["XA-00070"])), [new("01", "00070", null)]),
                new("SCT-08", Values(("id", orgs["SCT-08"])), [TuyenQuangPlace]),
            ],
            Provinces: [new("01", Values(("code", "01")), [HaNoiPlace]), new("08", Values(("code", "08")), [TuyenQuangPlace])],
            Communes: [new("00070", Values(("code", "00070")), [placeA]), new("00694", Values(("code", "00694")), [TuyenQuangPlace])],
            Notifications:
            [
                new("mine", c => new Dictionary<string, string> { ["id"] = notes[c.Anonymous ? "admin" : c.Name].Id.ToString() }, []),
                new("someone else's", Values(("id", notes["phutrach.tuyenquang"].Id)), []),
                new(HaNoiDepartments, Values(("id", departments.Id)), []),
            ]);
    }

    private async Task<Guid> UploadAsync(string userName, int id)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(SampleFiles.Pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "files", "bien-ban.pdf");
        var response = await (await App.ApiAs(userName)).PostAsync($"/api/v1/recommendations/{id}/attachments", form, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<List<RecommendationDetail.File>>(ApiJson.Options, Ct))!.Single().Id;
    }

    private async Task<int> GroupAsync(string userName, params int[] ids)
    {
        var response = await (await App.ApiAs(userName)).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = "Nhóm ma trận quyền " + Marker, recommendationIds = ids }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationGroupsApi.GroupDetail>(ApiJson.Options, Ct))!.Id;
    }

    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private async Task<List<string>> DocumentedOperationsAsync()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()
                .Where(m => HttpMethods.Contains(m.Name))
                .Select(m => $"{m.Name.ToUpperInvariant()} {Normalise(p.Name)}"))];
    }

    // "/api/v1/recommendations/" (mapped as "/") is the same operation as "/api/v1/recommendations".
    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    [Fact]
    public async Task EveryDocumentedOperation_IsClassifiedByTheMatrix()
    {
        var documented = await DocumentedOperationsAsync();
        var classified = Operations.Select(o => o.Key).ToList();

        Assert.True(documented.Except(classified).ToList() is [], "Operations the access matrix does not classify: " + string.Join(", ", documented.Except(classified)));
        Assert.True(classified.Except(documented).ToList() is [], "Rows for operations the API no longer documents: " + string.Join(", ", classified.Except(documented)));
        Assert.Equal(classified.Count, classified.Distinct().Count());
    }

    [Fact]
    public async Task EveryOperation_AnswersEachCallerAsTheScopeAndRoleRulesSay_AndNeverWithA500()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var data = await ArrangeAsync();
        var arranged = clock.Elapsed;
        var clients = new Dictionary<string, HttpClient>();
        foreach (var c in Callers) clients[c.Name] = c.Anonymous ? App.CreateClient() : await App.ApiAs(c.Name);

        var cases = (
            from op in Operations
            from target in op.Targets?.Invoke(data) ?? [new Target("-", Values(), [])]
            from caller in Callers
            select (op, target, caller, expected: op.Rule(caller, target))).ToList();

        using var gate = new SemaphoreSlim(16);
        var outcomes = await Task.WhenAll(cases.Select(async x =>
        {
            await gate.WaitAsync(Ct);
            try
            {
                var (status, body) = await CallAsync(clients[x.caller.Name], x.op, x.target, x.caller);
                // Whatever the status, no answer may carry a record the caller does not see (a list, a group's members, a thread).
                var leaked = data.Records.Where(r => (x.caller.Anonymous || !x.caller.Sees(r.Place)) && body.Contains(r.Token)).Select(r => r.Token).ToList();
                return (Key: $"{x.op.Key} | {x.caller} | {x.target}", x.expected, status, body, leaked);
            }
            finally { gate.Release(); }
        }));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Operations.Length} operations, {Callers.Length} callers, {outcomes.Length} calls expected "
            + string.Join(", ", outcomes.GroupBy(o => o.expected).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))
            + $"; arranged in {arranged.TotalSeconds:0.0} s, all in {clock.Elapsed.TotalSeconds:0.0} s");
        var wrong = outcomes.Where(o => !Matches(o.expected, o.status) || o.leaked is not []).ToList();
        var failures = wrong.Where(o => !KnownViolations.Contains(o.Key))
            .Select(o => $"{o.Key}: expected {o.expected}, got {(int)o.status}" + (o.leaked is [] ? "" : " with records outside scope: " + string.Join(", ", o.leaked)))
            .ToList();
        // The leak check has teeth only if the records do show up where they are in scope.
        Assert.All(data.Records, r => Assert.Contains(outcomes, o => o.body.Contains(r.Token)));
        var stale = KnownViolations.Except(wrong.Select(o => o.Key)).ToList();

        Assert.True(failures is [], $"{failures.Count} of {outcomes.Length} calls broke the access rules:\n" + string.Join("\n", failures));
        Assert.True(stale is [], "Known violations that now pass (remove them from KnownViolations): " + string.Join(", ", stale));
    }

    private static bool Matches(Expect expected, HttpStatusCode status) => expected switch
    {
        Expect.Unauthorized => status == HttpStatusCode.Unauthorized,
        Expect.NotFound => status == HttpStatusCode.NotFound,
        Expect.Forbidden => status == HttpStatusCode.Forbidden,
        _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound) && (int)status < 500,
    };

    private async Task<(HttpStatusCode Status, string Body)> CallAsync(HttpClient client, Operation op, Target target, Caller caller)
    {
        var path = op.Path;
        foreach (var (name, value) in target.Values(caller)) path = path.Replace("{" + name + "}", Uri.EscapeDataString(value));
        Assert.DoesNotContain("{", path);
        using var request = new HttpRequestMessage(new HttpMethod(op.Method), path + op.Query);
        request.Content = op.Body switch
        {
            null => null,
            Form form => new MultipartFormDataContent { { new StringContent(form.ConferenceName), "conferenceName" } },
            var body => JsonContent.Create(body),
        };
        using var response = await client.SendAsync(request, Ct);
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json") == true;
        return (response.StatusCode, json ? await response.Content.ReadAsStringAsync(Ct) : "");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessMatrixOnSqlite(SqliteApp app) : AccessMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccessMatrixOnPostgres(PostgresApp app) : AccessMatrixTests(app);
