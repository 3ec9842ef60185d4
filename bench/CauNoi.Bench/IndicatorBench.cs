using System.Data.Common;
using static CauNoi.Bench.Reads;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>
/// Issue 12's measurements on a database holding the indicators pillar at scale (generate-indicators): each read through the
/// app's API one at a time (after a warm-up of 15 s each, dropped), beside the same rows read as raw SQL through the ADO.NET driver in the same
/// run, and the empty endpoint. Targets: a dashboard query over 34 provinces × 10 years ≤ 200 ms and ≤ 2× its floor; the
/// completeness matrix (34 provinces × 12 months × one form) ≤ 100 ms; a 50,000-value import ≤ 5 s; a leader's weekly brief
/// ≤ 1 s. The brief is read for a generated leader it makes the focal leader of Hà Nội and Hồ Chí Minh and the director of the
/// coordinating hub and of the unit leading most tasks (the heaviest a brief gets); the import loads months of 2010–2015
/// (before the generated ten years) of twelve generated indicators on the 63 former provinces, then loads them again
/// changed (every figure replaced, each change recorded).
/// </summary>
public static class IndicatorBench
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
        // Each read is repeated for this long before it is measured, so that it is measured as a server that has been
        // running answers it, not while the JIT is still recompiling the app's code (about 10 s of requests here).
        var warmup = TimeSpan.FromSeconds(double.Parse(o.Values.GetValueOrDefault("warmup", "15"), inv));
        Task<LoadResult> Measure(string name, Func<Task<bool>> read) => Load.SequentialAsync(name, Warmups, warmup, Runs, read);
        var output = o.Values.GetValueOrDefault("out", $"docs/benchmarks/indicators-{o.Provider}.md");
        var connect = Reads.Connector(o);

        long values;
        int retail, iip, form;
        string hubUser, leaderUser;
        List<string> former = [];
        await using (var c = connect())
        {
            values = Convert.ToInt64(await Scalar(c, """SELECT COUNT(*) FROM "IndicatorValues" """), inv);
            retail = Convert.ToInt32(await Scalar(c, """SELECT "Id" FROM "Indicators" WHERE "Code" = 'BLHH_DV'"""), inv);
            iip = Convert.ToInt32(await Scalar(c, """SELECT "Id" FROM "Indicators" WHERE "Code" = 'IIP'"""), inv);
            form = Convert.ToInt32(await Scalar(c, """SELECT "Id" FROM "ReportForms" WHERE "Code" = 'BC-THANG'"""), inv);
            hubUser = (string)(await Scalar(c, """
                SELECT u."UserName" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
                WHERE o."IsLocalAffairsHub" AND u."UserName" LIKE 'bench.bo%' ORDER BY u."UserName" LIMIT 1
                """))!;
            leaderUser = await LeaderAsync(c);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """SELECT "Code" FROM "FormerProvinces" ORDER BY "Code" """;
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) former.Add(reader.GetString(0));
        }
        Console.WriteLine($"{values:N0} indicator values; hub user {hubUser}; leader {leaderUser}");

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        Console.WriteLine($"app ready in {await app.WaitReadyAsync(anonymous):N1} s");
        using var hub = await AppProcess.SignedInAsync(handler, anonymous, hubUser);

        // Ten years of months up to the last one: 120 periods × 34 provinces, the first 103 or so summed from the 63 former ones.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var first = last.AddMonths(-119);
        var (from, to) = ($"{first.Year}-{first.Month:00}", $"{last.Year}-{last.Month:00}");
        var year = today.Year - 1;
        var r = new Dictionary<string, LoadResult>();
        r["empty"] = await Measure("GET /health/live", () => Get(anonymous, "/health/live"));
        foreach (var (code, id) in new[] { ("BLHH_DV", retail), ("IIP", iip) })
        {
            var url = $"/api/v1/reports/indicators?indicator={code}&from={from}&to={to}";
            r[$"series-{code}"] = await Measure($"GET {url} (34 provinces × 120 months)", () => Get(hub, url));
            r[$"series-{code}-sql"] = await Measure($"raw SQL: the same figures of {code} by province and month",
                () => SqlAsync(connect, SeriesSql(id, first, last)));
        }
        // --only series: the two series and their floors, nothing else, for a short loop while working on that read.
        if (o.Values.GetValueOrDefault("only") == "series")
        {
            foreach (var (code, _) in new[] { ("BLHH_DV", retail), ("IIP", iip) })
            {
                var (a, sql) = (r[$"series-{code}"], r[$"series-{code}-sql"]);
                Console.WriteLine(string.Create(inv, $"series {code}: median {a.Median:N1} ms, max {a.Max:N1} ms; raw SQL {sql.Median:N1} ms: {a.Median / sql.Median:N2}x"));
            }
            return 0;
        }
        var completeness = $"/api/v1/completeness?form={form}&year={year}";
        r["completeness"] = await Measure($"GET {completeness} (34 departments × 12 months)", () => Get(hub, completeness));
        r["completeness-sql"] = await Measure("raw SQL: the form's departments and their reports of the year",
            () => SqlAsync(connect, CompletenessSql(form, year)));

        var brief = $"/api/v1/briefs/me?leader={leaderUser}";
        r["brief"] = await Measure($"GET {brief} (json)", () => Get(hub, brief));
        r["brief-docx"] = await Measure($"GET {brief}&format=docx", () => Get(hub, brief + "&format=docx"));
        var lines = await BriefLinesAsync(hub, brief);
        var imports = new List<(string Name, double Seconds, string Answer)>();
        foreach (var (name, factor) in new[] { ("new figures", 1.0), ("every figure replaced", 1.1) })
        {
            var csv = ImportCsv(former, factor);
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            using var response = await hub.PostAsync("/api/v1/values/import",
                new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.Text)), "file", "so-lieu.csv" } });
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalSeconds;
            var answer = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            imports.Add(($"{csv.Rows:N0} rows, {name}", seconds, answer.Length > 160 ? answer[..160] : answer));
            Console.WriteLine($"  import {csv.Rows:N0} rows ({name}): {seconds:N2} s, {answer}");
        }

        var md = new StringBuilder();
        md.AppendLine(string.Create(inv, $"Measured {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC by `CauNoi.Bench bench-indicators` on {o.Provider}: {values:N0} indicator values. Each request one at a time, repeated for {warmup.TotalSeconds} s (at least {Warmups} times) and dropped, then {Runs} measured."));
        md.AppendLine();
        md.AppendLine("| Scenario | median ms | p95 ms | max ms | errors |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (_, x) in r)
            md.AppendLine(string.Create(inv, $"| {x.Name} | {x.Median:N1} | {x.P95:N1} | {x.Max:N1} | {x.Errors} |"));
        md.AppendLine();
        foreach (var code in new[] { "BLHH_DV", "IIP" })
        {
            var (app1, sql) = (r[$"series-{code}"], r[$"series-{code}-sql"]);
            md.AppendLine(string.Create(inv, $"- dashboard series {code}, 34 provinces × 10 years: median {app1.Median:N1} ms, max {app1.Max:N1} ms (target ≤ 200 ms: {Met(app1.Max <= 200)}) = {app1.Median / sql.Median:N2}× its raw SQL's {sql.Median:N1} ms (target ≤ 2×: {Met(app1.Median <= 2 * sql.Median)})"));
        }
        var m = r["completeness"];
        md.AppendLine(string.Create(inv, $"- completeness matrix: median {m.Median:N1} ms, max {m.Max:N1} ms (target ≤ 100 ms: {Met(m.Max <= 100)}); raw SQL {r["completeness-sql"].Median:N1} ms; empty endpoint {r["empty"].Median:N2} ms"));
        var b = r["brief"];
        md.AppendLine(string.Create(inv, $"- leader's weekly brief ({lines} lines): median {b.Median:N1} ms, max {b.Max:N1} ms (target ≤ 1 s: {Met(b.Max <= 1000)}); as .docx median {r["brief-docx"].Median:N1} ms, max {r["brief-docx"].Max:N1} ms ({Met(r["brief-docx"].Max <= 1000)})"));
        foreach (var (name, seconds, answer) in imports)
            md.AppendLine(string.Create(inv, $"- import of {name}: {seconds:N2} s (target ≤ 5 s: {Met(seconds <= 5 && answer.StartsWith("200", StringComparison.Ordinal))}); answer `{answer}`"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    /// <summary>
    /// A generated Ministry officer made a focal leader (Hà Nội, Hồ Chí Minh) and director of the hub and of the unit that leads
    /// most tasks; the same one on every run.
    /// </summary>
    private static async Task<string> LeaderAsync(DbConnection c)
    {
        var leader = (string)(await Scalar(c, """
            SELECT u."Id" FROM "AspNetUsers" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
            WHERE NOT o."IsLocalAffairsHub" AND u."UserName" LIKE 'bench.bo%' ORDER BY u."UserName" LIMIT 1
            """))!;
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") SELECT '{leader}', r."Id" FROM "AspNetRoles" r
              WHERE r."Name" = 'FocalLeader' AND NOT EXISTS (SELECT 1 FROM "AspNetUserRoles" x WHERE x."UserId" = '{leader}' AND x."RoleId" = r."Id");
            INSERT INTO "FocalLeaderAssignments" ("ProvinceCode", "LeaderId", "EffectiveFrom", "Decision")
              SELECT p."Code", '{leader}', '2025-07-01', '1/QĐ-BCT' FROM "Provinces" p
              WHERE p."Code" IN ('01', '79') AND NOT EXISTS (SELECT 1 FROM "FocalLeaderAssignments" a WHERE a."LeaderId" = '{leader}' AND a."ProvinceCode" = p."Code");
            INSERT INTO "UnitDirections" ("LeaderId", "UnitId", "EffectiveFrom", "Decision")
              SELECT '{leader}', o."Id", '2025-07-01', '1/QĐ-BCT' FROM "Organisations" o
              WHERE (o."IsLocalAffairsHub" OR o."Id" = (SELECT t."LeadOrganisationId" FROM "Tasks" t JOIN "Organisations" m ON m."Id" = t."LeadOrganisationId"
                      WHERE m."Kind" = 1 GROUP BY t."LeadOrganisationId" ORDER BY COUNT(*) DESC LIMIT 1))
                AND NOT EXISTS (SELECT 1 FROM "UnitDirections" d WHERE d."LeaderId" = '{leader}' AND d."UnitId" = o."Id");
            """;
        await cmd.ExecuteNonQueryAsync();
        return (string)(await Scalar(c, $"""SELECT "UserName" FROM "AspNetUsers" WHERE "Id" = '{leader}'"""))!;
    }

    private static async Task<int> BriefLinesAsync(HttpClient client, string url)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(url));
        return new[] { "recommendations", "tasks", "indicators" }.Sum(p => json.RootElement.GetProperty(p).GetArrayLength());
    }

    /// <summary>Months of 2010 to mid-2015 of twelve generated indicators on the 63 former provinces: about 50,000 rows.</summary>
    private static (string Text, int Rows) ImportCsv(List<string> former, double factor)
    {
        var csv = new StringBuilder("Mã chỉ tiêu,Mã tỉnh,Kỳ,Số liệu,Nguồn\n");
        var rows = 0;
        for (var i = 1; i <= 12; i++)
            for (var m = 0; m < 67; m++)
                foreach (var province in former)
                {
                    var value = (100 + i * 10 + m + province[0]) * factor;
                    csv.Append(CultureInfo.InvariantCulture, $"SL{i:0000},{province},{2010 + m / 12}-{m % 12 + 1:00},{value:F1},Đo hiệu năng\n");
                    rows++;
                }
        return (csv.ToString(), rows);
    }

    private static string Met(bool met) => met ? "met" : "**missed**";

    /// <summary>The figures a series reads: the indicator's months in the range, today's provinces and the former ones, by province and month.</summary>
    private static string SeriesSql(int indicator, DateOnly first, DateOnly last) => $"""
        SELECT v."ProvinceCode", v."Year", v."Number", SUM(v."Value"), COUNT(*)
        FROM "IndicatorValues" v
        WHERE v."IndicatorId" = {indicator} AND v."PeriodType" = 1 AND v."Year" >= {first.Year} AND v."Year" <= {last.Year}
          AND (v."Year" > {first.Year} OR v."Number" >= {first.Month}) AND (v."Year" < {last.Year} OR v."Number" <= {last.Month})
        GROUP BY v."ProvinceCode", v."Year", v."Number"
        """;

    private static string CompletenessSql(int form, int year) => $"""
        SELECT o."Id", o."Name", o."ProvinceCode" FROM "FormOrganisations" f JOIN "Organisations" o ON o."Id" = f."OrganisationId" WHERE f."FormId" = {form};
        SELECT r."Id", r."OrganisationId", r."Year", r."Number", r."State", r."ReceivedAt" FROM "FormReports" r WHERE r."FormId" = {form} AND r."Year" = {year};
        """;
}
