using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Recommendations.Similarity;

public static class SimilarityApi
{
    /// <summary>Similar recommendations: to one already in, or to the title and content about to be sent.</summary>
    public static void MapSimilarityApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendations").WithTags("Kiến nghị");
        group.MapGet("/{id:int}/similar", ToRecommendation)
            .WithSummary($"Các kiến nghị tương tự (kể cả của tỉnh khác, trong phạm vi được xem), xếp theo từ ngữ đặc trưng (từ càng hiếm càng nặng); điểm từ {SimilarRecommendations.MinimumScore} đến 1 là phần trọng số từ ngữ của kiến nghị này có trong kiến nghị kia");
        group.MapGet("/similar", ToText)
            .WithSummary("Các kiến nghị tương tự với tiêu đề và nội dung sắp gửi (tìm không dấu)");
    }

    private static async Task<Results<Ok<IReadOnlyList<SimilarRecommendations.Item>>, ProblemHttpResult>> ToRecommendation(
        int id, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        await SimilarRecommendations.ToRecommendationAsync(db, await current.ScopeAsync(ct), id, ct) is { } similar
            ? TypedResults.Ok(similar)
            : Problems.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<SimilarRecommendations.Item>>, ProblemHttpResult>> ToText(
        string? title, string? content, int? fieldId, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var text = $"{title} {content}";
        if (string.IsNullOrWhiteSpace(text)) return Problems.BadRequest("Nhập tiêu đề hoặc nội dung để tìm kiến nghị tương tự.");
        return TypedResults.Ok(await SimilarRecommendations.ToTextAsync(db, await current.ScopeAsync(ct), text, fieldId, ct));
    }
}
