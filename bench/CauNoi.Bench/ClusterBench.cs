using System.Data.Common;
using static CauNoi.Bench.Reads;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 13's measurement on a database holding a generated registry (generate-clusters): the national statistics of a
/// year, as the page and as the API's JSON, each request one at a time (warm-ups dropped), beside the same table computed
/// by one raw SQL statement through the ADO.NET driver in the same run, and the empty endpoint. Target: the page ≤ 200 ms.
/// </summary>
public static class ClusterBench
{
    private const int Warmups = 3, Runs = 20;

    public static async Task<int> RunAsync(BenchOptions o)
    {
        if (!o.Values.TryGetValue("app-dll", out var dll) || !File.Exists(dll))
        {
            Console.Error.WriteLine("--app-dll must name the Release build of CauNoi.Web.dll");
            return 1;
        }
        var inv = CultureInfo.InvariantCulture;
        var output = o.Values.GetValueOrDefault("out", $"docs/benchmarks/clusters-{o.Provider}.md");
        var year = int.Parse(o.Values.GetValueOrDefault("year", "2022"), inv);
        var connect = Reads.Connector(o);

        long clusters, projects;
        string user;
        await using (var c = connect())
        {
            clusters = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "Clusters" """), inv);
            projects = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "ClusterProjects" """), inv);
            user = (string)(await Scalar(c, """
                SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
                WHERE o."Kind" = 2 ORDER BY u."UserName" LIMIT 1
                """))!;
        }
        Console.WriteLine($"{clusters:N0} clusters, {projects:N0} projects; read as {user}");

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        Console.WriteLine($"app ready in {await app.WaitReadyAsync(anonymous):N1} s");
        using var client = await AppProcess.SignedInAsync(handler, anonymous, user);
        // The page as a browser reads it: signed in by cookie, no redirect followed (a sign-in page would not count as the page).
        using var pageHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var browser = new HttpClient(pageHandler) { BaseAddress = anonymous.BaseAddress, Timeout = anonymous.Timeout };
        browser.DefaultRequestHeaders.Add("Cookie", await AppProcess.CookieSignInAsync(browser, user));

        var r = new Dictionary<string, LoadResult>();
        r["empty"] = await Load.SequentialAsync("GET /health/live", Warmups, Runs, () => Get(anonymous, "/health/live"));
        var page = $"/cum-cong-nghiep/thong-ke?nam={year}";
        var api = $"/api/v1/clusters/statistics?year={year}";
        r["page"] = await Load.SequentialAsync($"GET {page} (the page, 34 provinces, 3 regions, the country)", Warmups, Runs, () => PageAsync(browser, page));
        r["api"] = await Load.SequentialAsync($"GET {api} (json)", Warmups, Runs, () => Get(client, api));
        r["sql"] = await Load.SequentialAsync("raw SQL: the same table by province in one statement", Warmups, Runs, () => SqlAsync(connect, StatisticsSql(year)));

        var md = new StringBuilder();
        md.AppendLine(string.Create(inv, $"Measured {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC by `CauNoi.Bench bench-clusters` on {o.Provider}: {clusters:N0} clusters, {projects:N0} secondary projects; statistics of {year}. Each request one at a time, {Warmups} warm-ups dropped, {Runs} measured."));
        md.AppendLine();
        md.AppendLine("| Scenario | median ms | p95 ms | max ms | errors |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (_, x) in r)
            md.AppendLine(string.Create(inv, $"| {x.Name} | {x.Median:N1} | {x.P95:N1} | {x.Max:N1} | {x.Errors} |"));
        md.AppendLine();
        var (p1, a1, s1) = (r["page"], r["api"], r["sql"]);
        md.AppendLine(string.Create(inv, $"- statistics page: median {p1.Median:N1} ms, max {p1.Max:N1} ms (target ≤ 200 ms: {(p1.Max <= 200 ? "met" : "**missed**")}) = {p1.Median / s1.Median:N2}× its raw SQL's {s1.Median:N1} ms; the API's JSON {a1.Median:N1} ms = {a1.Median / s1.Median:N2}×; empty endpoint {r["empty"].Median:N2} ms"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    /// <summary>
    /// The statistics' rule in one statement: clusters established by the cut with the area of their latest establishment
    /// or expansion, operating ones, and the projects in force at the cut, by province.
    /// </summary>
    private static string StatisticsSql(int year) => $"""
        WITH area AS (
          SELECT d."ClusterId", d."AreaHa", d."LeasableHa",
                 ROW_NUMBER() OVER (PARTITION BY d."ClusterId" ORDER BY d."SignedOn" DESC, d."Id" DESC) AS n
          FROM "ClusterDecisions" d WHERE d."Step" IN (2, 3) AND d."SignedOn" <= '{year}-12-31'),
        proj AS (
          SELECT p."ClusterId", COUNT(*) AS n, SUM(p."LandHa") AS leased, SUM(p."Workers") AS workers
          FROM "ClusterProjects" p
          WHERE p."RegisteredOn" <= '{year}-12-31' AND (p."StoppedOn" IS NULL OR p."StoppedOn" > '{year}-12-31')
          GROUP BY p."ClusterId")
        SELECT c."ProvinceCode", COUNT(*), SUM(a."AreaHa"),
               SUM(CASE WHEN c."OperatingSince" <= '{year}-12-31' THEN 1 ELSE 0 END),
               SUM(CASE WHEN c."OperatingSince" <= '{year}-12-31' THEN a."AreaHa" END),
               SUM(pr.n), SUM(pr.workers),
               SUM(CASE WHEN c."OperatingSince" <= '{year}-12-31' THEN pr.leased END),
               SUM(CASE WHEN c."OperatingSince" <= '{year}-12-31' THEN COALESCE(a."LeasableHa", c."LeasableHa") END)
        FROM "Clusters" c
        JOIN area a ON a."ClusterId" = c."Id" AND a.n = 1
        LEFT JOIN proj pr ON pr."ClusterId" = c."Id"
        WHERE c."EstablishedOn" <= '{year}-12-31'
        GROUP BY c."ProvinceCode"
        """;

    /// <summary>The page itself: 200 and the country's line, not a sign-in page or an error page.</summary>
    private static async Task<bool> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == System.Net.HttpStatusCode.OK && html.Contains("Cả nước", StringComparison.Ordinal);
    }
}
