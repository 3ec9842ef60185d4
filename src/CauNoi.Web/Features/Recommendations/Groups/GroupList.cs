namespace CauNoi.Web.Features.Recommendations.Groups;

/// <summary>
/// The groups a caller can see: those with at least one member in the caller's scope, each counted by the members the
/// caller sees (another province's members are neither shown nor counted). Newest first.
/// </summary>
public static class GroupList
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Title, DateTime CreatedAt, DateTime? AnsweredAt, int Members, int Open);

    public static Task<Page<Row>> ReadAsync(CauNoiDb db, Scope scope, int? page, CancellationToken ct = default)
    {
        var visible = db.Recommendations.VisibleTo(scope);
        var groups = db.RecommendationGroups.Where(g => visible.Any(r => r.GroupId == g.Id));
        var rows = groups.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Select(g => new Row(
            g.Id, g.Title, g.CreatedAt, g.AnsweredAt,
            visible.Count(r => r.GroupId == g.Id),
            visible.Count(r => r.GroupId == g.Id && Recommendation.OpenStatuses.Contains(r.Status))));
        return Page<Row>.ReadAsync(rows, groups, page, PageSize, ct);
    }
}
