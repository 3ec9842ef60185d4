using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 4, load with faults: localities submit through the Release app for a while, each submission under an
/// idempotency key, while PostgreSQL is restarted at even intervals (alternately -m fast and -m immediate, the
/// latter a crash). A client retries a failed submission with the same key until it is acknowledged. Afterwards,
/// in SQL: every acknowledged submission stored exactly once, with everything its transaction writes.
/// </summary>
public static class Faults
{
    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (o.Provider != "postgres") return Fail("faults restarts PostgreSQL: use --provider postgres");
        if (!o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll)) return Fail("--app-dll must name the Release build of CauNoi.Web.dll");
        if (!o.Values.TryGetValue("pg-data", out var pgData)) return Fail("--pg-data must name the data directory of the cluster to restart");
        pgData = Path.GetFullPath(pgData);
        // Restart only the cluster the connection string reaches, never another one on the machine.
        var serving = await DataDirectoryAsync(o.Connection);
        if (serving != pgData) return Fail($"the connection string reaches the cluster in {serving}, not --pg-data {pgData}");
        var pgCtl = o.Values.GetValueOrDefault("pg-ctl", "/usr/local/bin/pg_ctl");
        var pgLog = o.Values.GetValueOrDefault("pg-log", Path.Combine(pgData, "faults-restart.log"));
        var duration = Seconds(o, "duration", 60);
        var workers = int.Parse(o.Values.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
        var restartCount = int.Parse(o.Values.GetValueOrDefault("restarts", "4"), CultureInfo.InvariantCulture);
        var patience = Seconds(o, "patience", 60);

        // Who submits: locality officers of the generated set, else the demo accounts.
        var (users, password, fields) = await SubmittersAsync(o.Connection, workers);
        if (users.Count == 0 || fields.Length == 0) return Fail("no locality officer (bench.so*/bench.xa* or so.*/xa.*) or no field of work in the database");
        Console.WriteLine($"{users.Count} submitters ({users[0]}…), {fields.Length} fields of work");

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        Console.WriteLine($"app pid {app.Id} ready on {app.BaseUrl} in {await app.WaitReadyAsync(anonymous):N1} s");
        var clients = new List<HttpClient>();
        foreach (var user in users) clients.Add(await AppProcess.SignedInAsync(handler, anonymous, user, password));

        var run = $"faults-{DateTime.UtcNow:yyyyMMddHHmmss}-";
        var acknowledged = new ConcurrentDictionary<string, int>();
        var abandoned = new ConcurrentBag<string>();
        var successes = new ConcurrentBag<(double Started, double Done)>();
        var failures = new ConcurrentBag<(double Started, double Done)>();
        var health = new ConcurrentQueue<(double At, bool Ready)>();
        var errorKinds = new ConcurrentDictionary<string, int>();
        long sent = 0, retries = 0;
        var clock = Stopwatch.StartNew();
        double Now() => clock.Elapsed.TotalSeconds;
        Console.WriteLine($"load: {workers} workers for {duration} s, {restartCount} restarts of PostgreSQL ({pgData}), keys {run}*");

        async Task Worker(int w)
        {
            var client = clients[w % clients.Count];
            for (var n = 0; Now() < duration; n++)
            {
                var key = $"{run}{w}-{n}";
                var body = new
                {
                    title = $"Kiến nghị gửi khi cơ sở dữ liệu khởi động lại {key}",
                    content = "Đề nghị Bộ hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp trên địa bàn; doanh nghiệp đã chờ hơn ba tháng.",
                    fieldId = fields[(w + n) % fields.Length],
                };
                var first = Now();
                for (var attempt = 0; ; attempt++)
                {
                    if (Now() - first > patience) { abandoned.Add(key); break; }
                    if (attempt > 0) Interlocked.Increment(ref retries);
                    Interlocked.Increment(ref sent);
                    var t0 = Now();
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(body) };
                    request.Headers.Add("Idempotency-Key", key);
                    string error;
                    try
                    {
                        using var response = await client.SendAsync(request);
                        var text = await response.Content.ReadAsStringAsync();
                        if (response.IsSuccessStatusCode)
                        {
                            using var json = JsonDocument.Parse(text);
                            acknowledged[key] = json.RootElement.GetProperty("summary").GetProperty("id").GetInt32();
                            successes.Add((t0, Now()));
                            break;
                        }
                        error = $"HTTP {(int)response.StatusCode}";
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        error = e is TaskCanceledException ? "timeout" : "connection: " + e.Message;
                    }
                    failures.Add((t0, Now()));
                    errorKinds.AddOrUpdate(error, 1, (_, c) => c + 1);
                    await Task.Delay(200);
                }
            }
        }

        // Restarts at even intervals, alternately clean (fast) and a crash (immediate).
        async Task<List<(string Mode, double Began, double Up, bool Ok)>> Inject()
        {
            var done = new List<(string, double, double, bool)>();
            for (var i = 1; i <= restartCount; i++)
            {
                var at = duration * i / (restartCount + 1);
                if (at > Now()) await Task.Delay(TimeSpan.FromSeconds(at - Now()));
                var mode = i % 2 == 1 ? "fast" : "immediate";
                var began = Now();
                var ok = await Task.Run(() => PgCtl(pgCtl, $"-D {pgData} -l {pgLog} -m {mode} -w restart"));
                done.Add((mode, began, Now(), ok));
                Console.WriteLine($"  {began,6:N1} s  pg_ctl restart -m {mode}: {(ok ? "up" : "FAILED")} after {Now() - began:N2} s");
            }
            return done;
        }

        // /health/ready asked every 100 ms by a client of its own, to see when the app says it is ready again.
        using var stop = new CancellationTokenSource();
        using var probe = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var probing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var at = Now();
                try { using var r = await probe.GetAsync("/health/ready", stop.Token); health.Enqueue((at, r.IsSuccessStatusCode)); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { health.Enqueue((at, false)); }
                try { await Task.Delay(100, stop.Token); } catch (TaskCanceledException) { }
            }
        });

        var injecting = Inject();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Worker(w))));
        var restarts = await injecting;
        var loadSeconds = Now();

        // The app is not restarted: it must find its database again by itself.
        var readyAfter = double.NaN;
        var waitFrom = Now();
        while (Now() - waitFrom < 30)
        {
            try
            {
                using var r = await anonymous.GetAsync("/health/ready");
                if (r.IsSuccessStatusCode) { readyAfter = Now() - waitFrom; break; }
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }

        // This process's own pooled connections died with the server: Npgsql does not test an idle one before handing it out.
        NpgsqlConnection.ClearAllPools();
        stop.Cancel();
        await probing;
        var check = await VerifyAsync(o.Connection, run, acknowledged);

        Console.WriteLine();
        Console.WriteLine($"load                 {loadSeconds:N1} s, {workers} workers, app pid {app.Id} never restarted");
        Console.WriteLine($"requests sent        {sent:N0}");
        Console.WriteLine($"acknowledged         {acknowledged.Count:N0} ({acknowledged.Count / loadSeconds:N0}/s)");
        Console.WriteLine($"retries              {retries:N0}");
        Console.WriteLine($"errors seen          {failures.Count:N0}{(errorKinds.IsEmpty ? "" : ": " + string.Join(", ", errorKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} ×{k.Value}")))}");
        Console.WriteLine($"restarts injected    {restarts.Count(r => r.Ok)} of {restartCount} ({restarts.Count(r => r.Ok && r.Mode == "fast")} fast, {restarts.Count(r => r.Ok && r.Mode == "immediate")} immediate)");
        for (var i = 0; i < restarts.Count; i++)
        {
            // Until the next restart: errors, and how soon after the server was up submissions and /health/ready succeeded again.
            var (mode, began, up, _) = restarts[i];
            var next = i + 1 < restarts.Count ? restarts[i + 1].Began : double.MaxValue;
            var errors = failures.Where(f => f.Done >= began && f.Done < next).ToList();
            var sentAfterUp = errors.Count(f => f.Started >= up);
            var acked = successes.Where(s => s.Started >= up && s.Done < next).Select(s => s.Done).DefaultIfEmpty(double.NaN).Min();
            var ready = health.Where(h => h.Ready && h.At >= up && h.At < next).Select(h => h.At).DefaultIfEmpty(double.NaN).Min();
            Console.WriteLine($"  -m {mode,-9} at {began,5:N1} s: PostgreSQL down {up - began:N2} s; {errors.Count} client errors " +
                              $"({sentAfterUp} on requests sent after it was up; the last at {errors.Select(f => f.Done).DefaultIfEmpty(up).Max() - up:+0.00;-0.00} s from up); " +
                              $"submissions acknowledged again {acked - up:N2} s and /health/ready 200 {ready - up:N2} s after up");
        }
        Console.WriteLine($"/health/ready 200    {(double.IsNaN(readyAfter) ? "NOT within 30 s after the load" : $"at the end of the load, after {readyAfter:N2} s")}");
        Console.WriteLine($"never acknowledged   {abandoned.Count:N0} (gave up after {patience} s of retries)");
        Console.WriteLine($"stored               {check.Stored:N0}");
        Console.WriteLine($"stored, not acked    {check.StoredNotAcknowledged:N0}");
        Console.WriteLine($"duplicates           {check.Duplicates:N0}");
        Console.WriteLine($"missing              {check.Missing:N0} (acknowledged but not stored, or stored under another id)");
        Console.WriteLine($"half-written         {check.HalfWritten:N0}{(check.Examples.Count > 0 ? " e.g. " + string.Join(", ", check.Examples) : "")}");

        var lost = check.Missing + check.Duplicates + check.HalfWritten;
        var recoveredFully = abandoned.IsEmpty && !double.IsNaN(readyAfter) && restarts.All(r => r.Ok);
        Console.WriteLine(lost == 0 && recoveredFully ? "PASS: nothing lost, nothing twice, nothing half-written; the app recovered by itself"
            : $"FAIL: {lost} records lost, doubled or half-written{(recoveredFully ? "" : "; the app or the server did not recover")}");
        return lost == 0 && recoveredFully ? 0 : 2;
    }

    public sealed record Check(int Stored, int Duplicates, int Missing, int StoredNotAcknowledged, int HalfWritten, List<int> Examples);

    /// <summary>What the database holds for the run's keys, compared with what the clients were told.</summary>
    private static async Task<Check> VerifyAsync(string connection, string run, IReadOnlyDictionary<string, int> acknowledged)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        var stored = new List<(int Id, string Key)>();
        await using (var cmd = new NpgsqlCommand("""SELECT "Id", "IdempotencyKey" FROM "Recommendations" WHERE "IdempotencyKey" LIKE @p""", c))
        {
            cmd.Parameters.AddWithValue("p", run + "%");
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) stored.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        // The title carries the key too: a second record made under another key would show here.
        await using var titles = new NpgsqlCommand("""
            SELECT COALESCE(SUM(n - 1), 0)::int FROM (SELECT COUNT(*) n FROM "Recommendations" WHERE "Title" LIKE @t GROUP BY "Title") g
            """, c);
        titles.Parameters.AddWithValue("t", "%" + run + "%");
        var duplicates = stored.GroupBy(s => s.Key).Sum(g => g.Count() - 1) + (int)(await titles.ExecuteScalarAsync())!;
        var byKey = stored.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
        var missing = acknowledged.Count(a => !byKey.TryGetValue(a.Key, out var ids) || !ids.Contains(a.Value));
        var notAcknowledged = byKey.Keys.Count(k => !acknowledged.ContainsKey(k));

        // Whole: one submit event, the audit entries of the record and its event, one notification to the routed unit
        // (its members all see it) and one to the focal leader, an e-mail to each of them that has an address.
        var examples = new List<int>();
        await using (var cmd = new NpgsqlCommand("""
            WITH run AS (SELECT "Id", "RoutedUnitId", "FocalLeaderId", '/kien-nghi/' || "Id" AS link FROM "Recommendations" WHERE "IdempotencyKey" LIKE @p),
            ev AS (SELECT e."RecommendationId" id, COUNT(*) n, COUNT(*) FILTER (WHERE e."Action" = 'submit' AND e."ToStatus" = 1) submits, MIN(e."Id") first
                   FROM "RecommendationEvents" e JOIN run ON run."Id" = e."RecommendationId" GROUP BY e."RecommendationId"),
            audit AS (SELECT a."EntityType" t, a."EntityKey" k FROM "AuditLog" a
                      WHERE a."Action" = 'Created' AND a."EntityType" IN ('Recommendation', 'RecommendationEvent')),
            told AS (SELECT n."Link" link, COUNT(*) n FROM "Notifications" n JOIN run ON run.link = n."Link" GROUP BY n."Link"),
            mailed AS (SELECT substring(m."Body" from 'Xem chi tiết: (/kien-nghi/[0-9]+)$') link, COUNT(*) n FROM "OutboxEmails" m
                       WHERE m."Body" LIKE '%Xem chi tiết: /kien-nghi/%' GROUP BY 1),
            units AS (SELECT "Id" org, CASE WHEN COALESCE(TRIM("Email"), '') <> '' THEN 1 ELSE 0 END mail FROM "Organisations")
            SELECT run."Id" FROM run
            LEFT JOIN ev ON ev.id = run."Id"
            LEFT JOIN told ON told.link = run.link
            LEFT JOIN mailed ON mailed.link = run.link
            LEFT JOIN units ON units.org = run."RoutedUnitId"
            LEFT JOIN "AspNetUsers" f ON f."Id" = run."FocalLeaderId" AND f."IsActive"
            WHERE COALESCE(ev.n, 0) <> 1 OR COALESCE(ev.submits, 0) <> 1
               OR NOT EXISTS (SELECT 1 FROM audit WHERE t = 'Recommendation' AND k = run."Id"::text)
               OR NOT EXISTS (SELECT 1 FROM audit WHERE t = 'RecommendationEvent' AND k = ev.first::text)
               OR COALESCE(told.n, 0) <> 1 + CASE WHEN f."Id" IS NULL THEN 0 ELSE 1 END
               OR COALESCE(mailed.n, 0) <> COALESCE(units.mail, 0) + CASE WHEN COALESCE(TRIM(f."Email"), '') <> '' THEN 1 ELSE 0 END
            ORDER BY run."Id"
            """, c))
        {
            cmd.CommandTimeout = 600;
            cmd.Parameters.AddWithValue("p", run + "%");
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) examples.Add(reader.GetInt32(0));
        }
        return new Check(stored.Count, duplicates, missing, notAcknowledged, examples.Count, [.. examples.Take(10)]);
    }

    private static async Task<string> DataDirectoryAsync(string connection)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT current_setting('data_directory')", c);
        return Path.GetFullPath((string)(await cmd.ExecuteScalarAsync())!);
    }

    internal static async Task<(List<string> Users, string Password, int[] Fields)> SubmittersAsync(string connection, int count)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        async Task<List<string>> Names(string sql)
        {
            var names = new List<string>();
            await using var cmd = new NpgsqlCommand(sql, c);
            cmd.Parameters.AddWithValue("n", count);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            return names;
        }
        const string Localities = """
            SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
            WHERE u."IsActive" AND o."Kind" IN (2, 3) AND u."UserName" LIKE '{0}' ORDER BY u."UserName" LIMIT @n
            """;
        var bench = await Names(string.Format(CultureInfo.InvariantCulture, Localities, "bench.%"));
        var users = bench.Count > 0 ? bench : await Names(string.Format(CultureInfo.InvariantCulture, Localities, "%"));
        var fields = new List<int>();
        await using (var cmd = new NpgsqlCommand("""SELECT "Id" FROM "FieldsOfWork" WHERE "IsActive" ORDER BY "Id" """, c))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) fields.Add(reader.GetInt32(0));
        return (users, bench.Count > 0 ? AppProcess.Password : "Demo@2025", [.. fields]);
    }

    /// <summary>pg_ctl as the postgres user when run as root (the server refuses to run as root).</summary>
    private static bool PgCtl(string pgCtl, string arguments)
    {
        var info = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", $"-u postgres -- {pgCtl} {arguments}")
            : new ProcessStartInfo(pgCtl, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) Console.Error.WriteLine($"pg_ctl {arguments}: exit {process.ExitCode} {error.Result}");
        return process.ExitCode == 0;
    }

    private static double Seconds(BenchOptions o, string name, double fallback) =>
        double.Parse(o.Values.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
