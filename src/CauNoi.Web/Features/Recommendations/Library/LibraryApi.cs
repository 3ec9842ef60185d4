using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Recommendations.Library;

public static class LibraryApi
{
    public static void MapLibraryApi(this RouteGroupBuilder api) =>
        api.MapGet("/recommendations/library", Search).WithTags("Kiến nghị")
            .WithSummary("Thư viện câu trả lời: kiến nghị đã trả lời của mọi tỉnh, thành phố, tìm không dấu theo tiêu đề, nội dung và câu trả lời (không có thông tin liên hệ)");

    private static async Task<Ok<Page<AnswerLibrary.Entry>>> Search(string? q, int? field, int? page, CauNoiDb db, CancellationToken ct) =>
        TypedResults.Ok(await Page<AnswerLibrary.Entry>.ReadAsync(AnswerLibrary.Search(db, q, field), page, AnswerLibrary.PageSize, ct, Paging.CountUpTo));
}
