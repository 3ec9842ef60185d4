using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The national registry of industrial clusters: read by whoever <see cref="ClusterScope"/> lets see a cluster (404
/// otherwise), kept by its province's department and the hub (<see cref="ClusterScope.MayKeep"/>; 403 otherwise).
/// </summary>
public static class ClustersApi
{
    public static void MapClustersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clusters").WithTags("Cụm công nghiệp");
        group.MapGet("/", List).WithSummary("Cụm công nghiệp trong phạm vi, lọc theo tỉnh (province), khu vực (region), giai đoạn (stage), huyện cũ theo mã hoặc tên (district), tìm không dấu theo mã, tên, chủ đầu tư (q); kèm đất đã cho thuê, tỷ lệ lấp đầy, dự án và lao động hôm nay");
        group.MapGet("/{id:int}", Get).WithSummary("Một cụm công nghiệp: xã, phường hiện nay và trước 01/7/2025, diện tích, tỷ lệ lấp đầy (đã cho thuê ÷ có thể cho thuê), quyết định, hạ tầng, dự án thứ cấp, các bước tiếp theo người gọi được thực hiện và điều kiện của từng bước");
        group.MapPost("/", Create).WithSummary("Đăng ký cụm công nghiệp vào danh mục: cụm trong phương án phát triển (kèm quyết định phê duyệt), hoặc cụm đã có (existing) với quyết định thành lập, ngày hoạt động; mã tự sinh CCN-<tỉnh>-<số> khi để trống (Sở Công Thương của tỉnh, Cục Công Thương địa phương)");
        group.MapPut("/{id:int}", Update).WithSummary("Sửa thông tin mô tả của cụm công nghiệp: tên, xã phường, chủ đầu tư, tọa độ, ngành nghề, ghi chú, đất có thể cho thuê trước khi thành lập (kèm version; 409 khi đã có người sửa trước)");
        group.MapPost("/{id:int}/steps", Step).WithSummary($"Ghi nhận một bước của vòng đời theo Nghị định 32/2024/NĐ-CP ({ClusterLifecycle.WireNames}) với số, ngày ký, người ký quyết định; khi chưa đáp ứng điều kiện phải nêu lý do (overrideReason)");
        group.MapGet("/{id:int}/conditions", Conditions).WithSummary("Điều kiện thành lập (step=establish) hoặc mở rộng (step=expand, areaHa = diện tích sau mở rộng) của Nghị định 32/2024/NĐ-CP, đối chiếu với số liệu của danh mục");
        group.MapGet("/{id:int}/projects", Projects).WithSummary("Dự án thứ cấp trong cụm công nghiệp");
        group.MapPost("/{id:int}/projects", AddProject).WithSummary("Thêm dự án thứ cấp: nhà đầu tư, ngành nghề, vốn đăng ký, đất thuê, tình trạng, ngày đăng ký, ngày dừng (khi đã dừng), lao động");
        group.MapPut("/{id:int}/projects/{projectId:int}", EditProject).WithSummary("Sửa dự án thứ cấp; đất của các dự án còn hiệu lực không vượt đất công nghiệp có thể cho thuê của cụm");
        group.MapPost("/{id:int}/infrastructure", AddWork).WithSummary("Thêm công trình hạ tầng kỹ thuật dùng chung: loại, mô tả, công suất, tình trạng");
        group.MapPut("/{id:int}/infrastructure/{itemId:int}", EditWork).WithSummary("Sửa công trình hạ tầng kỹ thuật dùng chung");
    }

    private static async Task<Ok<Page<ClusterQueries.Item>>> List([AsParameters] ClusterQueries.ListParameters p, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ClusterQueries.ListAsync(db, await current.ScopeAsync(ct), Actor.Of(current), p, VietnamTime.Today(clock), ct));

    private static async Task<Results<Ok<ClusterDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await ClusterDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail) : Problems.NotFound();

    private static async Task<Results<Created<ClusterDetail>, ProblemHttpResult, ValidationProblem>> Create(
        ClusterInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var province = string.IsNullOrWhiteSpace(input.ProvinceCode) ? actor?.ProvinceCode ?? "" : input.ProvinceCode.Trim();
        if (actor is null || !ClusterScope.MayKeep(actor, province)) return Forbidden(ClusterIntake.Forbidden);
        var (cluster, errors) = await ClusterIntake.CheckAsync(db, actor, input, clock.GetUtcNow().UtcDateTime, ct);
        if (cluster is null) return Invalid(errors, "Cụm công nghiệp chưa hợp lệ");
        db.Clusters.Add(cluster);
        if (await SaveAsync(db, ct) is { } conflict) return conflict;
        return TypedResults.Created($"/api/v1/clusters/{cluster.Id}", await DetailAsync(db, current, cluster.Id, clock, ct));
    }

    private static Task<Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem>> Update(
        int id, ClusterEdit input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, async (actor, cluster, at) => await ClusterIntake.UpdateAsync(db, actor, cluster, input, at, ct), "Thông tin cụm công nghiệp chưa hợp lệ");

    private static Task<Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem>> Step(
        int id, StepInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, async (actor, cluster, at) => await ClusterSteps.TakeAsync(db, actor, cluster, input, at, ct), "Quyết định chưa được ghi nhận");

    private static async Task<Results<Ok<ConditionCheck>, ProblemHttpResult>> Conditions(
        int id, string? step, decimal? areaHa, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var cluster = await ClusterQueries.OpenAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, ct);
        if (cluster is null) return Problems.NotFound();
        var asked = ClusterLifecycle.Table.Parse(step?.Trim().ToLowerInvariant());
        if (asked is not (ClusterStep.Establish or ClusterStep.Expand)) return Problems.BadRequest("Chọn bước cần xem điều kiện: step=establish (thành lập) hoặc step=expand (mở rộng).");
        return TypedResults.Ok((await ClusterConditions.ForAsync(db, cluster, asked.Value, areaHa, VietnamTime.Today(clock), ct))!);
    }

    private static async Task<Results<Ok<IReadOnlyList<ClusterDetail.Project>>, ProblemHttpResult>> Projects(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await ClusterDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail.Projects) : Problems.NotFound();

    private static async Task<Results<Created<ClusterDetail.Project>, ProblemHttpResult, ValidationProblem>> AddProject(
        int id, ProjectInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Added(await ChangeAsync(db, current, id, clock, ct, (actor, cluster, at) =>
                Task.FromResult<FieldErrors?>(ProjectIntake.Apply(actor, cluster, null, input, at).Errors), "Dự án thứ cấp chưa hợp lệ"),
            d => d.Projects.MaxBy(p => p.Id)!, p => $"/api/v1/clusters/{id}/projects/{p.Id}");

    private static async Task<Results<Ok<ClusterDetail.Project>, ProblemHttpResult, ValidationProblem>> EditProject(
        int id, int projectId, ProjectInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Edited(await ChangeAsync(db, current, id, clock, ct, (actor, cluster, at) =>
                Task.FromResult(cluster.Projects.FirstOrDefault(p => p.Id == projectId) is { } project ? ProjectIntake.Apply(actor, cluster, project, input, at).Errors : null),
                "Dự án thứ cấp chưa hợp lệ"),
            d => d.Projects.Single(p => p.Id == projectId));

    private static async Task<Results<Created<ClusterDetail.Work>, ProblemHttpResult, ValidationProblem>> AddWork(
        int id, InfrastructureInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Added(await ChangeAsync(db, current, id, clock, ct, (actor, cluster, at) =>
                Task.FromResult<FieldErrors?>(InfrastructureIntake.Apply(actor, cluster, null, input, at).Errors), "Công trình hạ tầng chưa hợp lệ"),
            d => d.Infrastructure.MaxBy(i => i.Id)!, i => $"/api/v1/clusters/{id}/infrastructure/{i.Id}");

    private static async Task<Results<Ok<ClusterDetail.Work>, ProblemHttpResult, ValidationProblem>> EditWork(
        int id, int itemId, InfrastructureInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Edited(await ChangeAsync(db, current, id, clock, ct, (actor, cluster, at) =>
                Task.FromResult(cluster.Infrastructure.FirstOrDefault(i => i.Id == itemId) is { } item ? InfrastructureIntake.Apply(actor, cluster, item, input, at).Errors : null),
                "Công trình hạ tầng chưa hợp lệ"),
            d => d.Infrastructure.Single(i => i.Id == itemId));

    /// <summary>What a change added (the newest of its kind), or the change's refusal.</summary>
    private static Results<Created<T>, ProblemHttpResult, ValidationProblem> Added<T>(
        Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem> result, Func<ClusterDetail, T> added, Func<T, string> location) =>
        result.Result is Ok<ClusterDetail> { Value: { } detail } && added(detail) is var item ? TypedResults.Created(location(item), item) : Narrow<Created<T>>(result);

    /// <summary>What a change edited, or the change's refusal.</summary>
    private static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Edited<T>(Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem> result, Func<ClusterDetail, T> edited) =>
        result.Result is Ok<ClusterDetail> { Value: { } detail } ? TypedResults.Ok(edited(detail)) : Narrow<Ok<T>>(result);

    /// <summary>
    /// A change to a cluster the caller sees (404 otherwise): the change's refusals as 403 or 409, its field errors as 400,
    /// a change by someone else in between as 409; saved once. A change that returns null found nothing to change (404).
    /// </summary>
    private static async Task<Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem>> ChangeAsync(
        CauNoiDb db, CurrentUser current, int id, TimeProvider clock, CancellationToken ct, Func<Actor, Cluster, DateTime, Task<FieldErrors?>> change, string title)
    {
        var actor = Actor.Of(current);
        var cluster = await ClusterQueries.OpenAsync(db, await current.ScopeAsync(ct), actor, id, ct);
        if (cluster is null || actor is null) return Problems.NotFound();
        try
        {
            var errors = await change(actor, cluster, clock.GetUtcNow().UtcDateTime);
            if (errors is null) return Problems.NotFound();
            if (errors.Count > 0) return Invalid(errors, title);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (ClusterIntake.Conflict) { return Problems.Conflict(ClusterIntake.ConflictMessage); }
        if (await SaveAsync(db, ct) is { } conflict) return conflict;
        return TypedResults.Ok(await DetailAsync(db, current, id, clock, ct));
    }

    private static async Task<ProblemHttpResult?> SaveAsync(CauNoiDb db, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); return null; }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(ClusterIntake.ConflictMessage); }
    }

    private static async Task<ClusterDetail> DetailAsync(CauNoiDb db, CurrentUser current, int id, TimeProvider clock, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return (await ClusterDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct))!;
    }

    /// <summary>A refusal of <see cref="ChangeAsync"/> passed on as the narrower answer of a project's or a work's endpoint.</summary>
    private static Results<T1, ProblemHttpResult, ValidationProblem> Narrow<T1>(Results<Ok<ClusterDetail>, ProblemHttpResult, ValidationProblem> result)
        where T1 : IResult => result.Result switch
        {
            ProblemHttpResult problem => problem,
            ValidationProblem invalid => invalid,
            _ => throw new InvalidOperationException("A change that succeeded is not a refusal."),
        };

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: 403, title: "Không có quyền");

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
