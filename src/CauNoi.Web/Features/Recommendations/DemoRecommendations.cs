using System.Diagnostics;
using CauNoi.Web.Features.Recommendations.Demo;
using CauNoi.Web.Features.Settings;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// The demo data set's year of recommendations across the 34 provinces: the 365 days up to
/// today, each walked through the workflow up to now, the same every time for the same day
/// (fixed seed). Size: <c>CauNoi:DemoRecommendations</c>, else <see cref="DefaultSize"/>, or
/// <see cref="TestingSize"/> in the "Testing" environment so the test suite starts quickly.
/// </summary>
public static class DemoRecommendations
{
    public const int DefaultSize = 3000;
    public const int TestingSize = 200;
    public const int Seed = 2172;   // after the focal leaders' decision 2172/QĐ-BCT

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Recommendations.AnyAsync(ct)) return;
        var started = Stopwatch.GetTimestamp();
        var size = Size(db);
        var world = size > 0 ? await DemoWorld.LoadAsync(db, ct) : null;
        if (world is null) return;

        var rng = new Random(Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var plans = DemoPlan.Make(world, rng, size, now);
        plans = Titled(rng, plans);
        var lifecycle = new DemoLifecycle(world, rng, now, await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays, ct));
        foreach (var p in plans) p.Record = lifecycle.Run(p);

        // One insert of the whole graph, without scanning it for changes at every add; the start-up
        // runs this in its transaction with the audit trail suppressed, as for the reference data.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Recommendations.AddRange(plans.Select(p => p.Record!));
            await db.SaveChangesAsync(ct);
            // A merge names the record it joins, so it waits for the numbers.
            var hub = world.Officer(world.Hub.Id);
            foreach (var p in plans.Where(p => p.MergeAt is not null))
            {
                p.Record!.MergeInto(hub, p.MergeAt!.Value, p.DuplicateOf!.Record!, DemoWords.Merge);
                db.Entry(p.Record).DetectChanges();
            }
            await db.SaveChangesAsync(ct);

            // Those already late were escalated when they fell due, in the year the demo pretends to
            // have lived; the first reminder pass then sends only what falls due from now on.
            var today = VietnamTime.Today(clock);
            db.ReminderLog.AddRange(plans.Select(p => p.Record!)
                .Where(r => r.IsOverdueOn(today))
                .Select(r => new Notifications.ReminderLog { Record = Recommendation.NumberPrefix, RecordId = r.Id, Kind = Notifications.Reminders.Escalation, DueOn = r.DueOn, SentAt = now }));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        db.GetService<ILoggerFactory>().CreateLogger("CauNoi.Database").LogInformation(
            "Loaded {Count} demo recommendations in {Milliseconds} ms", plans.Count, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// The configured size; read through the context's application services because the
    /// start-up passes only the context and the clock.
    /// </summary>
    private static int Size(CauNoiDb db)
    {
        var configured = db.GetService<IConfiguration>().GetValue<int?>("CauNoi:DemoRecommendations");
        return configured ?? (db.GetService<IHostEnvironment>().IsEnvironment("Testing") ? TestingSize : DefaultSize);
    }

    /// <summary>Gives each its title; one the same as another of its province that day is written afresh, or dropped.</summary>
    internal static List<DemoPlanned> Titled(Random rng, List<DemoPlanned> plans)
    {
        var taken = new HashSet<(string, DateOnly, string)>();
        foreach (var p in plans)
        {
            if (p.DuplicateOf is { } original)
            {
                if (original.Title.Length == 0) p.DuplicateOf = null;   // its original was dropped
                else (p.Topic, p.Scene) = (original.Topic, original.Scene);
            }
            for (var attempt = 0; attempt < 20 && p.Title.Length == 0; attempt++)
            {
                if (attempt > 0 && p.DuplicateOf is null) p.Scene = DemoScene.Create(rng, p.Province, p.Commune, p.Day);
                var title = p.Topic.Title(p.Scene);
                if (taken.Add((p.Province.Code, p.Day, title))) p.Title = title;
            }
        }
        return plans.Where(p => p.Title.Length > 0).ToList();
    }
}
