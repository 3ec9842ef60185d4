using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The chain from a recommendation to a result: the tasks it gave rise to, as the recommendation's page shows them to
/// whoever sees the recommendation (the locality that raised it included): each task's lead unit, owner, deadline,
/// progress and status. The task itself opens only to those its own scope admits.
/// </summary>
public static class RecommendationTasks
{
    public sealed record Line(int Id, string Number, string Title, string LeadName, string? OwnerName, DateOnly DueOn, DateOnly OriginalDueOn,
        int? Progress, WorkTaskStatus Status, string StatusName, bool Opens);

    /// <summary>The recommendation's tasks; the caller has checked that the recommendation is within their scope.</summary>
    public static async Task<IReadOnlyList<Line>> LoadAsync(CauNoiDb db, int recommendationId, Scope scope, Actor? actor, DateOnly today, CancellationToken ct = default)
    {
        var tasks = db.Tasks.Where(t => t.RecommendationId == recommendationId && t.Recurrence == Recurrence.None);
        var page = await TaskQueries.PageAsync(db, tasks, today, 1, 100, ct);
        var ids = page.Items.Select(i => i.Id).ToList();
        var opens = await db.Tasks.VisibleTo(scope, actor).Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        return [.. page.Items.Select(i => new Line(i.Id, i.Number, i.Title, i.LeadName, i.OwnerName, i.DueOn, i.OriginalDueOn, i.Progress, i.Status,
            i.StatusName, opens.Contains(i.Id)))];
    }

    public static void MapRecommendationTasksApi(this RouteGroupBuilder api) =>
        api.MapGet("/recommendations/{id:int}/tasks", ListAsync).WithTags("Kiến nghị")
            .WithSummary("Các nhiệm vụ giao từ kiến nghị: đơn vị chủ trì, người chủ trì, hạn, tiến độ, tình trạng");

    private static async Task<Results<Ok<IReadOnlyList<Line>>, ProblemHttpResult>> ListAsync(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (!await db.Recommendations.VisibleTo(scope).AnyAsync(r => r.Id == id, ct)) return Problems.NotFound();
        return TypedResults.Ok(await LoadAsync(db, id, scope, Actor.Of(current), VietnamTime.Today(clock), ct));
    }
}
