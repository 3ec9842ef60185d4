namespace CauNoi.Web.Features.Recommendations;

public static class RecommendationScope
{
    /// <summary>The scope rule over recommendations: where the locality sits, and the unit it is routed to.</summary>
    public static IQueryable<Recommendation> VisibleTo(this IQueryable<Recommendation> query, Scope scope) =>
        query.Where(scope.Rule<Recommendation>(r => r.ProvinceCode, r => r.CommuneCode, r => r.RoutedUnitId));
}
