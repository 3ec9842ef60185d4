namespace CauNoi.Web.Features.Recommendations.Import;

public static class RecommendationImportApi
{
    public static void MapRecommendationImportApi(this RouteGroupBuilder api)
    {
    }
}
