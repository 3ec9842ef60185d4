using System.Data.Common;
using static CauNoi.Bench.Reads;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 11's measurements on a database holding the tasks register (generate-tasks): the list of tasks at 4 and at 16
/// clients, the dashboard's figures (the task report as JSON, the computation the dashboard page shows) one at a time,
/// each beside the same reads as raw SQL through the ADO.NET driver in the same run, and the empty endpoint.
/// </summary>
public static class TaskBench
{
    /// <summary>The list's page as the app reads it (TaskQueries.PageAsync): the count up to 1,001, then 50 by deadline with the names they show.</summary>
    private const string CountSql = """SELECT COUNT(*) FROM (SELECT 1 FROM "Tasks" t LIMIT 1001) s""";
    private const string PageSql = """
        SELECT t."Id", t."Title", t."LeadOrganisationId",
               (SELECT o."Name" FROM "Organisations" o WHERE o."Id" = t."LeadOrganisationId" LIMIT 1),
               (SELECT u."FullName" FROM "AspNetUsers" u WHERE u."Id" = t."OwnerId" LIMIT 1),
               t."AssignedBy", t."AssignedOn", t."DueOn", t."OriginalDueOn", t."Progress", t."ExtensionPending", t."Recurrence", t."DocumentId",
               (SELECT d."Number" FROM "Documents" d WHERE d."Id" = t."DocumentId" LIMIT 1),
               t."ParentId", t."SeriesId", t."Priority", t."Version", t."State", t."ClosedOn", t."JudgedDueOn"
        FROM "Tasks" t ORDER BY t."DueOn", t."Id" LIMIT 50
        """;

    /// <summary>The figures (TaskFigures.LoadAsync) as SQL: counts by the status rule, the extension flags, twelve months of trend.</summary>
    private static string FiguresSql(string from, string to, string asOf) => $"""
        SELECT CASE WHEN t."State" = 3 AND t."ClosedOn" <= DATE '{asOf}' THEN 6
                    WHEN t."State" = 2 AND t."ClosedOn" <= DATE '{asOf}' THEN CASE WHEN t."ClosedOn" <= t."JudgedDueOn" THEN 1 ELSE 2 END
                    WHEN t."JudgedDueOn" < DATE '{asOf}' THEN 4 WHEN t."AssignedOn" > DATE '{asOf}' THEN 5 ELSE 3 END, COUNT(*)
        FROM "Tasks" t WHERE t."Recurrence" = 0 AND t."AssignedOn" >= DATE '{from}' AND t."AssignedOn" <= DATE '{to}' GROUP BY 1;
        SELECT SUM(CASE WHEN t."ExtensionPending" THEN 1 ELSE 0 END), SUM(CASE WHEN t."DueOn" <> t."OriginalDueOn" THEN 1 ELSE 0 END)
        FROM "Tasks" t WHERE t."Recurrence" = 0 AND t."State" = 1 AND t."AssignedOn" >= DATE '{from}' AND t."AssignedOn" <= DATE '{to}';
        SELECT EXTRACT(YEAR FROM t."JudgedDueOn"), EXTRACT(MONTH FROM t."JudgedDueOn"), COUNT(*),
               SUM(CASE WHEN t."State" = 2 AND t."ClosedOn" <= t."JudgedDueOn" THEN 1 ELSE 0 END)
        FROM "Tasks" t WHERE t."Recurrence" = 0 AND t."AssignedOn" >= DATE '{from}' AND t."AssignedOn" <= DATE '{to}'
          AND t."JudgedDueOn" >= DATE '{asOf}' - INTERVAL '1 year' AND t."JudgedDueOn" <= DATE '{asOf}' AND t."State" <> 3 GROUP BY 1, 2;
        """;

    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (o.Provider != "postgres" || !o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll))
        {
            Console.Error.WriteLine("bench-tasks runs on PostgreSQL; --app-dll must name the Release build of CauNoi.Web.dll");
            return 1;
        }
        var inv = CultureInfo.InvariantCulture;
        var duration = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("duration", "10"), inv));
        var warmup = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("warmup", "3"), inv));
        var concurrency = int.Parse(o.Values.GetValueOrDefault("concurrency", "16"), inv);
        var light = int.Parse(o.Values.GetValueOrDefault("light-concurrency", "4"), inv);
        var output = o.Values.GetValueOrDefault("out", "docs/benchmarks-tasks.md");
        var connect = Reads.Connector(o);

        long tasks, documents;
        string hubUser;
        await using (var c = connect())
        {
            tasks = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "Tasks" """), inv);
            documents = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "Documents" """), inv);
            hubUser = (string)(await Scalar(c, """
                SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
                WHERE o."IsLocalAffairsHub" AND u."UserName" LIKE 'bench.bo%' ORDER BY u."UserName" LIMIT 1
                """))!;
        }
        Console.WriteLine($"{tasks:N0} tasks, {documents:N0} documents; hub user {hubUser}");

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        Console.WriteLine($"app ready in {await app.WaitReadyAsync(anonymous):N1} s");
        using var hub = await AppProcess.SignedInAsync(handler, anonymous, hubUser);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var (yearStart, day) = (new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", inv), today.ToString("yyyy-MM-dd", inv));
        var r = new Dictionary<string, LoadResult>();
        const string list = "/api/v1/tasks";
        r["empty"] = await Load.RunAsync("GET /health/live", concurrency, warmup, duration, _ => Get(anonymous, "/health/live"));
        r["listLight"] = await Load.RunAsync($"GET {list} (hub, national, by deadline), {light} clients", light, warmup, duration, _ => Get(hub, list));
        r["listSqlLight"] = await Load.RunAsync($"raw SQL list (count + page of 50), {light} clients", light, warmup, duration, _ => ListSqlAsync(connect));
        r["list"] = await Load.RunAsync($"GET {list} (hub), {concurrency} clients", concurrency, warmup, duration, _ => Get(hub, list));
        r["listSql"] = await Load.RunAsync($"raw SQL list, {concurrency} clients", concurrency, warmup, duration, _ => ListSqlAsync(connect));
        var yearUrl = $"/api/v1/reports/tasks?from={yearStart}&to={day}";
        r["dashYear"] = await Load.SequentialAsync($"GET {yearUrl} (the dashboard's figures, this year)", 3, 20, () => Get(hub, yearUrl));
        r["dashYearSql"] = await Load.SequentialAsync("raw SQL figures, this year (3 statements)", 3, 20, () => SqlAsync(connect, FiguresSql(yearStart, day, day)));

        var md = new StringBuilder();
        md.AppendLine($"Measured {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC by `CauNoi.Bench bench-tasks` on PostgreSQL: {tasks:N0} tasks, {documents:N0} documents.");
        md.AppendLine();
        md.AppendLine("| Scenario | req/s | p50 ms | p95 ms | p99 ms | errors |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var (_, x) in r)
            md.AppendLine(string.Create(inv, $"| {x.Name} | {x.PerSecond:N0} | {x.P50:N2} | {x.P95:N2} | {x.P99:N2} | {x.Errors} |"));
        md.AppendLine();
        md.AppendLine(string.Create(inv, $"- list p95 at {light} clients: {r["listLight"].P95:N1} ms (target ≤ 20 ms; raw SQL {r["listSqlLight"].P95:N1} ms)"));
        md.AppendLine(string.Create(inv, $"- list p95 at {concurrency} clients: {r["list"].P95:N1} ms = {r["list"].P95 / r["listSql"].P95:N2}× its raw SQL's {r["listSql"].P95:N1} ms (target ≤ 2×)"));
        md.AppendLine(string.Create(inv, $"- dashboard figures, this year: median {r["dashYear"].Median:N1} ms, max {r["dashYear"].Max:N1} ms (target ≤ 200 ms; raw SQL of its counts {r["dashYearSql"].Median:N1} ms)"));
        await File.WriteAllTextAsync(output, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    private static async Task<bool> ListSqlAsync(Func<DbConnection> open)
    {
        await using var c = open();
        await Scalar(c, CountSql);
        await SqlAsync(c, PageSql);
        return true;
    }
}
