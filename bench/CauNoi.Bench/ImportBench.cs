using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Features.Recommendations.Import;
using CauNoi.Web.Shared;
using CauNoi.Web.Shared.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Bench;

/// <summary>
/// Issue 4's conference import target (10,000 rows ≤ 5 s): a list in the import template's shape, made of the demo
/// data set's topics and places, uploaded over HTTP to the Release app as a Ministry officer, timed from the first
/// byte sent to the answer read, several times; then the database is asked whether every row, its history event and
/// both audit entries are there.
/// </summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(BenchOptions o)
    {
        var dll = o.Values.GetValueOrDefault("app-dll", "src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll");
        var rows = int.Parse(o.Values.GetValueOrDefault("rows", "10000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(o.Values.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
        var user = o.Values.GetValueOrDefault("user", "cuc.ctdp");
        var password = o.Values.GetValueOrDefault("password", "Demo@2025");
        var demoData = o.Values.GetValueOrDefault("demo-data", "true");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"{dll} not found: run `dotnet build -c Release src/CauNoi.Web` first.");
            return 1;
        }

        await using var app = AppProcess.Start(dll, o.Provider, o.Connection, new Dictionary<string, string> { ["CauNoi__DemoData"] = demoData });
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
        var readyIn = await app.WaitReadyAsync(anonymous, TimeSpan.FromMinutes(5));
        Console.WriteLine($"app pid {app.Id} ready on {app.BaseUrl} in {readyIn:N1} s (log {app.Log})");
        using var client = await AppProcess.SignedInAsync(handler, anonymous, user, password);

        // The database the app prepared, read by the bench for the codes to use and, after each run, what was stored.
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = o.Provider,
            ["ConnectionStrings:CauNoi"] = o.Connection,
        }).Build();
        await using var services = new ServiceCollection().AddCauNoiDatabase(config, Environment.CurrentDirectory).BuildServiceProvider();
        CauNoiDb Db() => services.CreateScope().ServiceProvider.GetRequiredService<CauNoiDb>();
        DemoWorld world;
        using (var db = Db()) world = await DemoWorld.LoadAsync(db, default) ?? throw new InvalidOperationException("no provinces or no hub in the database");

        var started = Stopwatch.GetTimestamp();
        var file = List(world, rows, new Random(int.Parse(o.Values.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture)));
        Console.WriteLine($"list: {rows:N0} rows, {file.Length / 1024.0:N0} KB .xlsx, made in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s");
        Console.WriteLine($"engine {o.Provider}, user {user}, {runs} runs, {Environment.ProcessorCount} CPUs");

        var today = VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var seconds = new List<double>();
        var failures = 0;
        for (var run = 1; run <= runs; run++)
        {
            var conference = $"Hội nghị đối thoại doanh nghiệp ngành Công Thương, lần {run} ({Guid.NewGuid().ToString("N")[..6]})";
            long auditBefore;
            using (var db = Db()) auditBefore = await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;

            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(content, "file", "hoi-nghi.xlsx");
            form.Add(new StringContent(conference), "conferenceName");
            form.Add(new StringContent(today), "receivedOn");
            app.Process.Refresh();
            var cpuBefore = app.Process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/api/v1/recommendations/import", form);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            app.Process.Refresh();
            var cpu = (app.Process.TotalProcessorTime - cpuBefore).TotalSeconds;
            if (!response.IsSuccessStatusCode)
            {
                Console.WriteLine($"run {run}: {(int)response.StatusCode} after {clock.Elapsed.TotalSeconds:N2} s: {body[..Math.Min(body.Length, 600)]}");
                failures++;
                continue;
            }
            var imported = System.Text.Json.JsonSerializer.Deserialize<RecommendationImportApi.Imported>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

            // Every row stored once, with its submit event and the audit entries a single submission gets.
            using var check = Db();
            var stored = await check.Recommendations.CountAsync(r => r.ConferenceName == conference);
            var events = await check.RecommendationEvents.CountAsync(e => e.Action == "submit"
                && check.Recommendations.Any(r => r.Id == e.RecommendationId && r.ConferenceName == conference));
            var audit = await check.AuditEntries.Where(a => a.Id > auditBefore && a.Action == "Created")
                .GroupBy(a => a.EntityType).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            var ok = imported.Count == rows && stored == rows && events == rows
                && audit.GetValueOrDefault(nameof(Recommendation)) == rows && audit.GetValueOrDefault(nameof(RecommendationEvent)) == rows;
            if (!ok) failures++;
            seconds.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {clock.Elapsed.TotalSeconds:N2} s (app CPU {cpu:N2} s), {imported.Count:N0} imported; stored {stored:N0}, submit events {events:N0}, " +
                $"audit entries {audit.GetValueOrDefault(nameof(Recommendation)):N0} recommendations + {audit.GetValueOrDefault(nameof(RecommendationEvent)):N0} events {(ok ? "(all there)" : "MISSING ROWS")}"));
        }
        var (rss, peak) = app.Memory();
        if (seconds.Count > 0)
        {
            var sorted = seconds.Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{o.Provider}: {rows:N0} rows, median {median:N2} s (min {sorted[0]:N2}, max {sorted[^1]:N2}) over {seconds.Count} runs; target ≤ 5 s {(median <= 5 ? "met" : "missed")}; app VmRSS {rss:N0} MB, VmHWM {peak:N0} MB"));
        }
        return failures == 0 ? 0 : 2;
    }

    /// <summary>
    /// A conference list as a secretariat would fill the template: provinces weighted by their communes, about half
    /// the rows from a commune, the topics' own titles and contents, a kind, sometimes an urgency and a contact.
    /// </summary>
    private static byte[] List(DemoWorld w, int count, Random rng)
    {
        var weights = w.Provinces.Select(p => (double)p.Communes.Count).ToArray();
        var today = VietnamTime.Today(TimeProvider.System);
        var rows = new List<object?[]>(count);
        for (var i = 1; i <= count; i++)
        {
            var province = w.Provinces[DemoPlan.Sample(rng, weights)];
            var topics = DemoTopic.All.Where(t => w.Fields.ContainsKey(t.Field) && (t.Applies?.Invoke(province) ?? true)).ToList();
            var topic = topics[rng.Next(topics.Count)];
            var commune = topic.Level == DemoLevel.Province ? null
                : topic.Level == DemoLevel.Commune || rng.NextDouble() < 0.45 ? province.Communes[rng.Next(province.Communes.Count)] : null;
            var scene = DemoScene.Create(rng, province, commune, today);
            var contact = rng.NextDouble() < 0.6 ? DemoNames.Person(rng.Next(100, 100_000)) : null;
            rows.Add([
                i, province.Code, commune?.Code, topic.Title(scene), topic.Content(scene), topic.Field, RecommendationNames.Of(topic.Kind),
                topic.Reference?.Invoke(scene), rng.NextDouble() < 0.1 ? RecommendationNames.Of(Urgency.Urgent) : null,
                contact, contact is null ? null : $"09{rng.Next(10_000_000, 99_999_999)}", contact is null ? null : $"lienhe{i}@congthuong.gov.vn",
            ]);
        }
        return XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", [.. ConferenceTemplate.Definition.Columns.Select(c => c.Header)], rows));
    }
}
