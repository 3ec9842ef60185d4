using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// Issue 4, load with faults: localities keep submitting while PostgreSQL is restarted twice (once
/// cleanly, once killed as in a crash), then once more while nobody is using the app; each client
/// retries a failed submission with its idempotency key until it is acknowledged. Runs on a PostgreSQL
/// cluster of its own, so no other test sees the faults. bench/ `faults` is the same at national scale.
/// </summary>
public sealed partial class PostgresRestartTests
{
    private static readonly string[] Submitters = ["so.hanoi", "xa.hoankiem", "so.tuyenquang", "xa.badinh"];
    private const int Workers = 8;
    private static readonly TimeSpan LoadFor = TimeSpan.FromSeconds(10);
    private static readonly (TimeSpan At, string Mode)[] Restarts = [(TimeSpan.FromSeconds(3), "fast"), (TimeSpan.FromSeconds(6.5), "immediate")];
    /// <summary>How long one submission may take, retries included, before the test gives up on the app.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmissionsWhilePostgresRestarts_AreStoredExactlyOnceAndWhole_AndTheAppRecoversByItself()
    {
        using var cluster = StartCluster();
        await using var app = new CauNoiApp(Engine.Postgres, PostgresServer.CreateDatabase(cluster.ConnectionString));
        var clients = new HttpClient[Submitters.Length];
        for (var i = 0; i < Submitters.Length; i++)
        {
            clients[i] = await app.ApiAs(Submitters[i]);
            clients[i].Timeout = TimeSpan.FromSeconds(5);
        }
        int[] fields;
        await using (var scope = app.Db())
            fields = await scope.Context.FieldsOfWork.Where(f => f.IsActive).OrderBy(f => f.Id).Select(f => f.Id).ToArrayAsync(Ct);

        var run = "faults-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var acknowledged = new ConcurrentDictionary<string, int>();
        var successes = new ConcurrentBag<(long Started, long Done)>();
        var failures = new ConcurrentDictionary<string, int>();
        var sent = 0;
        var started = Stopwatch.GetTimestamp();
        double Seconds(long timestamp) => (timestamp - started) / (double)Stopwatch.Frequency;

        // One submission, sent again under the same key until the app acknowledges it.
        async Task Submit(HttpClient client, string key, int fieldId)
        {
            var body = new
            {
                title = $"Kiến nghị khi cơ sở dữ liệu khởi động lại {key}",
                content = "Đề nghị Bộ hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp trên địa bàn.",
                fieldId,
            };
            var first = Stopwatch.GetTimestamp();
            while (true)
            {
                Assert.True(Stopwatch.GetElapsedTime(first) < Patience, $"Submission {key} was not acknowledged within {Patience.TotalSeconds} s");
                var t0 = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref sent);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(body) };
                request.Headers.Add(RecommendationsApi.IdempotencyHeader, key);
                string failure;
                try
                {
                    using var response = await client.SendAsync(request, Ct);
                    var text = await response.Content.ReadAsStringAsync(Ct);
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged[key] = JsonDocument.Parse(text).RootElement.GetProperty("summary").GetProperty("id").GetInt32();
                        successes.Add((t0, Stopwatch.GetTimestamp()));
                        return;
                    }
                    // A database that is away is the server's passing trouble: 503 with Retry-After, so that a client
                    // knows to send the same request again (a 4xx would blame the caller, a 500 a broken request).
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{key}: {(int)response.StatusCode} {text}");
                    Assert.Equal("5", response.Headers.RetryAfter?.ToString());
                    Assert.Contains("tạm thời", text);
                    failure = ((int)response.StatusCode).ToString();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !Ct.IsCancellationRequested)
                {
                    failure = e.GetType().Name;
                }
                failures.AddOrUpdate(failure, 1, (_, c) => c + 1);
                await Task.Delay(100, Ct);
            }
        }

        async Task Worker(int w)
        {
            for (var n = 0; Stopwatch.GetElapsedTime(started) < LoadFor; n++)
                await Submit(clients[w % clients.Length], $"{run}{w}-{n}", fields[n % fields.Length]);
        }

        async Task<List<(string Mode, double Began, double Up)>> Faults()
        {
            var done = new List<(string, double, double)>();
            foreach (var (at, mode) in Restarts)
            {
                var wait = at - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, Ct);
                var began = Stopwatch.GetElapsedTime(started).TotalSeconds;
                await Task.Run(() => cluster.Restart(mode), Ct);
                done.Add((mode, began, Stopwatch.GetElapsedTime(started).TotalSeconds));
            }
            return done;
        }

        var faults = Faults();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => Worker(w), Ct)));
        var restarts = await faults;
        var loadSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var failedUnderLoad = failures.Values.Sum();

        // A restart while nobody uses the app: its pooled connections are all dead when the next callers come.
        await Task.Run(() => cluster.Restart("fast"), Ct);
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Submit(clients[w % clients.Length], $"{run}quiet-{w}", fields[w % fields.Length])));
        var failedAfterQuiet = failures.Values.Sum() - failedUnderLoad;

        // The app was not restarted: it must find its database again by itself.
        var ready = Stopwatch.GetTimestamp();
        using var anonymous = app.CreateClient();
        while ((await anonymous.GetAsync("/health/ready", Ct)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(Stopwatch.GetElapsedTime(ready) < TimeSpan.FromSeconds(10), "/health/ready did not answer 200 within 10 s after the restarts");
            await Task.Delay(200, Ct);
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{loadSeconds:N1} s of load, {Workers} clients: {sent} requests, {acknowledged.Count} acknowledged, " +
                          $"failures seen by clients: {string.Join(", ", failures.Select(f => $"{f.Key}×{f.Value}"))}");
        foreach (var (mode, began, up) in restarts)
        {
            // Recovery: from the moment the server accepts connections again to the first submission sent after it that succeeds.
            var recovered = successes.Where(s => Seconds(s.Started) >= up).Select(s => Seconds(s.Done)).DefaultIfEmpty(double.NaN).Min();
            output?.WriteLine($"restart -m {mode} at {began:N2} s: server back after {up - began:N2} s, submissions succeed again {recovered - up:N2} s later");
        }
        output?.WriteLine($"restart -m fast while idle: {failedAfterQuiet} of the next {Workers} concurrent submissions failed once before succeeding");

        Assert.True(failedUnderLoad > 0, "The restarts were not felt by any client: the test did not test anything");
        Assert.All(restarts, r => Assert.Contains(successes, s => Seconds(s.Started) >= r.Up));
        await AssertStoredExactlyOnceAndWholeAsync(app, run, acknowledged);
    }

    private static async Task AssertStoredExactlyOnceAndWholeAsync(CauNoiApp app, string run, IReadOnlyDictionary<string, int> acknowledged)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var stored = await db.Recommendations.Where(r => r.IdempotencyKey!.StartsWith(run))
            .Select(r => new { r.Id, Key = r.IdempotencyKey!, r.RoutedUnitId, r.FocalLeaderId }).ToListAsync(Ct);

        // Every client finished its submission, so what is stored is exactly what was acknowledged.
        Assert.Empty(stored.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(acknowledged.Keys.Except(stored.Select(r => r.Key)));
        Assert.Empty(stored.Select(r => r.Key).Except(acknowledged.Keys));
        Assert.All(stored, r => Assert.Equal(acknowledged[r.Key], r.Id));

        // Whole: everything the submission writes in its transaction is there with it.
        var ids = stored.Select(r => r.Id).ToList();
        var events = await db.RecommendationEvents.Where(e => ids.Contains(e.RecommendationId))
            .Select(e => new { e.Id, e.RecommendationId, e.Action, e.ToStatus }).ToListAsync(Ct);
        var audited = (await db.AuditEntries.Where(a => a.Action == AuditTrail.Created && (a.EntityType == nameof(Recommendation) || a.EntityType == nameof(RecommendationEvent)))
            .Select(a => new { a.EntityType, a.EntityKey }).ToListAsync(Ct)).Select(a => (a.EntityType, a.EntityKey)).ToHashSet();
        var notified = (await db.Notifications.Where(n => n.Link!.StartsWith("/kien-nghi/")).Select(n => new { n.Link, n.UserId, n.OrganisationId }).ToListAsync(Ct))
            .ToLookup(n => n.Link!, n => n.UserId ?? $"unit {n.OrganisationId}");
        var mailed = (await db.OutboxEmails.Select(m => m.Body).ToListAsync(Ct))
            .Select(b => LinkInMail().Match(b)).Where(m => m.Success).ToLookup(m => m.Groups[1].Value);
        var users = await db.Users.Where(u => u.IsActive).Select(u => new { u.Id, HasMail = u.Email != null && u.Email != "" }).ToListAsync(Ct);
        var unitsWithMail = await db.Organisations.Where(o => o.Email != null && o.Email != "").Select(o => o.Id).ToListAsync(Ct);

        Assert.All(stored, r =>
        {
            var history = events.Where(e => e.RecommendationId == r.Id).ToList();
            var submitted = Assert.Single(history);
            Assert.Equal(("submit", RecommendationStatus.Submitted), (submitted.Action, submitted.ToStatus));
            Assert.Contains((nameof(Recommendation), r.Id.ToString()), audited);
            Assert.Contains((nameof(RecommendationEvent), submitted.Id.ToString()), audited);
            // The routed unit (one row its people all see, mailed to the unit's address if it has one) and the focal leader.
            var leader = users.Where(u => u.Id == r.FocalLeaderId).ToList();
            var link = $"/kien-nghi/{r.Id}";
            Assert.Equal(leader.Select(u => u.Id).Append($"unit {r.RoutedUnitId}").Order(), notified[link].Order());
            Assert.Equal(leader.Count(u => u.HasMail) + (unitsWithMail.Contains(r.RoutedUnitId) ? 1 : 0), mailed[link].Count());
        });
    }

    [GeneratedRegex(@"Xem chi tiết: (/kien-nghi/\d+)$")]
    private static partial Regex LinkInMail();

    private static PostgresCluster StartCluster()
    {
        var (cluster, why) = PostgresCluster.Start();
        if (cluster is not null) return cluster;
        if (EngineRequirement.IsCi) throw new InvalidOperationException("CI=true but PostgreSQL is unavailable: " + why);
        Assert.Skip("PostgreSQL unavailable: " + why);
        return null!;
    }
}
