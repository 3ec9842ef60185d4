using System.ComponentModel;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The register of tasks: listed and opened within the caller's scope (<see cref="TaskScope"/>), assigned by those who may
/// (<see cref="TaskIntake.MayAssign"/>), and moved by the steps of <see cref="TaskWorkflow"/>. A step refused to the caller
/// is 403, one refused for the task's state or for what it lacks 409 (as the recommendations' steps are), a task the
/// caller cannot see 404.
/// </summary>
public static class TasksApi
{
    public const int PageSize = 50;

    public sealed record ProgressRequest(int? Percent, string? Text, int? Version);

    public sealed record ExtensionRequest(DateOnly? DueOn, string? Reason, int? Version);

    /// <param name="DueOn">The deadline granted; the one asked for when empty.</param>
    public sealed record ExtensionDecisionRequest(bool? Grant, DateOnly? DueOn, string? Comment, int? Version);

    public static void MapTasksApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/tasks").WithTags("Nhiệm vụ");
        group.MapGet("/", List).WithSummary("Danh sách nhiệm vụ trong phạm vi, có lọc (tình trạng tính theo ngày asOf, mặc định hôm nay), tìm kiếm không dấu, phân trang");
        group.MapPost("/", Assign)
            .WithSummary("Giao nhiệm vụ (cán bộ Bộ; Sở Công Thương cho chính Sở chủ trì); nhiệm vụ định kỳ tạo từng kỳ với hạn dời sang ngày làm việc")
            .WithDescription("Tài khoản không được giao nhiệm vụ (cấp xã) nhận 403.");
        group.MapGet("/{id:int}", Get).WithSummary("Một nhiệm vụ với lịch sử, báo cáo tiến độ, gia hạn, tệp, tiến độ tổng hợp từ nhiệm vụ con và các kỳ");
        group.MapGet("/{id:int}/progress", Progress).WithSummary("Các báo cáo tiến độ của nhiệm vụ, mới nhất trước, với tệp minh chứng");
        group.MapPost("/{id:int}/progress", ReportProgress)
            .WithSummary("Báo cáo tiến độ (đơn vị chủ trì): percent 0–100, text là kết quả đã thực hiện; 100% là hoàn thành");
        group.MapPost("/{id:int}/files", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm tệp minh chứng (đơn vị chủ trì; ?report= id của báo cáo tiến độ), multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}");
        group.MapGet("/{id:int}/files/{fileId:guid}", Download).WithSummary("Tải tệp minh chứng của nhiệm vụ");
        group.MapGet("/{id:int}/extensions", Extensions).WithSummary("Các đề nghị gia hạn và quyết định");
        group.MapPost("/{id:int}/extensions", RequestExtension).WithSummary("Đề nghị gia hạn (đơn vị chủ trì): dueOn là hạn đề nghị, reason là lý do");
        group.MapPost("/{id:int}/extensions/decision", DecideExtension)
            .WithSummary("Quyết định gia hạn (bên giao): grant true/false, dueOn (mặc định hạn đề nghị), comment (bắt buộc khi không đồng ý)")
            .WithDescription("Gia hạn đề nghị sau khi hạn đã qua vẫn tính quá hạn: hạn gốc được giữ trong lịch sử.");
        group.MapPost("/{id:int}/steps", Step)
            .WithSummary($"Thực hiện một bước xử lý theo tên: {TaskWorkflow.WireNames}")
            .WithDescription("send-back (trả lại báo cáo) và cancel (hủy nhiệm vụ) cần comment là lý do. Gửi version đã đọc để tránh ghi đè (409 nếu nhiệm vụ đã đổi).");
    }

    public sealed record ListParameters(
        string? Q, WorkTaskStatus? Status,
        [property: Description("Đơn vị chủ trì")] int? Lead,
        [property: Description("Đơn vị theo dõi (bên giao)")] int? Assigner,
        [property: Description("Người chủ trì (id tài khoản)")] string? Owner,
        [property: Description("Lãnh đạo giao (id tài khoản)")] string? Leader,
        [property: Description("Văn bản giao nhiệm vụ")] int? Document,
        [property: Description("Mã tỉnh: nhiệm vụ do Sở chủ trì hoặc liên quan đến tỉnh")] string? Province,
        [property: Description("Giao từ ngày")] DateOnly? From,
        [property: Description("Giao đến ngày")] DateOnly? To,
        [property: Description("Nhiệm vụ cha")] int? Parent,
        [property: Description("Nhiệm vụ định kỳ: các kỳ của nó")] int? Series,
        bool? ExtensionPending,
        [property: Description("Ngày tính tình trạng (mặc định hôm nay)")] DateOnly? AsOf,
        int? Page)
    {
        public TaskQueries.TaskFilter ToFilter() =>
            new(Q, Status, Lead, Assigner, Owner, Leader, Document, Province, From, To, Parent, Series, ExtensionPending, AsOf);
    }

    private static async Task<Ok<Page<TaskQueries.Item>>> List(
        [AsParameters] ListParameters p, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var filter = p.ToFilter();
        var tasks = TaskQueries.Filtered(db, await current.ScopeAsync(ct), Actor.Of(current), filter, today);
        return TypedResults.Ok(await TaskQueries.PageAsync(db, tasks, filter.AsOf ?? today, p.Page, PageSize, ct));
    }

    private static async Task<Results<Created<TaskDetail>, ProblemHttpResult, ValidationProblem>> Assign(
        TaskIntake.TaskInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !TaskIntake.MayAssign(actor))
            return TypedResults.Problem("Tài khoản của bạn không được giao nhiệm vụ.", statusCode: 403, title: "Không có quyền");
        var scope = await current.ScopeAsync(ct);
        var today = VietnamTime.Today(clock);
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, actor, scope, input, today, await WorkingCalendar.LoadAsync(db, ct), ct);
        if (task is null) return TypedResults.ValidationProblem(errors, title: "Nhiệm vụ chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");
        var saved = await TaskIntake.SaveAsync(db, actor, task, clock.GetUtcNow().UtcDateTime, ct);
        // Whoever assigns it sees it (the assigning unit is theirs).
        return TypedResults.Created($"/api/v1/tasks/{saved.Id}", (await TaskDetail.LoadAsync(db, scope, actor, saved.Id, today, ct))!);
    }

    private static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await TaskDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<TaskDetail.Report>>, ProblemHttpResult>> Progress(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await TaskDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail.Reports)
            : Problems.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<TaskDetail.Extension>>, ProblemHttpResult>> Extensions(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await TaskDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail.Extensions)
            : Problems.NotFound();

    private static async Task<Results<Created<TaskDetail>, ProblemHttpResult>> ReportProgress(
        int id, ProgressRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Created(id, await StepAsync(id, new(Workflow.Wire(TaskAction.ReportProgress), request.Text, request.Version, request.Percent), db, current, clock, ct));

    private static async Task<Results<Created<TaskDetail>, ProblemHttpResult>> RequestExtension(
        int id, ExtensionRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        Created(id, await StepAsync(id, new(Workflow.Wire(TaskAction.RequestExtension), request.Reason, request.Version, DueOn: request.DueOn),
            db, current, clock, ct));

    private static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> DecideExtension(
        int id, ExtensionDecisionRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (request.Grant is not { } grant) return Problems.BadRequest("Nêu quyết định: grant là true (đồng ý gia hạn) hoặc false (không đồng ý).");
        var action = grant ? TaskAction.GrantExtension : TaskAction.RefuseExtension;
        return await StepAsync(id, new(Workflow.Wire(action), request.Comment, request.Version, DueOn: request.DueOn), db, current, clock, ct);
    }

    private static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> Step(
        int id, TaskSteps.Request request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await StepAsync(id, request, db, current, clock, ct);

    private static Results<Created<TaskDetail>, ProblemHttpResult> Created(int id, Results<Ok<TaskDetail>, ProblemHttpResult> done) =>
        done.Result is Ok<TaskDetail> { Value: { } detail } ? TypedResults.Created($"/api/v1/tasks/{id}", detail) : (ProblemHttpResult)done.Result;

    /// <summary>One step on a task the caller sees, saved with whom it tells; the task as it now stands, or the refusal.</summary>
    private static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> StepAsync(
        int id, TaskSteps.Request request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var task = await db.Tasks.VisibleTo(scope, actor).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || actor is null) return Problems.NotFound();
        var today = VietnamTime.Today(clock);
        try
        {
            await TaskSteps.ApplyAsync(db, actor, task, request, clock.GetUtcNow().UtcDateTime, today, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (Exception e) when (e is TaskSteps.Conflict or DbUpdateConcurrencyException)
        {
            return Problems.Conflict(TaskSteps.ConflictMessage);
        }
        return TypedResults.Ok((await TaskDetail.LoadAsync(db, scope, actor, id, today, ct))!);
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, long? report, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var task = await db.Tasks.VisibleTo(await current.ScopeAsync(ct), actor).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null || actor is null) return Problems.NotFound();
        if (!actor.Leads(task))
            return TypedResults.Problem("Chỉ đơn vị chủ trì hoặc người được giao chủ trì mới đính kèm minh chứng cho nhiệm vụ.", statusCode: 403, title: "Không có quyền");
        if (report is { } reportId && !await db.TaskProgressReports.AnyAsync(r => r.Id == reportId && r.TaskId == id, ct))
            return Problems.NotFound("Không tìm thấy báo cáo tiến độ này của nhiệm vụ.");
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;
        var outcome = await Uploads.SaveAsync(db, store, files!, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime,
            () => new TaskFile { TaskId = id, ReportId = report }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/tasks/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid fileId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files, ILoggerFactory logs, CancellationToken ct)
    {
        var visible = db.Tasks.VisibleTo(await current.ScopeAsync(ct), Actor.Of(current)).Where(t => t.Id == id);
        var file = await db.TaskFiles.Where(f => f.Id == fileId && f.TaskId == id && visible.Any()).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        return await Uploads.DownloadAsync(files, file, WorkTask.FormatNumber(id), response, logs.CreateLogger(typeof(TasksApi)), ct);
    }
}
