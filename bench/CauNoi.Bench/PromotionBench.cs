using static CauNoi.Bench.Reads;
using System.Globalization;
using System.Text;

namespace CauNoi.Bench;

/// <summary>
/// Issue 14's measurement on a database holding a generated khuyến công year (generate-promotion): the figures of the plan
/// year, as the page and as the API's JSON, for the country (bench.khuyencong) and for a province's department (bench.so01),
/// each request one at a time (warm-ups dropped), beside the same figures computed by raw SQL through the ADO.NET driver in
/// the same run (the four statements the figures need, every row read), and the empty endpoint. Target: ≤ 200 ms.
/// </summary>
public static class PromotionBench
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
        var output = o.Values.GetValueOrDefault("out", $"docs/benchmarks/promotion-{o.Provider}.md");
        var year = int.Parse(o.Values.GetValueOrDefault("year", "2026"), inv);
        var connect = Reads.Connector(o);

        long proposals, outputs, events;
        await using (var c = connect())
        {
            proposals = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "PromotionProposals" """), inv);
            outputs = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "ProposalOutputs" """), inv);
            events = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "ProposalEvents" """), inv);
        }
        Console.WriteLine($"{proposals:N0} proposals, {outputs:N0} outputs, {events:N0} events");

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        Console.WriteLine($"app ready in {await app.WaitReadyAsync(anonymous):N1} s");
        using var ministry = await AppProcess.SignedInAsync(handler, anonymous, "bench.khuyencong");
        using var department = await AppProcess.SignedInAsync(handler, anonymous, "bench.so01");
        using var pageHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var browser = new HttpClient(pageHandler) { BaseAddress = anonymous.BaseAddress, Timeout = anonymous.Timeout };
        browser.DefaultRequestHeaders.Add("Cookie", await AppProcess.CookieSignInAsync(browser, "bench.khuyencong"));

        var r = new Dictionary<string, LoadResult>();
        r["empty"] = await Load.SequentialAsync("GET /health/live", Warmups, Runs, () => Get(anonymous, "/health/live"));
        var page = $"/khuyen-cong/so-lieu?nam={year}";
        var api = $"/api/v1/promotion/figures?year={year}";
        r["page"] = await Load.SequentialAsync($"GET {page} (the page, the country and 34 provinces)", Warmups, Runs, () => PageAsync(browser, page));
        r["api"] = await Load.SequentialAsync($"GET {api} (json, the country)", Warmups, Runs, () => Get(ministry, api));
        r["province"] = await Load.SequentialAsync($"GET {api} (json, as Hà Nội's department)", Warmups, Runs, () => Get(department, api));
        r["sql"] = await Load.SequentialAsync("raw SQL: the same figures for the country in four statements", Warmups, Runs, () => SqlAsync(connect, FiguresSql(year)));
        r["xlsx"] = await Load.SequentialAsync($"GET /api/v1/promotion/figures.xlsx?year={year} (the country)", 1, 5, () => Get(ministry, $"/api/v1/promotion/figures.xlsx?year={year}"));

        var md = new StringBuilder();
        md.AppendLine(string.Create(inv, $"Measured {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC by `CauNoi.Bench bench-promotion` on {o.Provider}: {proposals:N0} proposals, {outputs:N0} outputs, {events:N0} events; figures of plan year {year}. Each request one at a time, {Warmups} warm-ups dropped, {Runs} measured (the .xlsx: 1 and 5)."));
        md.AppendLine();
        md.AppendLine("| Scenario | median ms | p95 ms | max ms | errors |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (_, x) in r)
            md.AppendLine(string.Create(inv, $"| {x.Name} | {x.Median:N1} | {x.P95:N1} | {x.Max:N1} | {x.Errors} |"));
        md.AppendLine();
        var (p1, a1, s1) = (r["page"], r["api"], r["sql"]);
        md.AppendLine(string.Create(inv, $"- figures page: median {p1.Median:N1} ms, max {p1.Max:N1} ms (target ≤ 200 ms: {(p1.Max <= 200 ? "met" : "**missed**")}) = {p1.Median / s1.Median:N2}× its raw SQL's {s1.Median:N1} ms; the API's JSON median {a1.Median:N1} ms, max {a1.Max:N1} ms (target: {(a1.Max <= 200 ? "met" : "**missed**")}) = {a1.Median / s1.Median:N2}×; a department's {r["province"].Median:N1} ms; empty endpoint {r["empty"].Median:N2} ms"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    /// <summary>
    /// The figures' rule for the country as raw SQL: the proposals of the year's plans by province and stage with their
    /// sums, the plans' budgets, the outputs by kind and unit, the stops and each adjustment with their reasons.
    /// </summary>
    private static string FiguresSql(int year) => $"""
        SELECT p."ProvinceCode", p."Stage", COUNT(*), SUM(CASE WHEN p."Adjustments" > 0 THEN 1 ELSE 0 END),
               SUM(p."RequestedNational" + p."RequestedLocal"), SUM(p."RequestedCounterpart"),
               SUM(COALESCE(p."ApprovedNational", 0) + COALESCE(p."ApprovedLocal", 0)), SUM(COALESCE(p."ApprovedCounterpart", 0)),
               SUM(COALESCE(p."FirstApprovedStateFunds", 0)), SUM(p."Disbursed"), SUM(COALESCE(p."Settled", 0))
        FROM "PromotionProposals" p JOIN "PromotionPlans" l ON l."Id" = p."PlanId"
        WHERE l."Year" = {year}
        GROUP BY p."ProvinceCode", p."Stage";
        SELECT "ProvinceCode", SUM("BudgetNational"), SUM("BudgetLocal"), SUM("BudgetCounterpart") FROM "PromotionPlans" WHERE "Year" = {year} GROUP BY "ProvinceCode";
        SELECT o."Kind", o."Unit", SUM(o."Promised"), SUM(CASE WHEN p."Stage" IN (6, 7) THEN COALESCE(o."Achieved", 0) ELSE 0 END), COUNT(DISTINCT o."ProposalId")
        FROM "ProposalOutputs" o JOIN "PromotionProposals" p ON p."Id" = o."ProposalId" JOIN "PromotionPlans" l ON l."Id" = p."PlanId"
        WHERE l."Year" = {year} AND p."Stage" IN (4, 5, 6, 7)
        GROUP BY o."Kind", o."Unit";
        SELECT p."Code", p."ProvinceCode", p."Activity", p."StoppedOn", p."StopReason"
        FROM "PromotionProposals" p JOIN "PromotionPlans" l ON l."Id" = p."PlanId"
        WHERE l."Year" = {year} AND p."Stage" = 8;
        SELECT p."Code", p."ProvinceCode", p."Activity", e."OnDate", e."At", e."Note"
        FROM "ProposalEvents" e JOIN "PromotionProposals" p ON p."Id" = e."ProposalId" JOIN "PromotionPlans" l ON l."Id" = p."PlanId"
        WHERE l."Year" = {year} AND p."Adjustments" > 0 AND e."Step" = 5;
        """;

    /// <summary>The page itself: 200 and the country's line, not a sign-in page or an error page.</summary>
    private static async Task<bool> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == System.Net.HttpStatusCode.OK && html.Contains("Cả nước", StringComparison.Ordinal);
    }
}
