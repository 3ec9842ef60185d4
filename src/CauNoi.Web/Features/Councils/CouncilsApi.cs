using CauNoi.Web.Features.Reports;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Councils;

/// <summary>
/// The councils that score both programmes' records, after their programme created them: read by whoever
/// <see cref="CouncilScope"/> lets see a council (404 otherwise); kept by its running organisation and administrators, scored by
/// each member on their own sheets (<see cref="CouncilWork"/>; 403 otherwise, 409 once closed).
/// </summary>
public static class CouncilsApi
{
    public static void MapCouncilsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/councils").WithTags("Hội đồng chấm điểm");
        group.MapGet("/", List).WithSummary("Hội đồng trong phạm vi (thẩm định đề án khuyến công, bình chọn sản phẩm công nghiệp nông thôn tiêu biểu), lọc theo mục đích (purpose), tình trạng (status) và tên (q)");
        group.MapGet("/{id:int}", Get).WithSummary("Một hội đồng: thành viên, tiêu chí, hồ sơ; trước khi kết thúc chỉ cho biết thành viên nào đã nộp phiếu (thành viên thấy tổng điểm của mình); sau khi kết thúc: tổng điểm của từng thành viên bên cạnh điểm bình quân, hạng và kết quả đạt đã chốt");
        group.MapPost("/{id:int}/members", AddMember).WithSummary("Thêm thành viên hội đồng theo tài khoản (tên đăng nhập hoặc mã), họ tên và vai trò; tỉnh của thành viên lấy theo đơn vị công tác (đơn vị chủ trì, khi hội đồng đang chấm)");
        group.MapDelete("/{id:int}/members/{memberId:int}", RemoveMember).WithSummary("Rút thành viên chưa nộp phiếu khỏi hội đồng; phiếu nháp và xung đột lợi ích đã khai báo của thành viên bị xóa theo");
        group.MapPut("/{id:int}/criteria", EditCriteria).WithSummary("Thay bộ tiêu chí (nhóm, tên, điểm tối đa, trọng số, thứ tự) và điểm đạt, cách xét khi bằng điểm, hạn chấm; chỉ khi chưa có phiếu nào được nộp (kèm version; 409 khi đã có người sửa trước)");
        group.MapPost("/{id:int}/conflicts", DeclareConflict).WithSummary("Thành viên khai báo xung đột lợi ích với một hồ sơ, nêu lý do; sau đó không chấm hồ sơ đó");
        group.MapGet("/{id:int}/sheets/{entryId:int}", Sheet).WithSummary("Phiếu chấm của chính người gọi cho một hồ sơ: điểm từng tiêu chí hoặc không áp dụng, tổng điểm quy về thang đầy đủ, lý do không được chấm (nếu có)");
        group.MapPut("/{id:int}/sheets/{entryId:int}", SaveSheet).WithSummary("Lưu phiếu chấm của chính người gọi: mỗi tiêu chí điểm từ 0 đến điểm tối đa (một chữ số thập phân) hoặc notApplicable; phiếu đã nộp vẫn sửa được tới khi hội đồng kết thúc và phải đủ mọi tiêu chí (kèm version)");
        group.MapPost("/{id:int}/sheets/{entryId:int}/submit", SubmitSheet).WithSummary("Lưu và nộp phiếu chấm: mọi tiêu chí phải có điểm hoặc không áp dụng, ít nhất một tiêu chí có điểm");
        group.MapPost("/{id:int}/close", Close).WithSummary("Kết thúc hội đồng, chốt điểm bình quân, hạng, kết quả đạt của từng hồ sơ; khi còn phiếu chưa nộp phải xác nhận (confirm=true), lời từ chối nêu số phiếu còn thiếu");
        group.MapGet("/{id:int}/results.xlsx", Results).WithSummary("Kết quả của hội đồng đã kết thúc (.xlsx): tổng điểm của từng thành viên, điểm bình quân, hạng, kết quả đạt; trước khi kết thúc không xuất để giữ độc lập giữa các thành viên")
            .Produces(200, contentType: WeeklyReportWorkbook.ContentType);
    }

    private static async Task<Ok<Page<CouncilQueries.Item>>> List([AsParameters] CouncilQueries.ListParameters p, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        TypedResults.Ok(await CouncilQueries.ListAsync(db, await current.ScopeAsync(ct), Actor.Of(current), p, ct));

    private static async Task<Results<Ok<CouncilDetail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        await CouncilDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    private static async Task<Results<Created<CouncilDetail.Member>, ProblemHttpResult, ValidationProblem>> AddMember(
        int id, MemberInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var result = await ChangeAsync(db, current, id, clock, ct, async (actor, council, at) => await CouncilWork.AddMemberAsync(db, actor, council, input, at, ct), "Thành viên chưa hợp lệ");
        return result.Result is Ok<CouncilDetail> { Value: { } detail }
            ? TypedResults.Created($"/api/v1/councils/{id}/members/{detail.Members.MaxBy(m => m.Id)!.Id}", detail.Members.MaxBy(m => m.Id)!)
            : Narrow<Created<CouncilDetail.Member>>(result);
    }

    private static Task<Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem>> RemoveMember(
        int id, int memberId, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, (actor, council, at) => Task.FromResult(CouncilWork.RemoveMember(db, actor, council, memberId, at)), "Không rút được thành viên");

    private static Task<Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem>> EditCriteria(
        int id, CriteriaInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, (actor, council, at) => Task.FromResult<FieldErrors?>(CouncilWork.EditCriteria(db, actor, council, input, at)), "Tiêu chí chưa hợp lệ");

    private static Task<Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem>> DeclareConflict(
        int id, ConflictInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, (actor, council, at) => Task.FromResult<FieldErrors?>(CouncilWork.DeclareConflict(actor, council, input, at)), "Khai báo xung đột lợi ích chưa hợp lệ");

    private static async Task<Results<Ok<CouncilSheet>, ProblemHttpResult>> Sheet(int id, int entryId, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var council = await CouncilQueries.OpenAsync(db, await current.ScopeAsync(ct), actor, id, ct);
        if (council is null || actor is null || council.Entries.All(e => e.Id != entryId)) return Problems.NotFound();
        return CouncilSheet.Of(council, actor, entryId) is { } sheet ? TypedResults.Ok(sheet) : Forbidden(CouncilWork.NotAMember);
    }

    private static Task<Results<Ok<CouncilSheet>, ProblemHttpResult, ValidationProblem>> SaveSheet(
        int id, int entryId, SheetInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ScoreAsync(id, entryId, input, false, db, current, clock, ct);

    private static Task<Results<Ok<CouncilSheet>, ProblemHttpResult, ValidationProblem>> SubmitSheet(
        int id, int entryId, SheetInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ScoreAsync(id, entryId, input, true, db, current, clock, ct);

    private static async Task<Results<Ok<CouncilSheet>, ProblemHttpResult, ValidationProblem>> ScoreAsync(
        int id, int entryId, SheetInput input, bool submit, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var result = await ChangeAsync(db, current, id, clock, ct, (actor, council, at) => Task.FromResult(CouncilWork.Score(db, actor, council, entryId, input, submit, at)),
            submit ? "Phiếu chấm chưa nộp được" : "Phiếu chấm chưa lưu được", reload: false);
        if (result.Result is not Ok<CouncilDetail>) return Narrow<Ok<CouncilSheet>>(result);
        db.ChangeTracker.Clear();
        var actor = Actor.Of(current)!;
        var council = (await CouncilQueries.OpenAsync(db, await current.ScopeAsync(ct), actor, id, ct))!;
        return TypedResults.Ok(CouncilSheet.Of(council, actor, entryId)!);
    }

    private static Task<Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem>> Close(
        int id, CloseInput? input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, current, id, clock, ct, (actor, council, at) =>
        {
            CouncilWork.Close(actor, council, input ?? new CloseInput(), at);
            return Task.FromResult<FieldErrors?>([]);
        }, "Chưa kết thúc được hội đồng");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Results(int id, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        if (await CouncilDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, ct) is not { } detail) return Problems.NotFound();
        if (!detail.IsClosed) return Problems.Conflict("Hội đồng chưa kết thúc: kết quả chỉ được xuất sau khi hội đồng chốt kết quả, để không lộ điểm của từng thành viên.");
        return TypedResults.File(CouncilWorkbook.ToBytes(detail), WeeklyReportWorkbook.ContentType, $"ket-qua-hoi-dong-{id}.xlsx");
    }

    /// <summary>
    /// A change to a council the caller sees (404 otherwise): refusals as 403 or 409, field errors as 400, a change by someone
    /// else in between as 409; saved once. A change that returns null found nothing to change (404).
    /// </summary>
    private static async Task<Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem>> ChangeAsync(
        CauNoiDb db, CurrentUser current, int id, TimeProvider clock, CancellationToken ct, Func<Actor, Council, DateTime, Task<FieldErrors?>> change, string title, bool reload = true)
    {
        var actor = Actor.Of(current);
        var council = await CouncilQueries.OpenAsync(db, await current.ScopeAsync(ct), actor, id, ct);
        if (council is null || actor is null) return Problems.NotFound();
        try
        {
            var errors = await change(actor, council, clock.GetUtcNow().UtcDateTime);
            if (errors is null) return Problems.NotFound();
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (CouncilWork.Conflict) { return Problems.Conflict(CouncilWork.ConflictMessage); }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(CouncilWork.ConflictMessage); }
        if (!reload) return TypedResults.Ok<CouncilDetail>(null!);
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await CouncilDetail.LoadAsync(db, await current.ScopeAsync(ct), actor, id, ct))!);
    }

    private static Results<T1, ProblemHttpResult, ValidationProblem> Narrow<T1>(Results<Ok<CouncilDetail>, ProblemHttpResult, ValidationProblem> result)
        where T1 : IResult => result.Result switch
        {
            ProblemHttpResult problem => problem,
            ValidationProblem invalid => invalid,
            _ => throw new InvalidOperationException("A change that succeeded is not a refusal."),
        };

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: 403, title: "Không có quyền");
}
