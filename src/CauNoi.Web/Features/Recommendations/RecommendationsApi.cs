using System.ComponentModel;
using CauNoi.Web.Features.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Recommendations;

public static class RecommendationsApi
{
    public const int PageSize = 50;
    public const string IdempotencyHeader = "Idempotency-Key";

    public sealed record MessageRequest(string? Text);

    public static void MapRecommendationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendations").WithTags("Kiến nghị");
        group.MapPost("/", Submit).WithSummary("Gửi kiến nghị (địa phương) hoặc ghi nhận thay địa phương (cán bộ Bộ); hỗ trợ header Idempotency-Key");
        group.MapGet("/", List).WithSummary("Danh sách kiến nghị trong phạm vi, có lọc, tìm kiếm không dấu, sắp xếp và phân trang");
        group.MapGet("/{id:int}", Get).WithSummary("Một kiến nghị với lịch sử xử lý, trao đổi và tệp đính kèm");
        group.MapPost("/{id:int}/transitions", Transition)
            .WithSummary($"Chuyển bước xử lý: {RecommendationWorkflow.WireNames}")
            .WithDescription("answer: câu trả lời chính thức, cần answer, letterNumber (số hiệu văn bản, ví dụ 1234/BCT-CCT), signerName, signerTitle; "
                + "letterDate (mặc định hôm nay) và letterFileId (id của tệp PDF đã đính kèm vào kiến nghị) không bắt buộc. "
                + "Nếu đơn vị trả lời bật duyệt của lãnh đạo, câu trả lời chờ duyệt (approve-answer, hoặc return-answer kèm comment là lý do). "
                + "rate: mỗi câu trả lời chỉ được đánh giá một lần; đánh giá lần hai bị từ chối (409).");
        group.MapPost("/{id:int}/messages", PostMessage).WithSummary("Gửi trao đổi giữa địa phương và đơn vị xử lý");
    }

    private static async Task<Results<Created<RecommendationDetail>, Ok<RecommendationDetail>, ProblemHttpResult, ValidationProblem>> Submit(
        Intake.Input input, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !actor.Acts)
            return TypedResults.Problem("Tài khoản của bạn không gửi hoặc ghi nhận kiến nghị.", statusCode: 403, title: "Không có quyền");
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > 100 }) return Problems.BadRequest("Idempotency-Key dài quá 100 ký tự.");
        var today = VietnamTime.Today(clock);

        // A retry of a submission already taken in gets the same record back, not a second one.
        if (key is not null && await Intake.ExistingAsync(db, actor, key, ct) is { } earlier)
            return await ReplayAsync(earlier);

        // To the microsecond, as PostgreSQL keeps it: the answer below is built from these values, not read back.
        var now = clock.GetUtcNow().UtcDateTime;
        var at = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var (recommendation, errors) = await Intake.PrepareAsync(db, actor, input, at, today, await WorkingCalendar.LoadAsync(db, ct), ct, await current.ScopeAsync(ct));
        if (recommendation is null)
            return TypedResults.ValidationProblem(errors, title: "Kiến nghị chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");
        var id = await Intake.SaveAsync(db, actor, recommendation, key, at, ct);
        if (id == recommendation.Id)
            return TypedResults.Created($"/api/v1/recommendations/{id}", await RecommendationDetail.OfNewAsync(db, recommendation, today, ct));
        // A parallel retry with the same key stored it first: the same answer as a later retry.
        return await ReplayAsync(id);

        // The record the key stored, if the caller may still see it (an account moved to another organisation may not).
        async Task<Results<Created<RecommendationDetail>, Ok<RecommendationDetail>, ProblemHttpResult, ValidationProblem>> ReplayAsync(int stored) =>
            await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(ct), stored, today, ct) is { } detail
                ? TypedResults.Ok(detail)
                : Problems.Conflict("Kiến nghị gửi với Idempotency-Key này đã được ghi nhận trước đây nhưng không còn trong phạm vi của bạn; dùng khóa khác để gửi kiến nghị mới.");
    }

    private static async Task<Ok<Page<RecommendationQueries.Item>>> List(
        CauNoiDb db, CurrentUser current, TimeProvider clock, [AsParameters] ListParameters p, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        return TypedResults.Ok(await RecommendationQueries.PageAsync(db, await current.ScopeAsync(ct), p.ToFilter(), today, p.Page, PageSize, ct,
            ListCursor.Parse(p.After, p.Before)));
    }

    public sealed record ListParameters(
        string? Province, string? Commune, int? Unit, int? Field, Channel? Channel, RecommendationStatus? Status, bool? Overdue,
        DateOnly? From, DateOnly? To, string? FocalLeader, string? Q, string? Sort, int? Page,
        [property: Description("true: chỉ kiến nghị chưa xong; false: chỉ kiến nghị đã xong; bỏ trống: tất cả")] bool? Open,
        [property: Description("Hạn xử lý đến hết ngày này")] DateOnly? DueBy,
        [property: Description("Trang tiếp theo: giá trị nextCursor của trang trước")] string? After,
        [property: Description("Trang liền trước: giá trị previousCursor của trang sau")] string? Before)
    {
        public RecommendationQueries.Filter ToFilter() => new(Province, Commune, Unit, Field, Channel, Status, Overdue, From, To, FocalLeader, Q, Sort, Open, DueBy);
    }

    private static async Task<Results<Ok<RecommendationDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(ct), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail)
            : Problems.NotFound();

    private static async Task<Results<Ok<RecommendationDetail>, ProblemHttpResult>> Transition(
        int id, Transitions.Request request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var recommendation = await db.Recommendations.VisibleTo(scope).FirstOrDefaultAsync(r => r.Id == id, ct);
        var actor = Actor.Of(current);
        if (recommendation is null || actor is null) return Problems.NotFound();
        var today = VietnamTime.Today(clock);
        try
        {
            await Transitions.ApplyAsync(db, actor, scope, recommendation, request, clock.GetUtcNow().UtcDateTime, today, ct);
            await db.SaveChangesAsync(ct);
            Telemetry.Transitioned(request.Action!);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (Exception e) when (e is Transitions.Conflict or DbUpdateConcurrencyException)
        {
            return Problems.Conflict(Transitions.ConflictMessage);
        }
        return TypedResults.Ok((await RecommendationDetail.LoadAsync(db, scope, id, today, ct))!);
    }

    private static async Task<Results<Created<RecommendationDetail.Message>, ProblemHttpResult, ValidationProblem>> PostMessage(
        int id, MessageRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.VisibleTo(await current.ScopeAsync(ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        var actor = Actor.Of(current);
        if (recommendation is null || actor is null) return Problems.NotFound();
        var (message, errors) = await RecommendationThread.PostAsync(db, actor, recommendation, request.Text, clock.GetUtcNow().UtcDateTime, ct);
        if (message is null) return TypedResults.ValidationProblem(errors, title: "Trao đổi chưa hợp lệ");
        return TypedResults.Created($"/api/v1/recommendations/{id}", message);
    }
}
