using CauNoi.Web.Features.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Web.Features.Recommendations.Groups;

/// <summary>
/// Recommendations from several localities that raise the same obstacle, grouped by the unit
/// that handles them and answered once: each member gets the answer, its own history step,
/// and its locality is told.
/// </summary>
public static class RecommendationGroupsApi
{
    public const int MaxMembers = 200;

    public sealed record CreateRequest(string? Title, int[]? RecommendationIds);
    public sealed record AnswerRequest(string? Answer);
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
        var actor = await Actor.LoadAsync(db, current, ct);
        if (actor is null || !actor.IsMinistry && !actor.IsAdministrator)
            return TypedResults.Problem("Chỉ đơn vị thuộc Bộ xử lý kiến nghị mới lập nhóm trả lời chung.", statusCode: 403, title: "Không có quyền");
        var errors = new Intake.Errors();
        var title = Intake.Text(request.Title, nameof(request.Title), "Tên nhóm", RecommendationModel.TitleLength, required: true, errors);
        var ids = (request.RecommendationIds ?? []).Distinct().ToList();
        if (ids.Count < 2) errors.Add(nameof(request.RecommendationIds), "Chọn ít nhất hai kiến nghị để trả lời chung.");
        if (ids.Count > MaxMembers) errors.Add(nameof(request.RecommendationIds), $"Một nhóm có tối đa {MaxMembers} kiến nghị.");
        if (title is null || errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Nhóm kiến nghị chưa hợp lệ");

        var scope = await current.ScopeAsync(ct);
        var members = await db.Recommendations.VisibleTo(scope).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        if (members.Count < ids.Count)
        {
            var missing = ids.Except(members.Select(m => m.Id)).Select(Recommendation.FormatNumber);
            return Problems.NotFound($"Không tìm thấy kiến nghị {string.Join(", ", missing)}, hoặc kiến nghị nằm ngoài phạm vi của bạn.");
        }
        var at = clock.GetUtcNow().UtcDateTime;
        var group = new RecommendationGroup { Title = title, CreatedAt = at, CreatedById = actor.UserId };
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.RecommendationGroups.Add(group);
            await db.SaveChangesAsync(ct);
            foreach (var member in members) member.JoinGroup(actor, at, group.Id, title);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Refused(refusal); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict(Transitions.ConflictMessage); }
        return TypedResults.Created($"/api/v1/recommendation-groups/{group.Id}", await LoadAsync(db, scope, group.Id, VietnamTime.Today(clock), ct));
    }

    private static async Task<Results<Ok<GroupDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await LoadAsync(db, await current.ScopeAsync(ct), id, VietnamTime.Today(clock), ct) is { } group ? TypedResults.Ok(group) : Problems.NotFound();

    private static async Task<Results<Ok<GroupDetail>, ProblemHttpResult, ValidationProblem>> Answer(
        int id, AnswerRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = await Actor.LoadAsync(db, current, ct);
        var group = await db.RecommendationGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
        var members = await db.Recommendations.Where(r => r.GroupId == id).OrderBy(r => r.Id).ToListAsync(ct);
        if (actor is null || group is null || !members.Any(m => scope.Sees(m.ProvinceCode, m.CommuneCode, m.RoutedUnitId))) return Problems.NotFound();
        var errors = new Intake.Errors();
        var answer = Intake.Text(request.Answer, nameof(request.Answer), "Nội dung trả lời", RecommendationModel.TextLength, required: true, errors);
        if (answer is null || errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Câu trả lời chưa hợp lệ");
        var open = members.Where(m => m.IsOpen).ToList();
        if (open.Count == 0) return Problems.Conflict("Mọi kiến nghị trong nhóm đã được trả lời hoặc đã kết thúc.");

        var at = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(clock);
        try
        {
            foreach (var r in open)
            {
                try
                {
                    // Answering a recommendation not yet received receives it first, as its history shows.
                    if (r.Status is S.Submitted or S.Transferred) r.Receive(actor, at, "Tiếp nhận để trả lời chung theo nhóm");
                    r.AnswerWith(actor, at, today, answer);
                }
                catch (WorkflowRefusal refusal)
                {
                    throw new WorkflowRefusal($"Kiến nghị {r.Number}: {refusal.Message}", refusal.Forbidden);
                }
                await Notify.OrganisationsAsync(db, [r.SubmittingOrganisationId], $"Kiến nghị {r.Number} đã được trả lời", answer, $"/kien-nghi/{r.Id}", at, ct);
            }
            group.Answer = answer;
            group.AnsweredAt = at;
            // One save: every answer, history step, notification and the group's answer commit together or not at all.
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Refused(refusal); }
        catch (DbUpdateConcurrencyException) { return Problems.Conflict(Transitions.ConflictMessage); }
        return TypedResults.Ok((await LoadAsync(db, scope, id, today, ct))!);
    }

    /// <summary>The group with the members the caller can see, or null when they see none.</summary>
    private static async Task<GroupDetail?> LoadAsync(CauNoiDb db, Scope scope, int id, DateOnly today, CancellationToken ct)
    {
        var group = await db.RecommendationGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return null;
        var members = await RecommendationQueries.Items(db, db.Recommendations.VisibleTo(scope).Where(r => r.GroupId == id).OrderBy(r => r.Id)).ToListAsync(ct);
        return members.Count == 0 ? null
            : new GroupDetail(group.Id, group.Title, group.CreatedAt, group.Answer, group.AnsweredAt, [.. members.Select(m => RecommendationQueries.Completed(m, today))]);
    }

    private static ProblemHttpResult Refused(WorkflowRefusal refusal) => refusal.Forbidden
        ? TypedResults.Problem(refusal.Message, statusCode: 403, title: "Không có quyền")
        : Problems.Conflict(refusal.Message);
}
