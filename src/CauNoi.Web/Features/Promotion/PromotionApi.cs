using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// Khuyến công plans and proposals: read by whoever <see cref="PromotionScope"/> lets see them (404 otherwise), kept by the
/// plan's keeper and the province's department as <see cref="PromotionWorkflow"/> says (403 otherwise).
/// </summary>
public static class PromotionApi
{
    public static void MapPromotionApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/promotion").WithTags("Khuyến công");
        group.MapGet("/plans", Plans).WithSummary("Kế hoạch khuyến công quốc gia và địa phương trong phạm vi, lọc theo năm (year)");
        group.MapPost("/plans", CreatePlan).WithSummary("Lập kế hoạch khuyến công: quốc gia (National, Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công) hoặc địa phương (Local, Sở Công Thương của tỉnh); mỗi năm, loại, tỉnh một kế hoạch (409 khi đã có); kinh phí theo nguồn (triệu đồng), số và ngày quyết định, hạn đăng ký đề án");
        group.MapGet("/plans/{id:int}", Plan).WithSummary("Một kế hoạch khuyến công: kinh phí theo nguồn, các đề án trong phạm vi theo trạng thái");
        group.MapPut("/plans/{id:int}", UpdatePlan).WithSummary("Sửa kế hoạch khuyến công (người giữ kế hoạch; kèm version, 409 khi đã có người sửa trước)");
        group.MapPost("/plans/{id:int}/council", Council).WithSummary("Lập hội đồng thẩm định cấp cơ sở (Sở Công Thương của tỉnh) cho các đề án đã đăng ký của tỉnh trong kế hoạch (proposalIds), với bộ tiêu chí mặc định của hệ thống và điểm đạt (mặc định 50)");
        group.MapGet("/proposals", Proposals).WithSummary("Đề án khuyến công trong phạm vi, lọc theo năm (year), kế hoạch (plan), tỉnh (province), trạng thái (stage), nội dung hoạt động (activity), tìm không dấu theo mã, tên, cơ sở thụ hưởng (q)");
        group.MapPost("/proposals", CreateProposal).WithSummary("Đăng ký đề án vào kế hoạch (Sở Công Thương của tỉnh): đơn vị đề xuất, nội dung hoạt động, cơ sở thụ hưởng và mã số thuế, xã phường, kinh phí đề nghị theo nguồn, kết quả cam kết, thời gian thực hiện; mã KCQG-<năm>-<số> hoặc KCĐP-<tỉnh>-<năm>-<số> tự sinh; đăng ký sau hạn được ghi nhận là đăng ký muộn");
        group.MapGet("/proposals/{id:int}", Proposal).WithSummary("Một đề án khuyến công: kế hoạch, kinh phí đề nghị, phê duyệt, phê duyệt lần đầu, giải ngân, quyết toán, kết quả cam kết và đạt được, kết quả thẩm định, lịch sử, tệp và các bước người gọi được thực hiện");
        group.MapPost("/proposals/{id:int}/steps", Step).WithSummary($"Thực hiện một bước của quy trình đề án ({PromotionWorkflow.WireNames}): số, ngày quyết định (number, onDate), lý do hoặc nội dung (note), tỷ lệ % (percent), số tiền (amount), kinh phí phê duyệt theo nguồn, kết quả đạt được (outputs)");
        group.MapPost("/proposals/{id:int}/files", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm hồ sơ, quyết định, minh chứng của đề án, multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}; tệp được kiểm tra theo nội dung");
        group.MapGet("/proposals/{id:int}/files/{fileId:guid}", Download).WithSummary("Tải tệp của đề án");
    }

    private static async Task<Ok<IReadOnlyList<PromotionQueries.PlanItem>>> Plans(int? year, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        TypedResults.Ok(await PromotionQueries.PlansAsync(db, await current.ScopeAsync(ct), Actor.Of(current), year, ct));

    private static async Task<Results<Ok<PromotionQueries.PlanDetail>, ProblemHttpResult>> Plan(int id, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        await PromotionActor.OfAsync(db, current, ct) is { } caller && await PromotionQueries.PlanDetailAsync(db, await current.ScopeAsync(ct), caller, id, ct) is { } plan
            ? TypedResults.Ok(plan) : Problems.NotFound();

    private static async Task<Results<Created<PromotionQueries.PlanDetail>, ProblemHttpResult, ValidationProblem>> CreatePlan(
        PlanInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        try
        {
            var (plan, errors) = await PromotionIntake.PlanAsync(db, caller, null, input, clock.GetUtcNow().UtcDateTime, ct);
            if (plan is null) return Invalid(errors, "Kế hoạch khuyến công chưa hợp lệ");
            db.PromotionPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return TypedResults.Created($"/api/v1/promotion/plans/{plan.Id}", (await PromotionQueries.PlanDetailAsync(db, await current.ScopeAsync(ct), caller, plan.Id, ct))!);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (PromotionIntake.Duplicate duplicate) { return Problems.Conflict(duplicate.Message); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(Duplicated(input)); }
    }

    private static string Duplicated(PlanInput input) => PromotionIntake.Duplicated(input.Kind ?? PlanKind.Local, input.Year ?? 0, input.ProvinceCode);

    private static async Task<Results<Ok<PromotionQueries.PlanDetail>, ProblemHttpResult, ValidationProblem>> UpdatePlan(
        int id, PlanInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        var plan = await db.PromotionPlans.VisibleTo(scope, caller.Actor).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound();
        try
        {
            var (_, errors) = await PromotionIntake.PlanAsync(db, caller, plan, input, clock.GetUtcNow().UtcDateTime, ct);
            if (errors.Count > 0) return Invalid(errors, "Kế hoạch khuyến công chưa hợp lệ");
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (PromotionIntake.Conflict) { return Problems.Conflict(PromotionIntake.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(PromotionIntake.ConflictMessage); }
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await PromotionQueries.PlanDetailAsync(db, scope, caller, id, ct))!);
    }

    private static async Task<Results<Created<CouncilCreated>, ProblemHttpResult, ValidationProblem>> Council(
        int id, AppraisalCouncilInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        var plan = await db.PromotionPlans.AsNoTracking().VisibleTo(scope, caller.Actor).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Problems.NotFound();
        // Every proposal named passes the scope rule: one the caller does not see is not found.
        var ids = (input.ProposalIds ?? []).Distinct().ToList();
        if (await db.PromotionProposals.VisibleTo(scope, caller.Actor).CountAsync(p => ids.Contains(p.Id), ct) != ids.Count) return Problems.NotFound("Không tìm thấy đề án, hoặc đề án nằm ngoài phạm vi của bạn.");
        try
        {
            var (council, errors) = await PromotionCouncils.CreateAsync(db, caller, plan, input, clock.GetUtcNow().UtcDateTime, ct);
            if (council is null) return Invalid(errors, "Hội đồng thẩm định chưa được lập");
            db.Councils.Add(council);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/hoi-dong/{council.Id}", new CouncilCreated(council.Id, council.Name, [.. council.Entries.Select(e => e.ProposalId!.Value)]));
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
    }

    /// <summary>The council made: its page is /hoi-dong/{id}.</summary>
    public sealed record CouncilCreated(int Id, string Name, IReadOnlyList<int> ProposalIds);

    private static async Task<Ok<Page<PromotionQueries.ProposalItem>>> Proposals(
        int? year, int? plan, string? province, ProposalStage? stage, PromotionActivity? activity, string? q, int? page, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        TypedResults.Ok(await PromotionQueries.ListAsync(db, await current.ScopeAsync(ct), Actor.Of(current), new(year, plan, province, stage, activity, q, page), ct));

    private static async Task<Results<Ok<PromotionQueries.ProposalDetail>, ProblemHttpResult>> Proposal(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await PromotionActor.OfAsync(db, current, ct) is { } caller
        && await PromotionQueries.DetailAsync(db, await current.ScopeAsync(ct), caller, id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail) : Problems.NotFound();

    private static async Task<Results<Created<PromotionQueries.ProposalDetail>, ProblemHttpResult, ValidationProblem>> CreateProposal(
        ProposalInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        try
        {
            var (proposal, plan, errors) = await PromotionIntake.ProposalAsync(db, scope, caller, input, clock.GetUtcNow().UtcDateTime, ct);
            if (plan is null && input.PlanId is not null) return Problems.NotFound("Không tìm thấy kế hoạch khuyến công, hoặc kế hoạch nằm ngoài phạm vi của bạn.");
            if (proposal is null) return Invalid(errors, "Đề án khuyến công chưa hợp lệ");
            await PromotionIntake.SaveNewAsync(db, proposal, plan!, ct);
            db.ChangeTracker.Clear();
            return TypedResults.Created($"/api/v1/promotion/proposals/{proposal.Id}", (await PromotionQueries.DetailAsync(db, scope, caller, proposal.Id, VietnamTime.Today(clock), ct))!);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
    }

    private static async Task<Results<Ok<PromotionQueries.ProposalDetail>, ProblemHttpResult, ValidationProblem>> Step(
        int id, ProposalStepInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        if (await PromotionQueries.OpenAsync(db, scope, caller.Actor, id, ct) is not var (proposal, plan)) return Problems.NotFound();
        try
        {
            var errors = await ProposalSteps.TakeAsync(db, caller, proposal, plan, input, clock.GetUtcNow().UtcDateTime, ct);
            if (errors.Count > 0) return Invalid(errors, "Bước chưa được thực hiện");
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (PromotionIntake.Conflict) { return Problems.Conflict(PromotionIntake.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(PromotionIntake.ConflictMessage); }
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await PromotionQueries.DetailAsync(db, scope, caller, id, VietnamTime.Today(clock), ct))!);
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (await PromotionActor.OfAsync(db, current, ct) is not { } caller) return Problems.NotFound();
        if (await PromotionQueries.DetailAsync(db, scope, caller, id, VietnamTime.Today(clock), ct) is not { } detail) return Problems.NotFound();
        if (!detail.MayAttach) return TypedResults.Problem(FilesForbidden, statusCode: 403, title: "Không có quyền");
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;
        var outcome = await Uploads.SaveAsync(db, store, files!, new(caller.Actor.UserId, caller.Actor.Name), clock.GetUtcNow().UtcDateTime, () => new ProposalFile { ProposalId = id }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/promotion/proposals/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    public const string FilesForbidden = "Chỉ Sở Công Thương của tỉnh và đơn vị giữ kế hoạch đính kèm tệp cho đề án khuyến công.";

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid fileId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files, ILoggerFactory logs, CancellationToken ct)
    {
        var visible = db.PromotionProposals.VisibleTo(await current.ScopeAsync(ct), Actor.Of(current)).Where(p => p.Id == id);
        var file = await db.ProposalFiles.Where(f => f.Id == fileId && f.ProposalId == id && visible.Any()).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        var code = await db.PromotionProposals.Where(p => p.Id == id).Select(p => p.Code).FirstAsync(ct);
        return await Uploads.DownloadAsync(files, file, code, response, logs.CreateLogger(typeof(PromotionApi)), ct);
    }

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
