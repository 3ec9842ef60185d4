using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Security;

/// <summary>
/// The hostile input corpus of issue 4 (the cases are in HostileCorpusTests.Cases.cs). Each case goes over real HTTP
/// (Kestrel on 127.0.0.1, so that the server's own limits apply) to the entry point it attacks, sent by accounts that
/// belong to this test alone, and is answered either with a clear refusal in Vietnamese (the API's ProblemDetails, or
/// the page) having stored nothing, or taken in as the issue asks (NFC, TCVN3 converted, scripts and SQL kept as inert
/// text, a path cut to its last part) having stored that and nothing else. Each case is one test: a run counts them.
/// </summary>
public abstract partial class HostileCorpusTests(CauNoiApp app) : AppTests(app)
{
    public static TheoryData<string> Names => [.. Corpus.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task HostileInput_IsRefusedInVietnamese_OrTakenInInert_AndNothingElseIsStored(string name)
    {
        var hostile = Corpus.Single(c => c.Name == name);
        var run = await Run.StartAsync(App, hostile.Needs, Ct);
        var before = await run.CountAsync();

        using var response = await hostile.Send(run);

        var body = await response.Content.ReadAsStringAsync(Ct);
        var after = await run.CountAsync();
        var expect = hostile.Expect;
        Assert.True(expect.Status == response.StatusCode, $"expected {(int)expect.Status}, got {(int)response.StatusCode}: {Excerpt(body)}");
        AssertSecurityHeaders(response);
        if (expect.Stores == Delta.None) AssertExplainedInVietnamese(response, body, expect.Says);
        Assert.Equal(expect.Stores, after.Minus(before));
        // Whatever is stored is audited under the caller's name; what is refused leaves no trace there either.
        Assert.True(expect.Stores == Delta.None ? after.Audit == before.Audit : after.Audit > before.Audit,
            $"audit entries of the callers: {before.Audit} before, {after.Audit} after");
        if (expect.Then is not null) await expect.Then(run);
    }

    [Fact]
    public void Corpus_CoversEveryKindOfHostileInputTheIssueNames_WithOneNamePerCase()
    {
        Assert.Equal(Corpus.Length, Corpus.Select(c => c.Name).Distinct().Count());
        Assert.All(Enum.GetValues<Category>(), category => Assert.Contains(Corpus, c => c.Category == category));
        TestContext.Current.TestOutputHelper?.WriteLine($"{Corpus.Length} hostile inputs: " + string.Join(", ",
            Corpus.GroupBy(c => c.Category).Select(g => $"{g.Key} {g.Count()}")));
    }

    /// <summary>Free text that only filters, never stored: a NUL (which PostgreSQL refuses to compare) is never a server error.</summary>
    [Theory]
    [InlineData("/api/v1/recommendations?q=%00")]
    [InlineData("/api/v1/recommendations?province=%00&commune=%00&focalLeader=%00")]
    [InlineData("/api/v1/recommendations/library?q=%00")]
    [InlineData("/api/v1/recommendations/similar?title=%00")]
    [InlineData("/api/v1/recommendations/export?q=%00")]
    [InlineData("/api/v1/admin-units/communes?province=01&q=%00")]
    [InlineData("/kien-nghi?q=%00")]
    public async Task NulInASearchOrFilter_IsNeverAServerError(string url)
    {
        var run = await Run.StartAsync(App, Needs.Nothing, Ct);
        var client = url.StartsWith("/api", StringComparison.Ordinal) ? run.Stage.OfficerApi : (await PageClient.SignedIn(App, run.Stage.Officer.UserName)).Http;

        using var response = await client.GetAsync(url, Ct);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync(Ct))}");
        AssertSecurityHeaders(response);
    }

    private static string Excerpt(string body) => body.Length > 600 ? body[..600] + "…" : body;

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>
    /// A refusal the caller can act on: the API's ProblemDetails with a Vietnamese title and detail, or the page
    /// in Vietnamese; and, when the case names it, the reason (so that another refusal does not pass for this one).
    /// </summary>
    private static void AssertExplainedInVietnamese(HttpResponseMessage response, string body, string? says)
    {
        string said;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var title = problem.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
            Assert.True(IsVietnamese(title) && IsVietnamese(detail), $"title \"{title}\", detail \"{detail}\"");
            var errors = problem.TryGetProperty("errors", out var e) ? Strings(e) : [];
            said = string.Join(" ", [title, detail, .. errors]);
        }
        else
        {
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            said = PageClient.Parse(body).QuerySelector("main")?.TextContent ?? "";
            Assert.True(IsVietnamese(said), $"the page says: {Excerpt(said)}");
        }
        if (says is not null) Assert.Contains(says, said);
    }

    private static bool IsVietnamese(string text) => text.Any(c => c > '\u007f' && char.IsLetter(c));

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>Rows and files this test's accounts have made: what a case may add, and what a refusal must not.</summary>
    public sealed record Counts(int Recommendations, int Attachments, int Messages, int Events, int Files, int Audit)
    {
        public Delta Minus(Counts before) => new(
            Recommendations - before.Recommendations, Attachments - before.Attachments, Messages - before.Messages,
            Events - before.Events, Files - before.Files);
    }

    /// <summary>What a case stores: one recommendation, one attachment (a row and its file), one message, one history event.</summary>
    public sealed record Delta(int Recommendations = 0, int Attachments = 0, int Messages = 0, int Events = 0, int Files = 0)
    {
        public static readonly Delta None = new();
        public static readonly Delta Recommendation = new(Recommendations: 1, Events: 1);   // with its "submit" event
        public static readonly Delta Attachment = new(Attachments: 1, Files: 1);
        public static readonly Delta Message = new(Messages: 1);
        public static readonly Delta Step = new(Events: 1);
    }

    public sealed record Account(string UserName, string Id);

    /// <summary>
    /// The app on the shared database, served by Kestrel on a port of its own and keeping attachments in a folder of
    /// its own; a Hà Nội department officer and a hub officer (who handles every recommendation) made for this test.
    /// </summary>
    public sealed record Stage(Uri Address, string Folder, Account Officer, Account Staff, HttpClient OfficerApi, HttpClient StaffApi, HttpClient Anonymous, int FieldId);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<Stage>>> Stages = new();

    private static async Task<Stage> StageAsync(CauNoiApp app)
    {
        var folder = Path.Combine(Path.GetTempPath(), "caunoi-tests", "hostile-" + Guid.NewGuid().ToString("N")[..8]);
        // Disposed with the app: WithWebHostBuilder keeps the factories it makes.
        var host = app.WithWebHostBuilder(b => b.UseSetting("Attachments:Path", folder));
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var anonymous = host.CreateClient();
        var token = Guid.NewGuid().ToString("N")[..6];
        var officer = await NewAccountAsync(app, "doc.so." + token, "SCT-01", Roles.ProvinceOfficer, DemoData.Password);
        var staff = await NewAccountAsync(app, "doc.bo." + token, "CTDP", Roles.MinistryOfficer, DemoData.Password);
        async Task<HttpClient> Api(Account who)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = (await app.ApiAs(who.UserName)).DefaultRequestHeaders.Authorization;
            return client;
        }
        await using var scope = app.Db();
        var field = await scope.Context.FieldsOfWork.Where(f => f.Code == "CCN").Select(f => f.Id).SingleAsync();
        return new(anonymous.BaseAddress!, folder, officer, staff, await Api(officer), await Api(staff), anonymous, field);
    }

    public static async Task<Account> NewAccountAsync(CauNoiApp app, string userName, string organisation, string role, string password)
    {
        await using var scope = app.Db();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var org = await scope.Context.Organisations.SingleAsync(o => o.Code == organisation);
        var user = new AppUser { UserName = userName, FullName = "Cán bộ thử dữ liệu độc hại", OrganisationId = org.Id };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new(userName, user.Id);
    }

    /// <summary>What a case needs before it is sent: nothing, a recommendation of the officer's (submitted, received or answered), an account to attack.</summary>
    public enum Needs { Nothing, Record, Received, Answered, Victim }

    /// <summary>One case being run: the stage, what was arranged for it, and the ways to send it.</summary>
    public sealed class Run
    {
        public const string VictimPassword = "Kiem@Tra2026";

        private Run(CauNoiApp app, Stage stage, CancellationToken ct) => (App, Stage, Ct) = (app, stage, ct);

        public CauNoiApp App { get; }
        public Stage Stage { get; }
        public CancellationToken Ct { get; }
        /// <summary>Unique to the case run: put in what is sent, so that what is stored can be found.</summary>
        public string Marker { get; } = Guid.NewGuid().ToString("N")[..8];
        public int Record { get; private set; }
        public string Victim { get; private set; } = "";

        public static async Task<Run> StartAsync(CauNoiApp app, Needs needs, CancellationToken ct)
        {
            var run = new Run(app, await Stages.GetOrAdd(app, a => new(() => StageAsync(a))).Value, ct);
            var (officer, staff) = (run.Stage.Officer.UserName, run.Stage.Staff.UserName);
            if (needs is Needs.Record or Needs.Received or Needs.Answered)
                run.Record = (await app.SubmitAsync(officer, $"Kiến nghị thử dữ liệu độc hại {run.Marker}", "Nội dung thử.", "CCN", ct: ct)).Summary.Id;
            if (needs is Needs.Received) await app.ActAsync(staff, run.Record, new { action = "receive" }, ct);
            if (needs is Needs.Answered) await app.AnswerAsync(staff, run.Record, "Trả lời thử.", ct);
            if (needs is Needs.Victim)
                run.Victim = (await NewAccountAsync(app, "doc.nan.nhan." + run.Marker, "SCT-01", Roles.ProvinceOfficer, VictimPassword)).UserName;
            return run;
        }

        public async Task<Counts> CountAsync()
        {
            await using var scope = App.Db();
            var db = scope.Context;
            string[] ids = [Stage.Officer.Id, Stage.Staff.Id], names = [Stage.Officer.UserName, Stage.Staff.UserName];
            return new(
                await db.Recommendations.CountAsync(r => ids.Contains(r.SubmittedById!), Ct),
                await db.RecommendationAttachments.CountAsync(a => ids.Contains(a.UploadedById!), Ct),
                await db.RecommendationMessages.CountAsync(m => ids.Contains(m.AuthorId!), Ct),
                await db.RecommendationEvents.CountAsync(e => ids.Contains(e.ActorId!), Ct),
                Directory.Exists(Stage.Folder) ? Directory.EnumerateFiles(Stage.Folder, "*", SearchOption.AllDirectories).Count() : 0,
                await db.AuditEntries.CountAsync(a => names.Contains(a.UserName), Ct));
        }

        // ----- sending, over Kestrel -----

        /// <summary>POST /api/v1/recommendations as the officer (or the hub officer), a valid field unless the case says otherwise.</summary>
        public async Task<HttpResponseMessage> SubmitAsync(string title, string content = "Nội dung thử dữ liệu độc hại.", object? extra = null,
            bool byStaff = false, string? idempotencyKey = null)
        {
            var body = new Dictionary<string, object?> { ["title"] = title, ["content"] = content, ["fieldId"] = Stage.FieldId };
            foreach (var p in extra?.GetType().GetProperties() ?? []) body[p.Name] = p.GetValue(extra);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(body) };
            if (idempotencyKey is not null) request.Headers.Add(RecommendationsApi.IdempotencyHeader, idempotencyKey);
            return await (byStaff ? Stage.StaffApi : Stage.OfficerApi).SendAsync(request, Ct);
        }

        /// <summary>A body as the officer's client sends it, byte for byte; large ones wait for 100-continue, as curl does.</summary>
        public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, bool byStaff = false)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path.Replace("{id}", Record.ToString())) { Content = content };
            request.Headers.ExpectContinue = content.Headers.ContentLength > 1024 * 1024;
            return await (byStaff ? Stage.StaffApi : Stage.OfficerApi).SendAsync(request, Ct);
        }

        public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
            PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        /// <summary>POST /api/v1/recommendations/import as the hub officer: the file, a conference name, today's date.</summary>
        public Task<HttpResponseMessage> ImportAsync(byte[] file, string fileName, string? conference = null)
        {
            var form = new MultipartFormDataContent { { File(file), "file", fileName } };
            form.Add(new StringContent(conference ?? $"Hội nghị thử dữ liệu độc hại {Marker}"), "conferenceName");
            form.Add(new StringContent(VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd")), "receivedOn");
            return PostAsync("/api/v1/recommendations/import", form, byStaff: true);
        }

        /// <summary>POST /api/v1/recommendations/{id}/attachments as the officer, each file named exactly as given (filename*).</summary>
        public Task<HttpResponseMessage> AttachAsync(params (byte[] Bytes, string Name)[] files)
        {
            var form = new MultipartFormDataContent();
            foreach (var (bytes, name) in files)
            {
                var part = File(bytes);
                form.Add(part, "files", "x");
                part.Headers.ContentDisposition!.FileNameStar = name;
            }
            return PostAsync("/api/v1/recommendations/{id}/attachments", form);
        }

        public Task<HttpResponseMessage> ActAsync(object step, bool byStaff = true) =>
            PostAsync("/api/v1/recommendations/{id}/transitions", JsonContent.Create(step), byStaff);

        public Task<HttpResponseMessage> MessageAsync(string text) =>
            PostAsync("/api/v1/recommendations/{id}/messages", JsonContent.Create(new { text }));

        public Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
            Stage.Anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);

        /// <summary>The sign-in form, opened and posted by a browser of its own.</summary>
        public Task<HttpResponseMessage> SignInPageAsync(string userName, string password) =>
            new PageClient(Browser()).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

        private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Stage.Address };

        private static ByteArrayContent File(byte[] bytes)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return part;
        }

        // ----- reading back, through the app -----

        /// <summary>The one recommendation this case stored (its title carries the marker).</summary>
        public async Task<Recommendation> StoredAsync()
        {
            await using var scope = App.Db();
            string[] ids = [Stage.Officer.Id, Stage.Staff.Id];
            return await scope.Context.Recommendations.AsNoTracking().SingleAsync(r => ids.Contains(r.SubmittedById!) && r.Title.Contains(Marker), Ct);
        }

        public async Task<RecommendationAttachment> AttachedAsync()
        {
            await using var scope = App.Db();
            return await scope.Context.RecommendationAttachments.AsNoTracking().SingleAsync(a => a.RecommendationId == Record, Ct);
        }

        public async Task<Recommendation> RecordAsync()
        {
            await using var scope = App.Db();
            return await scope.Context.Recommendations.AsNoTracking().SingleAsync(r => r.Id == Record, Ct);
        }

        /// <summary>A page as the officer's browser receives it.</summary>
        public async Task<string> PageAsync(string url)
        {
            var page = await PageClient.SignedIn(App, Stage.Officer.UserName);
            var response = await page.Http.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync(Ct);
        }

        public async Task<DateTimeOffset?> LockedUntilAsync()
        {
            await using var scope = App.Db();
            return await scope.Context.Users.Where(u => u.UserName == Victim).Select(u => u.LockoutEnd).SingleAsync(Ct);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostileCorpusOnSqlite(SqliteApp app) : HostileCorpusTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HostileCorpusOnPostgres(PostgresApp app) : HostileCorpusTests(app);
