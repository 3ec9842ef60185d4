namespace CauNoi.Web.Features.Recommendations.Similarity;

public static class SimilarityApi
{
    public static void MapSimilarityApi(this RouteGroupBuilder api)
    {
    }
}
