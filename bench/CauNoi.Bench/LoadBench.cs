using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 4's measurements over real HTTP: starts the Release app as a child process on 127.0.0.1, loads it
/// with a C# client and measures, in the same run, the floors each figure is read against: an empty endpoint
/// of the same app and the same query as raw SQL through the ADO.NET driver.
/// </summary>
public static class LoadBench
{
    private const string ListSql = """
        SELECT r."Id", r."Title", r."Status", r."ProvinceCode", p."Name", r."CommuneCode", c."Name", r."RoutedUnitId", u."Name",
               r."FieldId", f."Name", r."Channel", r."Urgency", r."ReceivedOn", r."DueOn", r."AnsweredOn", r."Version"
        FROM "Recommendations" r
        JOIN "Provinces" p ON p."Code" = r."ProvinceCode"
        JOIN "Organisations" u ON u."Id" = r."RoutedUnitId"
        JOIN "FieldsOfWork" f ON f."Id" = r."FieldId"
        LEFT JOIN "Communes" c ON c."Code" = r."CommuneCode"
        WHERE {0}
        ORDER BY r."DueOn", r."Id"
        LIMIT 50
        """;
    private const string CountSql = """SELECT COUNT(*) FROM "Recommendations" r WHERE {0}""";
    private const string ListWhere = """r."ProvinceCode" = @province AND r."Status" = @status""";
    private const string SearchWhere = """r."SearchName" LIKE @pattern ESCAPE '\'""";
    private const string SearchText = "cum cong nghiep";
    private static readonly string[] OneSql =
    [
        string.Format(CultureInfo.InvariantCulture, ListSql, """r."Id" = @id"""),
        """
        SELECT r."Content", r."ConcernKind", r."ConcernReference", r."ConferenceName", r."ContactName", r."ContactPhone", r."ContactEmail",
               r."FocalLeaderId", r."WorkingDaysAllowed", r."RemainingWorkingDays", r."Answer", r."CompetentBody", r."GroupId", r."DuplicateOfId",
               r."Satisfied", r."RatingReason", r."CreatedAt",
               (SELECT o."Name" FROM "Organisations" o WHERE o."Id" = r."SubmittingOrganisationId" LIMIT 1),
               (SELECT u."FullName" FROM "AspNetUsers" u WHERE u."Id" = r."FocalLeaderId" LIMIT 1)
        FROM "Recommendations" r WHERE r."Id" = @id LIMIT 1
        """,
        """SELECT * FROM "RecommendationEvents" e WHERE e."RecommendationId" = @id ORDER BY e."At", e."Id" """,
        """
        SELECT m."Id", m."At", m."AuthorName", m."AuthorOrganisation", m."FromMinistry", m."Text"
        FROM "RecommendationMessages" m WHERE m."RecommendationId" = @id ORDER BY m."At", m."Id"
        """,
        """
        SELECT a."Id", a."FileName", a."ContentType", a."Size", a."UploadedByName", a."At"
        FROM "RecommendationAttachments" a WHERE a."RecommendationId" = @id ORDER BY a."At"
        """,
    ];

    public static async Task<int> RunAsync(BenchOptions o, string[] args)
    {
        if (!o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll))
        {
            Console.Error.WriteLine("--app-dll must name the Release build of CauNoi.Web.dll");
            return 1;
        }
        var duration = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("duration", "10"), CultureInfo.InvariantCulture));
        var warmup = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("warmup", "3"), CultureInfo.InvariantCulture));
        var concurrency = int.Parse(o.Values.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
        var output = o.Values.GetValueOrDefault("out", "docs/benchmarks.md");
        var postgres = o.Provider == "postgres";
        DbConnection Open()
        {
            DbConnection c = postgres ? new NpgsqlConnection(o.Connection) : new SqliteConnection(o.Connection);
            c.Open();
            return c;
        }

        // What is in the database, and who to sign in as.
        var size = new List<(string, long)>();
        string hubUser, provinceUser;
        int[] openIds;
        long listMatches, searchMatches;
        string? listPlan = null, searchPlan = null;
        await using (var c = Open())
        {
            foreach (var (label, table) in new[] { ("recommendations", "Recommendations"), ("events (history)", "RecommendationEvents"),
                         ("messages (thread)", "RecommendationMessages"), ("groups", "RecommendationGroups"), ("users", "AspNetUsers") })
                size.Add((label, Convert.ToInt64(await Scalar(c, $"""SELECT COUNT(*) FROM "{table}" """), CultureInfo.InvariantCulture)));
            hubUser = (string)(await Scalar(c, """
                SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
                WHERE o."IsLocalAffairsHub" AND u."UserName" LIKE 'bench.bo%' ORDER BY u."UserName" LIMIT 1
                """))!;
            provinceUser = (string)(await Scalar(c, """
                SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
                WHERE o."ProvinceCode" = '01' AND u."UserName" LIKE 'bench.so%' ORDER BY u."UserName" LIMIT 1
                """))!;
            // Recommendations with a thread, so that each open reads a history and a thread.
            var ids = new List<int>();
            await using (var cmd = Command(c, """SELECT DISTINCT "RecommendationId" FROM "RecommendationMessages" ORDER BY "RecommendationId" LIMIT 2000"""))
            await using (var reader = await cmd.ExecuteReaderAsync())
                while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
            openIds = [.. ids];
            listMatches = Convert.ToInt64(await Scalar(c, string.Format(CultureInfo.InvariantCulture, CountSql, ListWhere), ListParameters), CultureInfo.InvariantCulture);
            searchMatches = Convert.ToInt64(await Scalar(c, string.Format(CultureInfo.InvariantCulture, CountSql, SearchWhere), SearchParameters), CultureInfo.InvariantCulture);
            if (postgres)
            {
                listPlan = await Explain(c, string.Format(CultureInfo.InvariantCulture, ListSql, ListWhere), ListParameters);
                searchPlan = await Explain(c, string.Format(CultureInfo.InvariantCulture, ListSql, SearchWhere), SearchParameters);
            }
        }
        Console.WriteLine($"hub user {hubUser}, province officer {provinceUser}, {openIds.Length} recommendations with a thread");

        // The app, in Release, as a child process.
        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        {
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
            var readyIn = await app.WaitReadyAsync(anonymous);
            Console.WriteLine($"app pid {app.Id} ready on {app.BaseUrl} in {readyIn:N1} s");
            using var hub = await AppProcess.SignedInAsync(handler, anonymous, hubUser);
            using var province = await AppProcess.SignedInAsync(handler, anonymous, provinceUser);

            var tw = Trimmed(warmup);
            var td = duration;
            Console.WriteLine($"load: {concurrency} workers, warm-up {tw.TotalSeconds} s, measured {td.TotalSeconds} s");
            var results = new Dictionary<string, LoadResult>();

            results["empty"] = await Load.RunAsync("GET /health/live", concurrency, tw, td, _ => Get(anonymous, "/health/live"));
            var listUrl = "/api/v1/recommendations?province=01&status=InProgress";
            results["list"] = await Load.RunAsync("GET " + listUrl + " (hub)", concurrency, tw, td, _ => Get(hub, listUrl));
            results["listProvince"] = await Load.RunAsync("GET " + listUrl + " (Hà Nội officer)", concurrency, tw, td, _ => Get(province, listUrl));
            results["listSql"] = await Load.RunAsync("raw SQL list (count + page of 50)", concurrency, tw, td,
                _ => PageSql(Open, ListWhere, ListParameters));
            var searchUrl = "/api/v1/recommendations?q=" + Uri.EscapeDataString(SearchText);
            results["search"] = await Load.RunAsync("GET " + searchUrl + " (hub)", concurrency, tw, td, _ => Get(hub, searchUrl));
            results["searchSql"] = await Load.RunAsync("raw SQL search (count + page of 50)", concurrency, tw, td,
                _ => PageSql(Open, SearchWhere, SearchParameters));
            results["open"] = await Load.RunAsync("GET /api/v1/recommendations/{id} (hub)", concurrency, tw, td,
                rng => Get(hub, "/api/v1/recommendations/" + openIds[rng.Next(openIds.Length)]));
            results["openSql"] = await Load.RunAsync("raw SQL open one (5 queries)", concurrency, tw, td,
                rng => OneSqlAsync(Open, openIds[rng.Next(openIds.Length)]));
            var rssAfterLoad = app.Memory();

            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var from = today.AddDays(-364).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            results["emptySeq"] = await Load.SequentialAsync("GET /health/live, one at a time", 3, 20, () => Get(anonymous, "/health/live"));
            foreach (var format in new[] { "json", "xlsx", "docx" })
                results["report-" + format] = await Load.SequentialAsync($"weekly report {from}..{to} .{format} (hub)", 1, 5,
                    () => Get(hub, $"/api/v1/reports/weekly?from={from}&to={to}&format={format}"));
            var rssEnd = app.Memory();

            var markdown = Report(o, args, duration, warmup, concurrency, size, hubUser, provinceUser, openIds.Length,
                listMatches, searchMatches, results, rssAfterLoad, rssEnd, listPlan, searchPlan);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, markdown);
            Console.WriteLine($"wrote {output}");
            return 0;
        }
    }

    private static TimeSpan Trimmed(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

    private static void ListParameters(DbCommand cmd)
    {
        Add(cmd, "province", "01");
        Add(cmd, "status", 3); // RecommendationStatus.InProgress
    }

    private static void SearchParameters(DbCommand cmd) => Add(cmd, "pattern", "%" + SearchText + "%");

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static DbCommand Command(DbConnection c, string sql, Action<DbCommand>? parameters = null)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        parameters?.Invoke(cmd);
        return cmd;
    }

    private static async Task<object?> Scalar(DbConnection c, string sql, Action<DbCommand>? parameters = null)
    {
        await using var cmd = Command(c, sql, parameters);
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>Reads every column of every row, as a materialising client would.</summary>
    private static async Task ReadAllAsync(DbCommand cmd)
    {
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync()) reader.GetValues(values);
    }

    /// <summary>The raw-SQL floor of a list page: the count and the page of 50, as the app asks for them.</summary>
    private static async Task<bool> PageSql(Func<DbConnection> open, string where, Action<DbCommand> parameters)
    {
        await using var c = open();
        await Scalar(c, string.Format(CultureInfo.InvariantCulture, CountSql, where), parameters);
        await using var cmd = Command(c, string.Format(CultureInfo.InvariantCulture, ListSql, where), parameters);
        await ReadAllAsync(cmd);
        return true;
    }

    private static async Task<bool> OneSqlAsync(Func<DbConnection> open, int id)
    {
        await using var c = open();
        foreach (var sql in OneSql)
        {
            await using var cmd = Command(c, sql, x => Add(x, "id", id));
            await ReadAllAsync(cmd);
        }
        return true;
    }

    private static async Task<string> Explain(DbConnection c, string sql, Action<DbCommand> parameters)
    {
        await using var cmd = Command(c, "EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters);
        await using var reader = await cmd.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync()) text.AppendLine(reader.GetString(0));
        return text.ToString();
    }

    private static async Task<bool> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }





    private static string Report(BenchOptions o, string[] args, TimeSpan duration, TimeSpan warmup, int concurrency,
        List<(string Label, long Count)> size, string hubUser, string provinceUser, int openIds, long listMatches, long searchMatches,
        Dictionary<string, LoadResult> r, (double Rss, double Peak) rssAfterLoad, (double Rss, double Peak) rssEnd,
        string? listPlan, string? searchPlan)
    {
        var inv = CultureInfo.InvariantCulture;
        string Ms(double v) => v.ToString(v < 10 ? "N2" : "N1", inv);
        string Rate(double v) => v.ToString("N0", inv);
        string Met(bool ok) => ok ? "met" : "**missed**";
        var missed = new List<string>();
        bool Check(bool ok, string what) { if (!ok) missed.Add(what); return ok; }
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var recommendations = size.First(s => s.Label == "recommendations").Count;
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks (issue 4)");
        md.AppendLine();
        md.AppendLine($"Measured {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC by `CauNoi.Bench bench` (bench/CauNoi.Bench/LoadBench.cs).");
        md.AppendLine();
        md.AppendLine($"**Data size: {recommendations.ToString("N0", inv)} recommendations.** The issue's targets are stated for 1,000,000; " +
                      "a figure met here is not yet met at that size.");
        md.AppendLine();
        md.AppendLine("## Machine and set-up");
        md.AppendLine();
        md.AppendLine($"- {Environment.ProcessorCount} logical CPUs (`nproc`), {cpu}, {(long.Parse(memKb, inv) / 1024.0 / 1024).ToString("N1", inv)} GB memory; " +
                      $".NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}.");
        md.AppendLine($"- Provider: {o.Provider}. The app, the database server and the load client share the same CPUs.");
        md.AppendLine("- The app: the Release build started by the harness as `dotnet CauNoi.Web.dll` with ASPNETCORE_ENVIRONMENT=Production, " +
                      "ASPNETCORE_URLS=http://127.0.0.1:<free port>, Jobs__Enabled=false, CauNoi__SignInPermitsPerMinute=100000; plain HTTP/1.1 on loopback.");
        md.AppendLine($"- Load client: C# HttpClient (SocketsHttpHandler), {concurrency} concurrent workers back to back (closed loop), " +
                      $"{warmup.TotalSeconds.ToString(inv)} s warm-up dropped, then {duration.TotalSeconds.ToString(inv)} s measured per scenario; every latency kept, percentiles by nearest rank. " +
                      "The raw-SQL floors run the same SQL as the app's query through the ADO.NET driver (Npgsql / Microsoft.Data.Sqlite) in the same kind of loop, " +
                      "one pooled connection per operation, reading every column of every row.");
        md.AppendLine($"- Users: hub `{hubUser}` (Cục Công Thương địa phương, sees everything) and Hà Nội officer `{provinceUser}`, bearer tokens from /api/v1/auth/token.");
        md.AppendLine();
        md.AppendLine("| table | rows |");
        md.AppendLine("|---|---:|");
        foreach (var (label, count) in size) md.AppendLine($"| {label} | {count.ToString("N0", inv)} |");
        md.AppendLine($"| province 01 and status InProgress (the list's filter) | {listMatches.ToString("N0", inv)} |");
        md.AppendLine($"| SearchName LIKE '%{SearchText}%' (the search) | {searchMatches.ToString("N0", inv)} |");
        md.AppendLine();
        md.AppendLine("Commands:");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine("dotnet build -c Release src/CauNoi.Web");
        md.AppendLine("dotnet run -c Release --project bench/CauNoi.Bench -- " + string.Join(' ', args.Select(a => a.Contains(' ') || a.Contains(';') ? $"\"{a}\"" : a)));
        md.AppendLine("```");
        md.AppendLine();

        void Table(string title, string target, params (string Row, LoadResult R)[] rows)
        {
            md.AppendLine($"| {title} | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (row, x) in rows)
                md.AppendLine($"| {row} | {Rate(x.PerSecond)} | {Ms(x.P50)} | {Ms(x.P95)} | {Ms(x.P99)} | {Ms(x.Max)} | {x.Errors} |");
            md.AppendLine();
            md.AppendLine(target);
            md.AppendLine();
        }

        md.AppendLine("## 1. Empty endpoint (the floor of every HTTP figure)");
        md.AppendLine();
        Table("scenario", "No target: this is what the HTTP stack, the loopback and the client cost on this machine.",
            ("GET /health/live", r["empty"]));

        var list = r["list"];
        var listSql = r["listSql"];
        var listOk20 = Check(list.P95 <= 20, $"list p95 {Ms(list.P95)} ms > 20 ms");
        var listOk2x = Check(list.P95 <= 2 * listSql.P95, $"list p95 {Ms(list.P95)} ms > 2 × raw-SQL p95 {Ms(listSql.P95)} ms");
        md.AppendLine("## 2. Filtered list page: province 01 + InProgress, sorted by deadline, page 1 (50 rows)");
        md.AppendLine();
        Table("scenario",
            $"Target p95 ≤ 20 ms: {Ms(list.P95)} ms, {Met(listOk20)}. Target p95 ≤ 2 × the raw-SQL floor: ratio " +
            $"{(list.P95 / listSql.P95).ToString("N2", inv)} (floor p95 {Ms(listSql.P95)} ms), {Met(listOk2x)}. " +
            "The Hà Nội officer's row is the same request with the province scope applied (not a target row).",
            ("GET /api/v1/recommendations?province=01&status=InProgress (hub)", list),
            ("same, as the Hà Nội officer", r["listProvince"]),
            ("raw SQL floor: COUNT + SELECT … ORDER BY DueOn, Id LIMIT 50", listSql),
            ("empty endpoint floor", r["empty"]));

        var search = r["search"];
        var searchSql = r["searchSql"];
        var searchOk = Check(search.P95 <= 100, $"search p95 {Ms(search.P95)} ms > 100 ms");
        md.AppendLine($"## 3. Diacritic-insensitive search: q={SearchText} ({searchMatches.ToString("N0", inv)} found), whole scope");
        md.AppendLine();
        Table("scenario",
            $"Target p95 ≤ 100 ms: {Ms(search.P95)} ms, {Met(searchOk)}. Ratio to the raw-SQL floor's p95: {(search.P95 / searchSql.P95).ToString("N2", inv)}.",
            ($"GET /api/v1/recommendations?q={SearchText} (hub)", search),
            ("raw SQL floor: COUNT + SELECT … WHERE SearchName LIKE … ORDER BY DueOn, Id LIMIT 50", searchSql),
            ("empty endpoint floor", r["empty"]));

        var open = r["open"];
        var openOk = Check(open.PerSecond >= 3000, $"open one {Rate(open.PerSecond)} req/s < 3,000");
        md.AppendLine($"## 4. Opening one recommendation with history and thread ({openIds.ToString("N0", inv)} ids that have a thread, drawn at random)");
        md.AppendLine();
        Table("scenario",
            $"Target ≥ 3,000 requests/s authenticated: {Rate(open.PerSecond)}/s, {Met(openOk)}. " +
            $"Ratio to the raw-SQL floor's throughput: {(open.PerSecond / r["openSql"].PerSecond).ToString("N2", inv)}; to the empty endpoint's: {(open.PerSecond / r["empty"].PerSecond).ToString("N2", inv)}.",
            ("GET /api/v1/recommendations/{id} (hub)", open),
            ("raw SQL floor: the 5 queries the detail runs", r["openSql"]),
            ("empty endpoint floor", r["empty"]));

        md.AppendLine("## 5. Weekly report for a year (364 days up to today), national (hub), one request at a time");
        md.AppendLine();
        md.AppendLine("| format | runs | median ms | max ms | target | errors |");
        md.AppendLine("|---|---:|---:|---:|---|---:|");
        foreach (var format in new[] { "json", "xlsx", "docx" })
        {
            var x = r["report-" + format];
            var ok = Check(x.Max <= 1000, $"weekly report .{format} max {Ms(x.Max)} ms > 1 s");
            md.AppendLine($"| .{format} | {x.Count} | {Ms(x.Median)} | {Ms(x.Max)} | ≤ 1,000 ms each: {Met(ok)} | {x.Errors} |");
        }
        md.AppendLine($"| floor: GET /health/live one at a time | {r["emptySeq"].Count} | {Ms(r["emptySeq"].Median)} | {Ms(r["emptySeq"].Max)} | | {r["emptySeq"].Errors} |");
        md.AppendLine();
        md.AppendLine("(One warm-up request per format before the five measured.)");
        md.AppendLine();

        var memOk = Check(rssEnd.Peak <= 300, $"memory peak {rssEnd.Peak.ToString("N0", inv)} MB > 300 MB");
        md.AppendLine("## 6. The app's memory");
        md.AppendLine();
        md.AppendLine("| when | VmRSS MB (working set) | VmHWM MB (peak so far) |");
        md.AppendLine("|---|---:|---:|");
        md.AppendLine($"| after the concurrent scenarios 1–4 | {rssAfterLoad.Rss.ToString("N0", inv)} | {rssAfterLoad.Peak.ToString("N0", inv)} |");
        md.AppendLine($"| at the end (after the reports) | {rssEnd.Rss.ToString("N0", inv)} | {rssEnd.Peak.ToString("N0", inv)} |");
        md.AppendLine();
        md.AppendLine($"Target ≤ 300 MB working set: peak {rssEnd.Peak.ToString("N0", inv)} MB, {Met(memOk)}.");
        md.AppendLine();

        md.AppendLine("## What is still missed");
        md.AppendLine();
        if (missed.Count == 0) md.AppendLine($"Nothing at {recommendations.ToString("N0", inv)} recommendations.");
        foreach (var m in missed) md.AppendLine($"- {m}");
        md.AppendLine();
        md.AppendLine("<!-- observations -->");
        md.AppendLine();
        if (listPlan is not null)
        {
            md.AppendLine("## Query plans of the raw-SQL floors (PostgreSQL, EXPLAIN ANALYZE, before the load)");
            md.AppendLine();
            md.AppendLine("List page:");
            md.AppendLine();
            md.AppendLine("```");
            md.Append(listPlan);
            md.AppendLine("```");
            md.AppendLine();
            md.AppendLine("Search page:");
            md.AppendLine();
            md.AppendLine("```");
            md.Append(searchPlan);
            md.AppendLine("```");
        }
        return md.ToString();
    }
}
