using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Recommendations.Groups;

/// <summary>Groups of recommendations answered once (<see cref="RecommendationGroups"/>) over JSON.</summary>
public static class RecommendationGroupsApi
{
    public sealed record CreateRequest(string? Title, int[]? RecommendationIds);
    /// <summary>The group's answer and the official letter that carries it, as for one record's answer (<see cref="OfficialLetter"/>).</summary>
    public sealed record AnswerRequest(
        string? Answer, string? SignerName = null, string? SignerTitle = null, string? LetterNumber = null, DateOnly? LetterDate = null);
    public sealed record GroupDetail(
        int Id, string Title, DateTime CreatedAt, string? Answer, DateTime? AnsweredAt, IReadOnlyList<RecommendationQueries.Item> Members);

    public static void MapRecommendationGroupsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendation-groups").WithTags("Nhóm kiến nghị");
        group.MapPost("/", Create).WithSummary("Lập nhóm các kiến nghị cùng nội dung để trả lời chung (đơn vị xử lý tất cả kiến nghị trong nhóm)");
        group.MapGet("/{id:int}", Get).WithSummary("Một nhóm với các kiến nghị trong phạm vi được xem");
        group.MapPost("/{id:int}/answer", Answer).WithSummary("Trả lời chung: mọi kiến nghị chưa trả lời trong nhóm nhận câu trả lời, địa phương được thông báo");
    }

    private static async Task<Results<Created<GroupDetail>, ProblemHttpResult, ValidationProblem>> Create(
        CreateRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var outcome = await RecommendationGroups.CreateAsync(
            db, Actor.Of(current), scope, request.Title, request.RecommendationIds, clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors, title: "Nhóm kiến nghị chưa hợp lệ");
        if (!outcome.Succeeded) return Refused(outcome);
        return TypedResults.Created($"/api/v1/recommendation-groups/{outcome.GroupId}",
            await RecommendationGroups.LoadAsync(db, scope, outcome.GroupId, VietnamTime.Today(clock), ct));
    }

    private static async Task<Results<Ok<GroupDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await RecommendationGroups.LoadAsync(db, await current.ScopeAsync(ct), id, VietnamTime.Today(clock), ct) is { } group
            ? TypedResults.Ok(group)
            : Problems.NotFound();

    private static async Task<Results<Ok<GroupDetail>, ProblemHttpResult, ValidationProblem>> Answer(
        int id, AnswerRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var today = VietnamTime.Today(clock);
        var outcome = await RecommendationGroups.AnswerAsync(
            db, Actor.Of(current), scope, id, request, clock.GetUtcNow().UtcDateTime, today, ct);
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors, title: "Câu trả lời chưa hợp lệ");
        if (!outcome.Succeeded) return Refused(outcome);
        return TypedResults.Ok((await RecommendationGroups.LoadAsync(db, scope, id, today, ct))!);
    }

    private static ProblemHttpResult Refused(RecommendationGroups.Outcome outcome) => outcome.Failure switch
    {
        RecommendationGroups.Failure.Forbidden => TypedResults.Problem(outcome.Refusal, statusCode: 403, title: "Không có quyền"),
        RecommendationGroups.Failure.NotFound => outcome.Refusal is { } detail ? Problems.NotFound(detail) : Problems.NotFound(),
        _ => Problems.Conflict(outcome.Refusal ?? ""),
    };
}
