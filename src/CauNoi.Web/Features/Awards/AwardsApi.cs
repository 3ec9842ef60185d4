using System.ComponentModel;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// The selection of typical rural industrial products: rounds (read by every signed-in account; run by the province's
/// department at provincial level, by Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công above it), nominations (read
/// within <see cref="AwardScope"/>, 404 otherwise; recognised ones by everyone), certificates and the national list.
/// </summary>
public static class AwardsApi
{
    public static void MapAwardsApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var rounds = api.MapGroup("/awards/rounds").WithTags("Bình chọn sản phẩm CNNT tiêu biểu");
        rounds.MapGet("/", Rounds).WithSummary("Các đợt bình chọn sản phẩm công nghiệp nông thôn tiêu biểu, lọc theo năm (year) và cấp (level: Provincial, Regional, National)");
        rounds.MapPost("/", CreateRound).WithSummary("Tạo đợt bình chọn và Hội đồng của đợt (Sở Công Thương cho đợt cấp tỉnh của tỉnh mình; Cục ĐMST,CĐX&KC cho đợt cấp khu vực, quốc gia): năm, cấp, tỉnh hoặc khu vực, hạn nhận hồ sơ, hạn chấm điểm, điểm đạt (mặc định 70), số sản phẩm tối đa, cách xếp hạng khi bằng điểm, ký hiệu giấy chứng nhận");
        rounds.MapGet("/{id:int}", Round).WithSummary("Một đợt bình chọn: hạn, Hội đồng, tiêu chí, cách xếp hạng khi bằng điểm, sản phẩm đề nghị trong phạm vi và kết quả, các bước người gọi được thực hiện");
        rounds.MapPost("/{id:int}/steps", Step).WithSummary($"Thực hiện một bước của đợt bình chọn ({RoundLifecycle.WireNames}): start-scoring từ ngày hết hạn nhận hồ sơ; publish khi Hội đồng đã kết thúc (công nhận sản phẩm đạt trong số lượng tối đa, cấp số giấy chứng nhận theo thứ hạng). Gửi version đã đọc (409 nếu đợt đã đổi)");

        var nominations = api.MapGroup("/awards/nominations").WithTags("Bình chọn sản phẩm CNNT tiêu biểu");
        nominations.MapGet("/", Nominations).WithSummary("Sản phẩm đề nghị bình chọn trong phạm vi (và mọi sản phẩm đã được công nhận), lọc theo đợt (round), tỉnh (province), nhóm (group), đã công nhận (recognised)");
        nominations.MapPost("/", Nominate).WithSummary("Đề nghị bình chọn một sản phẩm (Sở Công Thương): đợt cấp tỉnh nhận sản phẩm của cơ sở trong tỉnh; đợt cấp khu vực, quốc gia chỉ nhận sản phẩm đã được công nhận ở cấp dưới (previousNominationId) cùng năm hoặc năm trước; trước hạn nhận hồ sơ");
        nominations.MapGet("/{id:int}", Nomination).WithSummary("Một sản phẩm đề nghị: cơ sở sản xuất, tài liệu, kết quả, lịch sử qua các cấp và các năm");
        nominations.MapPost("/{id:int}/files", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm hồ sơ, ảnh sản phẩm (Sở Công Thương của tỉnh, khi đợt còn nhận hồ sơ), multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}; tệp được kiểm tra theo nội dung");
        nominations.MapGet("/{id:int}/files/{fileId:guid}", Download).WithSummary("Tải tài liệu, ảnh của sản phẩm đề nghị");
        nominations.MapGet("/{id:int}/certificate.docx", Certificate).WithSummary("Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu (.docx theo Nghị định 30/2020/NĐ-CP) của sản phẩm đã được công nhận");
        nominations.MapGet("/{id:int}/history", History).WithSummary("Lịch sử của sản phẩm qua các cấp và các năm: cấp, năm, đợt, điểm trung bình, thứ hạng, giấy chứng nhận");

        api.MapGet("/awards/national-list", National).WithTags("Bình chọn sản phẩm CNNT tiêu biểu")
            .WithSummary("Danh sách sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia của một năm (year): số sản phẩm theo tỉnh và theo nhóm, các sản phẩm; format=json (mặc định) hoặc xlsx");
    }

    public sealed record NominationFilter(
        [property: Description("Đợt bình chọn")] int? Round,
        [property: Description("Mã tỉnh")] string? Province,
        ProductGroup? Group,
        [property: Description("Đã được công nhận")] bool? Recognised);

    private static async Task<Runner?> RunnerAsync(CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        Actor.Of(current) is { } actor ? new Runner(actor, await AwardScope.OwningUnitIdAsync(db, ct)) : null;

    private static async Task<Ok<List<AwardQueries.RoundItem>>> Rounds(int? year, AwardLevel? level, CauNoiDb db, CancellationToken ct) =>
        TypedResults.Ok(await AwardQueries.RoundsAsync(db, new(year, level), ct));

    private static async Task<Results<Ok<AwardQueries.RoundDetail>, ProblemHttpResult>> Round(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await RunnerAsync(db, current, ct) is { } runner && await AwardQueries.RoundAsync(db, await current.ScopeAsync(ct), runner, id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail) : Problems.NotFound();

    private static async Task<Results<Created<AwardQueries.RoundDetail>, ProblemHttpResult, ValidationProblem>> CreateRound(
        RoundInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (await RunnerAsync(db, current, ct) is not { } runner) return Problems.NotFound();
        var at = clock.GetUtcNow().UtcDateTime;
        try
        {
            var (round, errors) = await RoundIntake.CheckAsync(db, runner, input, at, ct);
            if (round is null) return Invalid(errors, "Đợt bình chọn chưa hợp lệ");
            if (await SaveAsync(db, ct) is { } conflict) return conflict;
            db.ChangeTracker.Clear();
            return TypedResults.Created($"/api/v1/awards/rounds/{round.Id}", (await AwardQueries.RoundAsync(db, await current.ScopeAsync(ct), runner, round.Id, VietnamTime.DayOf(at), ct))!);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
    }

    private static async Task<Results<Ok<AwardQueries.RoundDetail>, ProblemHttpResult, ValidationProblem>> Step(
        int id, RoundStepInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (await RunnerAsync(db, current, ct) is not { } runner) return Problems.NotFound();
        var round = await db.AwardRounds.Include(r => r.Nominations).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return Problems.NotFound();
        var at = clock.GetUtcNow().UtcDateTime;
        try
        {
            var errors = await RoundSteps.TakeAsync(db, runner, round, input, at, ct);
            if (errors.Count > 0) return Invalid(errors, "Bước chưa được thực hiện");
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (RoundSteps.Conflict) { return Problems.Conflict(RoundSteps.ConflictMessage); }
        if (await SaveAsync(db, ct) is { } conflict) return conflict;
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await AwardQueries.RoundAsync(db, await current.ScopeAsync(ct), runner, id, VietnamTime.DayOf(at), ct))!);
    }

    private static async Task<Ok<List<AwardQueries.NominationItem>>> Nominations([AsParameters] NominationFilter f, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var query = db.Nominations.AsNoTracking().VisibleTo(await current.ScopeAsync(ct), Actor.Of(current));
        if (f.Round is { } round) query = query.Where(n => n.RoundId == round);
        if (!string.IsNullOrWhiteSpace(f.Province)) query = query.Where(n => n.ProvinceCode == f.Province);
        if (f.Group is { } group) query = query.Where(n => n.Group == group);
        if (f.Recognised is { } recognised) query = query.Where(n => (n.Recognised == true) == recognised);
        var items = await AwardQueries.NominationsAsync(db, query.OrderBy(n => n.RoundId).ThenBy(n => n.Id).Take(1000), null, ct);
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Created<AwardQueries.NominationDetail>, ProblemHttpResult, ValidationProblem>> Nominate(
        NominationInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (Actor.Of(current) is not { } actor) return Problems.NotFound();
        var scope = await current.ScopeAsync(ct);
        NominationIntake.Outcome outcome;
        try { outcome = await NominationIntake.CheckAsync(db, actor, scope, input, clock.GetUtcNow().UtcDateTime, ct); }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        if (outcome.NotFound) return Problems.NotFound();
        if (outcome.Nomination is not { } nomination) return Invalid(outcome.Errors, "Hồ sơ đề nghị bình chọn chưa hợp lệ");
        db.Nominations.Add(nomination);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) when (nomination.PreviousNominationId is not null)
        {
            // Two departments' clerks put the same product forward at once: the unique index keeps the first.
            return Problems.Conflict($"Sản phẩm \"{nomination.ProductName}\" đã được đề nghị lên cấp trên.");
        }
        db.ChangeTracker.Clear();
        return TypedResults.Created($"/api/v1/awards/nominations/{nomination.Id}", (await AwardQueries.NominationAsync(db, scope, actor, nomination.Id, ct))!);
    }

    private static async Task<Results<Ok<AwardQueries.NominationDetail>, ProblemHttpResult>> Nomination(int id, CauNoiDb db, CurrentUser current, CancellationToken ct) =>
        Actor.Of(current) is { } actor && await AwardQueries.NominationAsync(db, await current.ScopeAsync(ct), actor, id, ct) is { } detail
            ? TypedResults.Ok(detail) : Problems.NotFound();

    private static async Task<Results<Ok<List<AwardQueries.HistoryItem>>, ProblemHttpResult>> History(int id, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var n = await db.Nominations.AsNoTracking().VisibleTo(scope, actor).FirstOrDefaultAsync(x => x.Id == id, ct);
        return n is null || actor is null ? Problems.NotFound() : TypedResults.Ok(await AwardQueries.HistoryAsync(db, scope, actor, n, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Certificate(int id, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var visible = db.Nominations.AsNoTracking().VisibleTo(await current.ScopeAsync(ct), Actor.Of(current));
        var facts = await AwardCertificate.FactsAsync(db, visible, id, ct);
        if (facts is null) return Problems.NotFound();
        if (facts.CertificateNumber == "") return Problems.Conflict($"Sản phẩm \"{facts.ProductName}\" chưa được công nhận: chỉ sản phẩm được công nhận khi công bố kết quả mới có giấy chứng nhận.");
        return TypedResults.File(AwardCertificate.ToBytes(facts), AwardCertificate.ContentType, $"giay-chung-nhan-{facts.CertificateNumber.Replace('/', '-')}.docx");
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var n = await db.Nominations.AsNoTracking().VisibleTo(await current.ScopeAsync(ct), actor).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null || actor is null) return Problems.NotFound();
        var round = await db.AwardRounds.AsNoTracking().FirstAsync(r => r.Id == n.RoundId, ct);
        if (!AwardScope.MayNominate(actor, n.ProvinceCode)) return TypedResults.Problem(NominationIntake.Forbidden, statusCode: 403, title: "Không có quyền");
        if (!AwardQueries.MayAttach(actor, n, round)) return Problems.Conflict("Đợt bình chọn đã ngừng nhận hồ sơ: không đính kèm thêm tài liệu.");
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;
        var outcome = await Uploads.SaveAsync(db, store, files!, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new NominationFile { NominationId = id }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/awards/nominations/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid fileId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files, ILoggerFactory logs, CancellationToken ct)
    {
        var visible = db.Nominations.VisibleTo(await current.ScopeAsync(ct), Actor.Of(current)).Where(n => n.Id == id);
        var file = await db.NominationFiles.Where(f => f.Id == fileId && f.NominationId == id && visible.Any()).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        return await Uploads.DownloadAsync(files, file, $"{Awards.Nomination.NumberPrefix}{id:D6}", response, logs.CreateLogger(typeof(AwardsApi)), ct);
    }

    private static async Task<Results<Ok<NationalList>, FileContentHttpResult, ProblemHttpResult>> National(int? year, string? format, CauNoiDb db, TimeProvider clock, CancellationToken ct)
    {
        if (year is not { } y || y < 2000 || y > 2100) return Problems.BadRequest("Nhập năm (year) của danh sách sản phẩm cấp quốc gia, như 2023.");
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "xlsx")) return Problems.BadRequest($"Định dạng “{format}” không hợp lệ: chọn json hoặc xlsx.");
        var list = await NationalList.ReadAsync(db, y, ct);
        return kind == "json" ? TypedResults.Ok(list)
            : TypedResults.File(list.ToXlsx(VietnamTime.Today(clock)), Reports.WeeklyReportWorkbook.ContentType, $"san-pham-cnnt-tieu-bieu-quoc-gia-{y}.xlsx");
    }

    private static async Task<ProblemHttpResult?> SaveAsync(CauNoiDb db, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); return null; }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(RoundSteps.ConflictMessage); }
    }

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors, title: title, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
