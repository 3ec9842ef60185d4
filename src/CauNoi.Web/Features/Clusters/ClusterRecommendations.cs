using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The recommendations localities raised about a cluster, those the viewer would find in the recommendations list (the
/// same scope rule, <see cref="RecommendationQueries.Filtered"/>): the newest first. A locality of the cluster's province
/// may raise one from here.
/// </summary>
public sealed record ClusterRecommendations(int ClusterId, IReadOnlyList<RecommendationQueries.Item> Items, bool MayRaise)
{
    public static async Task<ClusterRecommendations> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, int clusterId, string provinceCode, DateOnly today, CancellationToken ct = default)
    {
        var about = RecommendationQueries.Filtered(db.Recommendations, scope, new RecommendationQueries.Filter(), today).Where(r => r.ClusterId == clusterId);
        var items = await RecommendationQueries.Items(db, about).ToListAsync(ct);
        return new ClusterRecommendations(clusterId, [.. items.OrderByDescending(i => i.ReceivedOn).ThenByDescending(i => i.Id).Select(i => RecommendationQueries.Completed(i, today))],
            actor is { Acts: true } && actor.ProvinceCode == provinceCode);
    }
}
