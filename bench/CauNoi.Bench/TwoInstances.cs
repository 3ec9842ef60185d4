using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 4: "two app instances on one PostgreSQL: a sign-in made on one works on the other; a deadline reminder is
/// sent once, not twice; concurrent transitions on the same record resolve to one winner". Starts two Release apps
/// on the database with the jobs on (reminders and e-mail every --interval seconds, e-mails written as .eml files,
/// one folder per instance) and the demo accounts; signs in on each and uses the token and the cookie on the other;
/// sends the same transition through both at once on --records recommendations; makes --due recommendations due and
/// lets both instances' jobs remind them. Exits 1 on any violation.
/// </summary>
public static partial class TwoInstances
{
    private const string DemoPassword = "Demo@2025";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (!o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll))
        {
            Console.Error.WriteLine("--app-dll must name the Release build of CauNoi.Web.dll");
            return 1;
        }
        var records = int.Parse(o.Values.GetValueOrDefault("records", "100"), CultureInfo.InvariantCulture);
        var dueCount = int.Parse(o.Values.GetValueOrDefault("due", "1000"), CultureInfo.InvariantCulture);
        var interval = int.Parse(o.Values.GetValueOrDefault("interval", "1"), CultureInfo.InvariantCulture);
        var postgres = o.Provider == "postgres";
        var mail = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-twoinstances-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var violations = new List<string>();
        void Check(bool ok, string what) { if (!ok) violations.Add(what); }

        Dictionary<string, string> Environment(string name) => new()
        {
            ["CauNoi__DemoData"] = "true",
            ["Jobs__Enabled"] = "true",
            ["Jobs__StartDelaySeconds"] = "0",
            ["Jobs__IntervalSeconds"] = interval.ToString(CultureInfo.InvariantCulture),
            ["Smtp__PickupDirectory"] = Path.Combine(mail, name),
        };
        // Both at once: the second waits for the first's load of the demo data, then finds it there.
        var clock = Stopwatch.StartNew();
        await using var a = AppProcess.Start(dll, o.Provider, o.Connection, Environment("a"));
        await using var b = AppProcess.Start(dll, o.Provider, o.Connection, Environment("b"));
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        using var anonA = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(a.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        using var anonB = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(b.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        await Task.WhenAll(a.WaitReadyAsync(anonA, TimeSpan.FromMinutes(5)), b.WaitReadyAsync(anonB, TimeSpan.FromMinutes(5)));
        Console.WriteLine($"twoinstances: {o.Provider}, instances {a.BaseUrl} (pid {a.Id}) and {b.BaseUrl} (pid {b.Id}) ready in {clock.Elapsed.TotalSeconds:N1} s; " +
                          $"jobs every {interval} s; e-mails in {mail}/a and /b");

        // 1. Signed in on one, recognised by the other: a bearer token and a sign-in cookie, each way.
        var signIns = 0;
        foreach (var (from, to, fromName, toName) in new[] { (anonA, anonB, "A", "B"), (anonB, anonA, "B", "A") })
        {
            using var token = await AppProcess.SignedInAsync(handler, from, "so.tuyenquang", DemoPassword);
            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = token.DefaultRequestHeaders.Authorization } };
            using var meResponse = await to.SendAsync(me);
            var tokenOk = meResponse.IsSuccessStatusCode && (await meResponse.Content.ReadAsStringAsync()).Contains("\"so.tuyenquang\"", StringComparison.Ordinal);
            var cookie = await AppProcess.CookieSignInAsync(from, "so.tuyenquang", DemoPassword);
            using var home = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "Cookie", cookie } } };
            using var homeResponse = await to.SendAsync(home);
            var cookieOk = homeResponse.StatusCode == HttpStatusCode.OK;
            signIns += (tokenOk ? 1 : 0) + (cookieOk ? 1 : 0);
            Check(tokenOk, $"a token issued by {fromName} is refused by {toName}");
            Check(cookieOk, $"a cookie issued by {fromName} is refused by {toName} ({(int)homeResponse.StatusCode})");
        }
        Console.WriteLine($"sign-in: token and cookie issued by one instance accepted by the other: {signIns} of 4");

        // Each officer signs in on one instance and acts through the other.
        using var locality = await AppProcess.SignedInAsync(handler, anonA, "xa.hoankiem", DemoPassword);
        using var onA = Client(handler, a.BaseUrl, await AppProcess.SignedInAsync(handler, anonB, "cuc.dienluc", DemoPassword));
        using var onB = Client(handler, b.BaseUrl, await AppProcess.SignedInAsync(handler, anonA, "cuc.ctdp", DemoPassword));
        var db = new Db(postgres, o.Connection);
        var field = await db.ScalarAsync("""SELECT "Id" FROM "FieldsOfWork" WHERE "Code" = 'NL'""");
        var run = Guid.NewGuid().ToString("N")[..8];

        // 2. The same transition through both instances at the same moment, on every record at once.
        var versions = await SubmitAsync(locality, field, $"Hai máy cùng thao tác {run}", records);
        var ids = versions.Keys.ToList();
        var outcomes = new Dictionary<string, int>();
        foreach (var (action, body) in new (string, Func<int, object>)[]
                 {
                     ("receive", id => new { action = "receive", version = versions[id] }),
                     ("answer", _ => new { action = "answer", answer = "Bộ đã có văn bản hướng dẫn đấu nối.", letterNumber = "1234/BCT-ĐL", signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng" }),
                 })
        {
            var started = Stopwatch.StartNew();
            var pairs = await Task.WhenAll(ids.Select(async id =>
            {
                var url = $"/api/v1/recommendations/{id}/transitions";
                var both = await Task.WhenAll(onA.PostAsJsonAsync(url, body(id)), onB.PostAsJsonAsync(url, body(id)));
                foreach (var r in both) r.Dispose();
                return both.Select(r => (int)r.StatusCode).Order().ToArray();
            }));
            var oneWinner = pairs.Count(p => p is [200, 409]);
            Check(oneWinner == ids.Count, $"{action}: {ids.Count - oneWinner} records without exactly one 200 and one 409: " +
                                          string.Join(", ", pairs.Where(p => p is not [200, 409]).Select(p => string.Join("/", p))));
            var events = await db.PerRecordAsync("""SELECT "RecommendationId", COUNT(*) FROM "RecommendationEvents" WHERE "Action" = @action GROUP BY "RecommendationId" """,
                ids, ("action", action));
            var once = ids.Count(id => events.GetValueOrDefault(id) == 1);
            Check(once == ids.Count, $"{action}: {ids.Count - once} records whose history has it other than once");
            outcomes[action] = oneWinner;
            Console.WriteLine($"transition '{action}' sent through A and B at once on {ids.Count} records ({2 * ids.Count} requests in {started.Elapsed.TotalSeconds:N1} s): " +
                              $"{oneWinner} resolved to one 200 and one 409; {once} histories hold it once");
        }

        // 3. Due recommendations, reminded by whichever instance's job gets there first: half due today, half a day late.
        var due = (await SubmitAsync(locality, field, $"Hai máy cùng nhắc hạn {run}", dueCount)).Keys.ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await db.ExecuteAsync($"""UPDATE "Recommendations" SET "DueOn" = @today WHERE "Id" IN ({string.Join(",", due.Where((_, i) => i % 2 == 0))})""", ("today", today));
        await db.ExecuteAsync($"""UPDATE "Recommendations" SET "DueOn" = @late WHERE "Id" IN ({string.Join(",", due.Where((_, i) => i % 2 == 1))})""", ("late", today.AddDays(-1)));
        const string RolledBack = """SELECT n_tup_ins - (SELECT COUNT(*) FROM "ReminderLog") FROM pg_stat_user_tables WHERE relname = 'ReminderLog'""";
        var rolledBackBefore = postgres ? await db.ScalarAsync(RolledBack) : 0;
        var inList = string.Join(",", due);
        clock.Restart();
        while (await db.ScalarAsync($"""SELECT COUNT(DISTINCT "RecordId") FROM "ReminderLog" WHERE "Record" = 'KN' AND "RecordId" IN ({inList})""") < due.Count
               && clock.Elapsed < TimeSpan.FromMinutes(3))
            await Task.Delay(250);
        var remindedIn = clock.Elapsed.TotalSeconds;
        // A few more rounds of both jobs, which must not send them again, and every e-mail out of the outbox.
        await Task.Delay(TimeSpan.FromSeconds(3 * interval));
        while (await db.ScalarAsync($"""SELECT COUNT(*) FROM "OutboxEmails" WHERE "SentAt" IS NULL AND "Attempts" < 8""") > 0 && clock.Elapsed < TimeSpan.FromMinutes(5))
            await Task.Delay(250);

        var logged = await db.PerRecordAsync("""SELECT "RecordId", COUNT(*) FROM "ReminderLog" WHERE "Record" = 'KN' GROUP BY "RecordId" """, due);
        var notified = await db.PerRecordAsync("""
            SELECT CAST(SUBSTR("Link", 12) AS INTEGER), COUNT(*) FROM "Notifications"
            WHERE "Link" LIKE '/kien-nghi/%' AND ("Title" LIKE '%sắp đến hạn%' OR "Title" LIKE '%đã quá hạn%') GROUP BY "Link"
            """, due);
        // E-mails go to people told in person and to units that have an address of their own.
        var mailable = await db.PerRecordAsync("""
            SELECT CAST(SUBSTR(n."Link", 12) AS INTEGER), COUNT(*) FROM "Notifications" n LEFT JOIN "Organisations" o ON o."Id" = n."OrganisationId"
            WHERE n."Link" LIKE '/kien-nghi/%' AND (n."Title" LIKE '%sắp đến hạn%' OR n."Title" LIKE '%đã quá hạn%')
              AND (n."UserId" IS NOT NULL OR COALESCE(o."Email", '') <> '') GROUP BY n."Link"
            """, due);
        var duplicateNotifications = await db.ScalarAsync("""
            SELECT COUNT(*) FROM (SELECT 1 FROM "Notifications" WHERE "Title" LIKE '%sắp đến hạn%' OR "Title" LIKE '%đã quá hạn%'
                                  GROUP BY "UserId", "OrganisationId", "Link", "Title" HAVING COUNT(*) > 1) d
            """);
        var emails = Emails(mail);
        var duplicateEmails = emails.GroupBy(e => (e.To, e.Subject, e.Body)).Count(g => g.Count() > 1);
        var emailed = due.ToDictionary(id => id, id => emails.Count(e => e.Link == $"/kien-nghi/{id}" && (e.Subject.Contains("sắp đến hạn") || e.Subject.Contains("đã quá hạn"))));
        Check(due.All(id => logged.GetValueOrDefault(id) == 1), $"{due.Count(id => logged.GetValueOrDefault(id) != 1)} due records not logged exactly once");
        Check(due.All(id => notified.GetValueOrDefault(id) > 0), $"{due.Count(id => notified.GetValueOrDefault(id) == 0)} due records without a notification");
        Check(due.All(id => emailed[id] == mailable.GetValueOrDefault(id)), "due records whose e-mails do not match their notifications one to one");
        Check(duplicateNotifications == 0, $"{duplicateNotifications} reminders notified twice to the same user");
        Check(duplicateEmails == 0, $"{duplicateEmails} e-mails sent twice");
        var sentBy = new[] { "a", "b" }.Select(n => (Name: n.ToUpperInvariant(), Reminders: RemindersLogged(n == "a" ? a : b),
            Files: Directory.Exists(Path.Combine(mail, n)) ? Directory.GetFiles(Path.Combine(mail, n), "*.eml").Length : 0)).ToList();
        // PostgreSQL counts the inserts the unique key rolled back too; an idle backend reports them within 10 s.
        if (postgres) await Task.Delay(TimeSpan.FromSeconds(11));
        var raced = postgres ? await db.ScalarAsync(RolledBack) - rolledBackBefore : -1;
        Console.WriteLine($"reminders: {due.Count} due records reminded in {remindedIn:N1} s; per record: reminder log {Spread(logged, due)}, " +
                          $"notifications {Spread(notified, due)}, e-mails {Spread(emailed, due)}; " +
                          $"duplicates: {duplicateNotifications} notifications, {duplicateEmails} e-mails (of {emails.Count} sent in all)");
        Console.WriteLine("  " + string.Join("; ", sentBy.Select(s => $"instance {s.Name} sent {s.Reminders} reminders and {s.Files} e-mails")) +
                          (raced >= 0 ? $"; reminders a pass began and the unique key rolled back because the other instance got there first: {raced}" : ""));

        foreach (var v in violations) Console.WriteLine("VIOLATION: " + v);
        Console.WriteLine(violations.Count == 0 ? "twoinstances: no violation" : $"twoinstances: {violations.Count} violations");
        return violations.Count == 0 ? 0 : 1;
    }

    private static HttpClient Client(SocketsHttpHandler handler, string baseUrl, HttpClient signedIn)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        signedIn.Dispose();
        return client;
    }

    /// <summary>New recommendations from the locality, eight at a time: their ids and versions.</summary>
    private static async Task<Dictionary<int, int>> SubmitAsync(HttpClient locality, long field, string title, int count)
    {
        var ids = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var response = await locality.PostAsJsonAsync("/api/v1/recommendations",
                new { title = $"{title} số {i}", content = "Dự án đường dây 110 kV chậm giải phóng mặt bằng, đề nghị Bộ hướng dẫn.", fieldId = field });
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var summary = json.RootElement.GetProperty("summary");
            ids[summary.GetProperty("id").GetInt32()] = summary.GetProperty("version").GetInt32();
        });
        return ids.OrderBy(x => x.Key).ToDictionary();
    }

    private sealed record Email(string To, string Subject, string Body, string? Link);

    /// <summary>The .eml files of both instances, with the subject and body decoded.</summary>
    private static List<Email> Emails(string folder) =>
        [.. Directory.GetFiles(folder, "*.eml", SearchOption.AllDirectories).Select(path =>
        {
            var text = File.ReadAllText(path);
            var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = text[..split].Replace("\r\n ", " ");
            string Header(string name) => headers.Split("\r\n").FirstOrDefault(h => h.StartsWith(name + ": ", StringComparison.Ordinal))?[(name.Length + 2)..] ?? "";
            var subject = Encoding.UTF8.GetString([.. EncodedWord().Matches(Header("Subject")).SelectMany(m => Convert.FromBase64String(m.Groups[1].Value))]);
            var body = Encoding.UTF8.GetString(Convert.FromBase64String(text[(split + 4)..].Replace("\r\n", "")));
            var link = LinkLine().Match(body) is { Success: true } m ? m.Groups[1].Value : null;
            return new Email(Header("To"), subject, body, link);
        })];

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"Xem chi tiết: (/kien-nghi/\d+)\s*$")]
    private static partial Regex LinkLine();

    /// <summary>What the instance's log says its reminder job sent.</summary>
    private static int RemindersLogged(AppProcess app) =>
        RemindersSent().Matches(File.ReadAllText(app.Log)).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Deadline reminders: (\d+) sent")]
    private static partial Regex RemindersSent();

    /// <summary>"1 (all)" or how the counts spread over the records, e.g. "1 ×38, 2 ×2".</summary>
    private static string Spread(IReadOnlyDictionary<int, long> counts, List<int> ids) => Spread(ids.Select(id => counts.GetValueOrDefault(id)));

    private static string Spread(IReadOnlyDictionary<int, int> counts, List<int> ids) => Spread(ids.Select(id => (long)counts.GetValueOrDefault(id)));

    private static string Spread(IEnumerable<long> values)
    {
        var groups = values.GroupBy(v => v).OrderBy(g => g.Key).ToList();
        return groups.Count == 1 ? $"{groups[0].Key} each" : string.Join(", ", groups.Select(g => $"{g.Key} ×{g.Count()}"));
    }

    private sealed class Db(bool postgres, string connection)
    {
        private async Task<DbCommand> CommandAsync(string sql, (string Name, object Value)[] parameters)
        {
            DbConnection c = postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
            await c.OpenAsync();
            var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
            return cmd;
        }

        public async Task<long> ScalarAsync(string sql, params (string, object)[] parameters)
        {
            await using var cmd = await CommandAsync(sql, parameters);
            await using var _ = cmd.Connection;
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        public async Task ExecuteAsync(string sql, params (string, object)[] parameters)
        {
            await using var cmd = await CommandAsync(sql, parameters);
            await using var _ = cmd.Connection;
            await cmd.ExecuteNonQueryAsync();
        }

        /// <summary>A (record id, count) query, kept to the given records.</summary>
        public async Task<Dictionary<int, long>> PerRecordAsync(string sql, List<int> ids, params (string, object)[] parameters)
        {
            await using var cmd = await CommandAsync(sql, parameters);
            await using var _ = cmd.Connection;
            await using var reader = await cmd.ExecuteReaderAsync();
            var counts = new Dictionary<int, long>();
            var wanted = ids.ToHashSet();
            while (await reader.ReadAsync())
                if (wanted.Contains(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)))
                    counts[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            return counts;
        }
    }
}
