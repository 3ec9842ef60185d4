using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// A cluster's inspections (<see cref="ClusterInspections"/>): read by whoever sees the cluster, recorded by its keepers,
/// who also give a finding as a task. A cluster out of the caller's scope is "not found".
/// </summary>
public static class ClusterInspectionsApi
{
    public static void MapClusterInspectionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clusters/{id:int}/inspections").WithTags("Cụm công nghiệp");
        group.MapGet("/", List).WithSummary("Các đoàn kiểm tra cụm công nghiệp: ngày, thành phần, phát hiện và nhiệm vụ theo dõi từng phát hiện");
        group.MapPost("/", Add).WithSummary("Ghi kết quả đoàn kiểm tra cụm công nghiệp: ngày kiểm tra, thành phần đoàn, các phát hiện (Sở Công Thương của tỉnh, Cục Công Thương địa phương)");
        group.MapPost("/{inspectionId:int}/findings/{findingId:int}/task", FindingToTask)
            .WithSummary("Giao nhiệm vụ theo dõi, xử lý một phát hiện của đoàn kiểm tra; phát hiện được gắn với nhiệm vụ");
    }

    private static async Task<Results<Ok<IReadOnlyList<ClusterInspectionsView.Inspection>>, ProblemHttpResult>> List(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        if (await ClusterInspections.OpenAsync(db, scope, actor, id, ct) is null) return Problems.NotFound();
        return TypedResults.Ok(await ClusterInspectionsView.InspectionsAsync(db, scope, actor, id, VietnamTime.Today(clock), ct));
    }

    private static async Task<Results<Created<ClusterInspectionsView.Inspection>, ProblemHttpResult, ValidationProblem>> Add(
        int id, ClusterInspections.InspectionInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        if (await ClusterInspections.OpenAsync(db, scope, actor, id, ct) is not { } cluster) return Problems.NotFound();
        if (!ClusterInspections.MayKeep(actor, cluster)) return Forbidden("Tài khoản của bạn không ghi kết quả kiểm tra cụm công nghiệp này.");
        var today = VietnamTime.Today(clock);
        var (inspection, errors) = ClusterInspections.Check(actor!, cluster, input, clock.GetUtcNow().UtcDateTime, today);
        if (inspection is null) return Invalid(errors, "Kết quả kiểm tra chưa hợp lệ");
        db.ClusterInspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        var shown = (await ClusterInspectionsView.InspectionsAsync(db, scope, actor, id, today, ct)).Single(i => i.Id == inspection.Id);
        return TypedResults.Created($"/api/v1/clusters/{id}/inspections", shown);
    }

    private static async Task<Results<Created<TaskDetail>, ProblemHttpResult, ValidationProblem>> FindingToTask(
        int id, int inspectionId, int findingId, TaskIntake.TaskInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        if (await ClusterInspections.OpenAsync(db, scope, actor, id, ct) is not { } cluster
            || await ClusterInspections.FindingAsync(db, cluster, inspectionId, findingId, ct) is not { } found)
            return Problems.NotFound();
        var (finding, inspectedOn) = found;
        if (!ClusterInspections.MayKeep(actor, cluster) || !TaskIntake.MayAssign(actor!))
            return Forbidden("Tài khoản của bạn không giao nhiệm vụ từ kết quả kiểm tra cụm công nghiệp này.");
        var today = VietnamTime.Today(clock);
        var (task, errors) = await ClusterInspections.TaskFromAsync(db, actor!, scope, cluster, finding, inspectedOn, input, clock.GetUtcNow().UtcDateTime, today, ct);
        if (task is null) return Invalid(errors, "Nhiệm vụ chưa hợp lệ");
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", (await TaskDetail.LoadAsync(db, scope, actor, task.Id, today, ct))!);
    }

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: 403, title: "Không có quyền");

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
