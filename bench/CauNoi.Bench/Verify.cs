using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.Bench;

/// <summary>Reads a generated database back through the application's model and list query.</summary>
public static class Verify
{
    public static async Task<int> RunAsync(CauNoiDb db, CancellationToken ct = default)
    {
        var failures = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
            if (!ok) failures++;
        }

        var recommendations = await db.Recommendations.CountAsync(ct);
        Console.WriteLine($"users {await db.Users.CountAsync(ct):N0}, recommendations {recommendations:N0}, " +
                          $"events {await db.RecommendationEvents.LongCountAsync(ct):N0}, messages {await db.RecommendationMessages.LongCountAsync(ct):N0}, " +
                          $"groups {await db.RecommendationGroups.CountAsync(ct):N0}");
        Check(recommendations > 0, "there are recommendations");
        if (recommendations == 0) return 1;

        // A sample spread over the ids: each one's history is a chain ending in its status.
        var maxId = await db.Recommendations.MaxAsync(r => r.Id, ct);
        var step = Math.Max(1, maxId / 500);
        var sample = await db.Recommendations.AsNoTracking().Where(r => r.Id % step == 0)
            .Select(r => new { r.Id, r.Status, r.Version, r.Title, r.Content, r.SearchName, r.UpdatedAt }).ToListAsync(ct);
        var sampleIds = sample.Select(r => r.Id).ToList();
        var events = (await db.RecommendationEvents.AsNoTracking().Where(e => sampleIds.Contains(e.RecommendationId)).ToListAsync(ct))
            .ToLookup(e => e.RecommendationId);
        var broken = 0;
        foreach (var r in sample)
        {
            var chain = events[r.Id].OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
            var ok = chain.Count == r.Version && chain.Count > 0 && chain[0].FromStatus is null && chain[0].Action == "submit"
                && chain[^1].ToStatus == r.Status && chain[^1].At == r.UpdatedAt
                && chain.Zip(chain.Skip(1)).All(p => p.Second.FromStatus == p.First.ToStatus)
                && r.SearchName == VietnameseText.Fold(r.Title + " " + r.Content)
                && r.Title == VietnameseText.Clean(r.Title);
            if (!ok) { broken++; if (broken <= 3) Console.WriteLine($"  broken: {Recommendation.FormatNumber(r.Id)}"); }
        }
        Check(broken == 0, $"{sample.Count} sampled histories: FromStatus = previous ToStatus, Version = events, last = status, SearchName folded");

        // The list as the pages and the API run it: everything, a province's scope, a search.
        var today = VietnamTime.Today(TimeProvider.System);
        foreach (var (name, scope, filter) in new[]
        {
            ("everything, by deadline", Scope.Everything, new RecommendationQueries.Filter()),
            ("Hà Nội's scope, overdue", new Scope(false, ["01"], null, null), new RecommendationQueries.Filter(Overdue: true)),
            ("search \"cum cong nghiep\", by received", Scope.Everything, new RecommendationQueries.Filter(Q: "cụm công nghiệp", Sort: "received")),
        })
        {
            var started = Stopwatch.GetTimestamp();
            var query = RecommendationQueries.Apply(db.Recommendations.AsNoTracking(), scope, filter, today);
            var total = await query.CountAsync(ct);
            var page = (await RecommendationQueries.Items(db, query).Take(20).ToListAsync(ct)).Select(i => RecommendationQueries.Completed(i, today)).ToList();
            Check(page.Count == Math.Min(20, total), $"list {name}: {total:N0} found, first page of {page.Count} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms" +
                (page.Count > 0 ? $" ({page[0].Number} {page[0].ProvinceName}: {Short(page[0].Title)})" : ""));
        }
        Console.WriteLine(failures == 0 ? "Verified." : $"{failures} check(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
