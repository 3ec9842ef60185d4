using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// Conferences and working missions: read by whoever <see cref="MeetingScope"/> lets see them (a province outside a
/// meeting gets 404), written by the Ministry's accounts (<see cref="MeetingScope.MayOrganise"/>).
/// </summary>
public static class MeetingsApi
{
    public const int PageSize = 50;

    public static void MapMeetingsApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/meetings").WithTags("Hội nghị, đoàn công tác");
        group.MapGet("/", List).WithSummary("Hội nghị, đoàn công tác trong phạm vi, lọc theo loại (kind), năm (year), khu vực (region), tỉnh (province), lãnh đạo chủ trì (chair), tìm không dấu (q)");
        group.MapGet("/{id:int}", Get).WithSummary("Một hội nghị, đoàn công tác với thành phần, tài liệu, kiến nghị và trả lời, thông báo kết luận, nhiệm vụ, phát hiện của đoàn");
        group.MapPost("/", Create).WithSummary("Thêm hội nghị, đoàn công tác (cán bộ Bộ)");
        group.MapPost("/{id:int}/recommendations", Raise).WithSummary("Ghi nhận kiến nghị của một tỉnh tham dự nêu tại hội nghị (cán bộ Bộ); được phân công, trả lời như mọi kiến nghị");
        group.MapPost("/{id:int}/report", WriteReport).WithSummary("Ghi (hoặc sửa) báo cáo kết quả làm việc của đoàn công tác");
        group.MapPost("/{id:int}/findings", AddFinding).WithSummary("Ghi một phát hiện của đoàn công tác tại một tỉnh trong kế hoạch");
        group.MapPost("/{id:int}/findings/{findingId:int}/recommendation", FindingToRecommendation).WithSummary("Chuyển phát hiện thành kiến nghị của tỉnh (chọn lĩnh vực)");
        group.MapPost("/{id:int}/findings/{findingId:int}/task", FindingToTask).WithSummary("Giao nhiệm vụ theo dõi, xử lý phát hiện của đoàn");
        group.MapGet("/{id:int}/reply", Reply).WithSummary("Văn bản trả lời tổng hợp các kiến nghị của hội nghị (.docx theo Nghị định 30/2020/NĐ-CP), gửi các tỉnh tham dự");
        group.MapPost("/{id:int}/reply/issue", IssueReply).WithSummary("Ban hành văn bản trả lời tổng hợp: ghi lại lần ban hành và thông báo Sở Công Thương các tỉnh tham dự (cán bộ Bộ)");
        group.MapGet("/{id:int}/export", Export).WithSummary("Xuất kiến nghị của hội nghị và nội dung trả lời ra tệp .xlsx (trong phạm vi của người xem)");
        group.MapPost("/{id:int}/files", Upload)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm tài liệu của hội nghị: giấy mời, chương trình, báo cáo (multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}): {AttachmentKind.Allowed}");
        group.MapGet("/{id:int}/files/{fileId:guid}", Download).WithSummary("Tải tài liệu của hội nghị");
    }

    public sealed record Item(int Id, MeetingKind Kind, Region? Region, string Title, DateOnly StartsOn, DateOnly EndsOn,
        string Place, string ChairName, int Provinces, int Recommendations, bool IsDemo)
    {
        public string Number => Meeting.FormatNumber(Id);
        public string KindName => MeetingNames.Of(Kind, Region);
    }

    public sealed record ListParameters(MeetingKind? Kind, int? Year, Region? Region, string? Province, string? Chair, string? Q, int? Page);

    /// <summary>The meetings the caller sees, filtered; the newest first.</summary>
    public static IQueryable<Item> Filtered(CauNoiDb db, Scope scope, Actor? actor, ListParameters p)
    {
        var q = db.Meetings.VisibleTo(scope, actor);
        if (p.Kind is { } kind) q = q.Where(m => m.Kind == kind);
        if (p.Year is { } year) q = q.Where(m => m.StartsOn >= new DateOnly(year, 1, 1) && m.StartsOn <= new DateOnly(year, 12, 31));
        if (p.Region is { } region) q = q.Where(m => m.Region == region);
        if (!string.IsNullOrWhiteSpace(p.Province)) q = q.Where(m => m.Provinces.Any(x => x.ProvinceCode == p.Province.Trim()));
        if (!string.IsNullOrWhiteSpace(p.Chair)) q = q.Where(m => m.ChairId == p.Chair);
        var folded = VietnameseText.Fold(p.Q);
        if (folded.Length > 0) q = q.Where(m => EF.Functions.Like(m.SearchName, VietnameseText.LikeContains(folded), "\\"));
        return q.OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Id).Select(m => new Item(m.Id, m.Kind,
            m.Region, m.Title, m.StartsOn, m.EndsOn, m.Place, m.ChairName, m.Provinces.Count, db.Recommendations.Count(r => r.MeetingId == m.Id), m.IsDemo));
    }

    private static async Task<Ok<Page<Item>>> List([AsParameters] ListParameters p, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        TypedResults.Ok(await Page<Item>.ReadAsync(Filtered(db, await current.ScopeAsync(ct), Actor.Of(current), p), p.Page, PageSize, ct));

    private static async Task<Results<Ok<MeetingDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound();

    private static async Task<Results<Created<MeetingDetail>, ProblemHttpResult, ValidationProblem>> Create(
        MeetingIntake.MeetingInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !MeetingScope.MayOrganise(actor)) return Forbidden("Tài khoản của bạn không được cập nhật hội nghị, đoàn công tác.");
        var (meeting, errors) = await MeetingIntake.CheckAsync(db, actor, input, clock.GetUtcNow().UtcDateTime, ct);
        if (meeting is null) return Invalid(errors, "Hội nghị, đoàn công tác chưa hợp lệ");
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}",
            (await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), actor, meeting.Id, VietnamTime.Today(clock), ct))!);
    }

    private static async Task<Results<Created<RecommendationDetail>, ProblemHttpResult, ValidationProblem>> Raise(
        int id, Intake.Input input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        if (meeting is null) return Problems.NotFound();
        if (!actor!.Acts || !MeetingScope.MayOrganise(actor)) return Forbidden("Tài khoản của bạn không ghi nhận kiến nghị tại hội nghị.");
        var today = VietnamTime.Today(clock);
        var (recommendation, errors) = await MeetingOutcomes.RaiseAsync(db, actor!, meeting, input, clock.GetUtcNow().UtcDateTime, today, ct);
        if (recommendation is null) return Invalid(errors, "Kiến nghị chưa hợp lệ");
        return TypedResults.Created($"/api/v1/recommendations/{recommendation.Id}",
            (await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(ct), recommendation.Id, today, ct))!);
    }

    private static async Task<Results<Ok<MeetingDetail>, ProblemHttpResult, ValidationProblem>> WriteReport(
        int id, MeetingOutcomes.ReportInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        if (meeting is null) return Problems.NotFound();
        if (!MeetingScope.MayOrganise(actor!)) return Forbidden("Tài khoản của bạn không ghi báo cáo kết quả của đoàn.");
        var errors = MeetingOutcomes.WriteReport(actor!, meeting, input, clock.GetUtcNow().UtcDateTime);
        if (errors.Count > 0) return Invalid(errors, "Báo cáo chưa hợp lệ");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), actor, id, VietnamTime.Today(clock), ct))!);
    }

    private static async Task<Results<Created<MeetingDetail.Finding>, ProblemHttpResult, ValidationProblem>> AddFinding(
        int id, MeetingOutcomes.FindingInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        if (meeting is null) return Problems.NotFound();
        if (!MeetingScope.MayOrganise(actor!)) return Forbidden("Tài khoản của bạn không ghi kết quả làm việc của đoàn.");
        var (finding, errors) = MeetingOutcomes.CheckFinding(actor!, meeting, input, clock.GetUtcNow().UtcDateTime);
        if (finding is null) return Invalid(errors, "Phát hiện chưa hợp lệ");
        db.MeetingFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        var detail = (await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), actor, id, VietnamTime.Today(clock), ct))!;
        return TypedResults.Created($"/api/v1/meetings/{id}", detail.Findings.Single(f => f.Id == finding.Id));
    }

    private static async Task<Results<Created<RecommendationDetail>, ProblemHttpResult, ValidationProblem>> FindingToRecommendation(
        int id, int findingId, MeetingOutcomes.FindingRecommendationInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        var finding = meeting?.Findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null) return Problems.NotFound();
        if (!actor!.Acts || !MeetingScope.MayOrganise(actor)) return Forbidden("Tài khoản của bạn không ghi nhận kiến nghị từ kết quả của đoàn.");
        var today = VietnamTime.Today(clock);
        var (recommendation, errors) = await MeetingOutcomes.RecommendationFromAsync(db, actor!, meeting!, finding, input, clock.GetUtcNow().UtcDateTime, today, ct);
        if (recommendation is null) return Invalid(errors, "Chưa chuyển được thành kiến nghị");
        return TypedResults.Created($"/api/v1/recommendations/{recommendation.Id}",
            (await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(ct), recommendation.Id, today, ct))!);
    }

    private static async Task<Results<Created<TaskDetail>, ProblemHttpResult, ValidationProblem>> FindingToTask(
        int id, int findingId, TaskIntake.TaskInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        var finding = meeting?.Findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null) return Problems.NotFound();
        if (!MeetingScope.MayOrganise(actor!)) return Forbidden("Tài khoản của bạn không giao nhiệm vụ từ kết quả của đoàn.");
        var scope = await current.ScopeAsync(ct);
        var today = VietnamTime.Today(clock);
        var (task, errors) = await MeetingOutcomes.TaskFromAsync(db, actor!, scope, meeting!, finding, input, clock.GetUtcNow().UtcDateTime, today, ct);
        if (task is null) return Invalid(errors, "Nhiệm vụ chưa hợp lệ");
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", (await TaskDetail.LoadAsync(db, scope, actor, task.Id, today, ct))!);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Reply(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, today, ct) is not { } meeting) return Problems.NotFound();
        return TypedResults.File(await MeetingReply.ToBytesAsync(db, meeting, today, ct), WeeklyReportDocument.ContentType,
            $"tra-loi-kien-nghi-{meeting.Number}-{today:yyyy-MM-dd}.docx");
    }

    private static async Task<Results<Created<MeetingDetail.ReplyIssue>, ProblemHttpResult>> IssueReply(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var today = VietnamTime.Today(clock);
        if (await MeetingDetail.LoadAsync(db, await current.ScopeAsync(ct), actor, id, today, ct) is not { } meeting) return Problems.NotFound();
        if (!actor!.Acts || !MeetingScope.MayOrganise(actor)) return Forbidden("Tài khoản của bạn không ban hành văn bản trả lời.");
        var issue = await MeetingReply.IssueAsync(db, actor, meeting, clock.GetUtcNow().UtcDateTime, today, ct);
        return TypedResults.Created($"/api/v1/meetings/{id}/reply", new MeetingDetail.ReplyIssue(issue.IssuedAt, issue.IssuedByName, issue.Answered, issue.Pending));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var today = VietnamTime.Today(clock);
        if (await MeetingDetail.LoadAsync(db, scope, Actor.Of(current), id, today, ct) is not { } meeting) return Problems.NotFound();
        return TypedResults.File(await MeetingExport.ToBytesAsync(db, scope, meeting, ct), Recommendations.Export.RecommendationExport.XlsxType,
            $"kien-nghi-{meeting.Number}-{today:yyyy-MM-dd}.xlsx");
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (actor, meeting) = await OpenAsync(db, current, id, ct);
        if (meeting is null) return Problems.NotFound();
        if (!MeetingScope.MayOrganise(actor!)) return Forbidden("Tài khoản của bạn không được cập nhật tài liệu của hội nghị.");
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;
        var outcome = await Uploads.SaveAsync(db, store, files!, new(actor!.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new MeetingFile { MeetingId = id }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/meetings/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid fileId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files, ILoggerFactory logs, CancellationToken ct)
    {
        var visible = db.Meetings.VisibleTo(await current.ScopeAsync(ct), Actor.Of(current)).Where(m => m.Id == id);
        var file = await db.MeetingFiles.Where(f => f.Id == fileId && f.MeetingId == id && visible.Any()).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        return await Uploads.DownloadAsync(files, file, Meeting.FormatNumber(id), response, logs.CreateLogger(typeof(MeetingsApi)), ct);
    }

    /// <summary>The caller and the meeting (tracked, with its provinces and findings) when the caller sees it; else a null meeting (404).</summary>
    private static async Task<(Actor? Actor, Meeting? Meeting)> OpenAsync(CauNoiDb db, CurrentUser current, int id, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null) return (null, null);
        var meeting = await db.Meetings.VisibleTo(await current.ScopeAsync(ct), actor)
            .Include(m => m.Provinces).Include(m => m.Findings).FirstOrDefaultAsync(m => m.Id == id, ct);
        return (actor, meeting);
    }

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: 403, title: "Không có quyền");

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
