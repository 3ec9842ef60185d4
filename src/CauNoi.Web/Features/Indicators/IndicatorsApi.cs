using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The indicators' catalogue and forms, the reports of figures and their steps, the accepted figures and completeness.
/// A report the caller cannot see is 404; a step refused to the caller 403, refused for the report's state, its window or
/// its figures 409; figures out of bounds 400 with each refusal under its indicator's code, and nothing saved.
/// </summary>
public static class IndicatorsApi
{
    public static void MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", Indicators).WithTags("Chỉ tiêu")
            .WithSummary("Danh mục chỉ tiêu: đơn vị, số chữ số thập phân, cách cộng theo địa bàn và theo thời gian, công thức của chỉ tiêu tính toán, nguồn định nghĩa; format=json (mặc định) hoặc xlsx");
        var forms = api.MapGroup("/forms").WithTags("Chỉ tiêu");
        forms.MapGet("/", Forms).WithSummary("Các biểu mẫu báo cáo: chỉ tiêu, kỳ, ngày bắt đầu kỳ, hạn, thời gian mở và khóa nhập; các kỳ đang mở hôm nay");
        forms.MapPost("/{id:int}/reports", Open)
            .WithSummary("Lập (hoặc mở) báo cáo của một cơ quan cho một kỳ: period như 2025-03, 2025-Q2, 2025-H1, 2025; organisation mặc định là cơ quan của người gọi");
        forms.MapGet("/{id:int}/lock-exceptions", Exceptions).WithSummary("Các lần mở khóa nhập số liệu của biểu mẫu");
        forms.MapPost("/{id:int}/lock-exceptions", Reopen)
            .WithSummary("Mở khóa nhập số liệu một kỳ cho một cơ quan sau khi đã khóa (đơn vị theo dõi biểu mẫu): until là ngày hết hiệu lực, reason là lý do");
        var reports = api.MapGroup("/form-reports").WithTags("Chỉ tiêu");
        reports.MapGet("/{id:long}", Get).WithSummary("Một báo cáo số liệu: kỳ, hạn, số liệu với cảnh báo và số liệu đang dùng, các bước được làm, lịch sử, các lần thay đổi");
        reports.MapPut("/{id:long}/figures", Save)
            .WithSummary("Lưu số liệu của báo cáo đang nhập (cán bộ của cơ quan báo cáo): mỗi số liệu theo mã chỉ tiêu, với giải trình khi cần");
        reports.MapPost("/{id:long}/steps", Step).WithSummary($"Thực hiện một bước theo tên: {ReportWorkflow.WireNames}")
            .WithDescription("return-to-officer, send-back và revise cần comment là lý do. Gửi version đã đọc để tránh ghi đè (409 nếu báo cáo đã đổi).");
        api.MapPost("/values", PostValues).WithTags("Chỉ tiêu")
            .WithSummary("Gửi nhiều số liệu một lần cho một biểu mẫu và kỳ: lập báo cáo nếu chưa có, lưu tất cả hoặc không lưu gì");
        api.MapGet("/values", Values).WithTags("Chỉ tiêu")
            .WithSummary("Số liệu đã được Bộ chấp nhận, lọc theo chỉ tiêu, tỉnh (hoặc tỉnh cũ) và kỳ");
        api.MapGet("/targets", TargetsOf).WithTags("Chỉ tiêu")
            .WithSummary("Chỉ tiêu kế hoạch Bộ giao của một chỉ tiêu: theo tỉnh, khu vực hoặc toàn quốc, theo năm hoặc quý, với văn bản giao và người giao");
        api.MapPost("/targets", SetTarget).WithTags("Chỉ tiêu")
            .WithSummary("Giao (hoặc sửa) chỉ tiêu kế hoạch: đơn vị thuộc Bộ theo dõi chỉ tiêu, Cục Công Thương địa phương, quản trị")
            .WithDescription("province (mã tỉnh) hoặc region (North, Centre, South), cả hai để trống là toàn quốc; quarter để trống là cả năm; documentNumber là số hiệu văn bản giao, như 1234/QĐ-BCT.");
        api.MapGet("/reports/indicators", Series).WithTags("Chỉ tiêu")
            .WithSummary("Số liệu đã chấp nhận của một chỉ tiêu theo 34 tỉnh hiện nay, qua thời điểm sáp nhập: kỳ trước 01/07/2025 gộp từ các tỉnh cũ theo cách cộng của chỉ tiêu; kỳ không gộp được ghi rõ là không so sánh được")
            .WithDescription("indicator là mã chỉ tiêu (kể cả chỉ tiêu tính toán như BL_TANG); from, to là kỳ cùng loại; province là một hoặc nhiều mã tỉnh, cách nhau bởi dấu phẩy.");
        api.MapGet("/completeness", CompletenessOf).WithTags("Chỉ tiêu")
            .WithSummary("Tình hình nộp báo cáo của một biểu mẫu trong một năm: dự kiến, đã nhận, đúng hạn, trễ hạn, còn thiếu; tỷ lệ báo cáo và tỷ lệ đúng hạn (như DHIS2); format=json (mặc định) hoặc xlsx");
    }

    public sealed record IndicatorItem(int Id, string Code, string Name, string Unit, int Decimals, Aggregation OverPlaces, Aggregation OverTime,
        string? Weight, DerivedKind? Derived, string? Formula, double? Minimum, double? Maximum, double? ChangeThreshold, string? OwningUnit, string Source);

    private static readonly string[] Tables = ["json", "xlsx"];

    private static async Task<Results<Ok<IReadOnlyList<IndicatorItem>>, FileContentHttpResult, ProblemHttpResult>> Indicators(
        string? format, CauNoiDb db, TimeProvider clock, CancellationToken ct)
    {
        if (IndicatorReportsApi.FormatOf(format, Tables, out var refusal) is not { } kind) return Problems.BadRequest(refusal);
        var catalogue = await IndicatorQueries.CatalogueAsync(db, ct);
        return kind == "json" ? TypedResults.Ok(catalogue)
            : TypedResults.File(IndicatorWorkbooks.OfCatalogue(catalogue, VietnamTime.Today(clock)), Reports.WeeklyReportWorkbook.ContentType, "danh-muc-chi-tieu.xlsx");
    }

    public sealed record FormItem(int Id, string Code, string Name, PeriodType PeriodType, int FirstDay, int DueDays, int OpensDaysBefore, int LockDaysAfter,
        string OwningUnit, string? Basis, IReadOnlyList<string> Indicators, int Organisations, IReadOnlyList<string> OpenPeriods);

    private static async Task<Ok<IReadOnlyList<FormItem>>> Forms(CauNoiDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await IndicatorQueries.FormsAsync(db, VietnamTime.Today(clock), ct));

    public sealed record OpenRequest(string? Period, int? Organisation);

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Open(
        int id, OpenRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (Actor.Of(current) is not { } actor) return Problems.NotFound();
        var form = await db.ReportForms.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null) return Problems.NotFound("Không tìm thấy biểu mẫu.");
        if (!Period.TryParse(request.Period, out var period)) return Problems.BadRequest("Kỳ báo cáo không hợp lệ: ghi như 2025-03, 2025-Q2, 2025-H1 hoặc 2025.");
        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var report = await ReportSteps.OpenAsync(db, actor, form, request.Organisation ?? actor.OrganisationId, period, now, today, ct);
            await db.SaveChangesAsync(ct);
            var scope = await current.ScopeAsync(ct);
            return await ReportDetail.LoadAsync(db, scope, actor, report.Id, today, ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Get(long id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
        await ReportDetail.LoadAsync(db, await current.ScopeAsync(ct), Actor.Of(current), id, VietnamTime.Today(clock), ct) is { } detail
            ? TypedResults.Ok(detail) : Problems.NotFound();

    public sealed record FiguresRequest(IReadOnlyList<ReportSteps.Figure>? Figures, int? Version);

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult, ValidationProblem>> Save(
        long id, FiguresRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var report = await ReportsForChange(db, scope, actor).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || actor is null) return Problems.NotFound();
        if (request.Version is { } v && v != report.Version) return Problems.Conflict(ReportSteps.ConflictMessage);
        return await SaveFiguresAsync(db, scope, actor, report, request.Figures ?? [], clock, ct);
    }

    public sealed record ValuesRequest(int? Form, string? Period, int? Organisation, IReadOnlyList<ReportSteps.Figure>? Figures);

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult, ValidationProblem>> PostValues(
        ValuesRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (Actor.Of(current) is not { } actor) return Problems.NotFound();
        var form = await db.ReportForms.FirstOrDefaultAsync(f => f.Id == request.Form, ct);
        if (form is null) return Problems.BadRequest("Chọn biểu mẫu (form) có trong danh mục.");
        if (!Period.TryParse(request.Period, out var period)) return Problems.BadRequest("Kỳ báo cáo không hợp lệ: ghi như 2025-03, 2025-Q2, 2025-H1 hoặc 2025.");
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var opened = await ReportSteps.OpenAsync(db, actor, form, request.Organisation ?? actor.OrganisationId, period, now, VietnamTime.Today(clock), ct);
            return await SaveFiguresAsync(db, await current.ScopeAsync(ct), actor, opened, request.Figures ?? [], clock, ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult, ValidationProblem>> SaveFiguresAsync(
        CauNoiDb db, Scope scope, Actor actor, FormReport report, IReadOnlyList<ReportSteps.Figure> figures, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        try
        {
            var errors = await ReportSteps.SaveAsync(db, actor, report, figures, clock.GetUtcNow().UtcDateTime, today, ct);
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Số liệu chưa hợp lệ", detail: "Không số liệu nào được lưu. Vui lòng sửa các mục được nêu.");
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(ReportSteps.ConflictMessage); }
        return TypedResults.Ok((await ReportDetail.LoadAsync(db, scope, actor, report.Id, today, ct))!);
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> Step(
        long id, ReportSteps.Request request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var report = await ReportsForChange(db, scope, actor).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || actor is null) return Problems.NotFound();
        var today = VietnamTime.Today(clock);
        try
        {
            await ReportSteps.ApplyAsync(db, actor, report, request, clock.GetUtcNow().UtcDateTime, today, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (Exception e) when (e is ReportSteps.Conflict or DbUpdateConcurrencyException) { return Problems.Conflict(ReportSteps.ConflictMessage); }
        return TypedResults.Ok((await ReportDetail.LoadAsync(db, scope, actor, id, today, ct))!);
    }

    /// <summary>A report the caller sees, tracked with what its steps read and change.</summary>
    public static IQueryable<FormReport> ReportsForChange(CauNoiDb db, Scope scope, Actor? actor) =>
        db.FormReports.VisibleTo(scope, actor).Include(r => r.Form).Include(r => r.Entries).Include(r => r.Events);

    public sealed record ExceptionItem(int Id, int OrganisationId, string Organisation, string Period, string PeriodName, DateOnly Until, string Reason,
        string GrantedBy, DateTime GrantedAt, bool Holds);

    private static async Task<Results<Ok<IReadOnlyList<ExceptionItem>>, ProblemHttpResult>> Exceptions(
        int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.ReportForms.AnyAsync(f => f.Id == id, ct)) return Problems.NotFound("Không tìm thấy biểu mẫu.");
        var visible = db.Organisations.VisibleAsReporters(await current.ScopeAsync(ct), Actor.Of(current)).Select(o => o.Id);
        return TypedResults.Ok(await IndicatorQueries.ExceptionsAsync(db, id, visible, VietnamTime.Today(clock), ct));
    }

    public sealed record ReopenRequest(int? Organisation, string? Period, DateOnly? Until, string? Reason);

    private static async Task<Results<Created<ExceptionItem>, ProblemHttpResult>> Reopen(
        int id, ReopenRequest request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (Actor.Of(current) is not { } actor) return Problems.NotFound();
        var form = await db.ReportForms.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null) return Problems.NotFound("Không tìm thấy biểu mẫu.");
        if (!actor.MayReopen(form)) return TypedResults.Problem("Chỉ đơn vị thuộc Bộ theo dõi biểu mẫu mới mở khóa nhập số liệu.", statusCode: 403, title: "Không có quyền");
        var granted = await LockExceptions.GrantAsync(db, actor, form, request, VietnamTime.Today(clock), clock.GetUtcNow().UtcDateTime, ct);
        if (granted.Refusal is { } refusal) return Problems.BadRequest(refusal);
        await db.SaveChangesAsync(ct);
        var item = (await IndicatorQueries.ExceptionsAsync(db, id, db.Organisations.Select(o => o.Id), VietnamTime.Today(clock), ct)).Single(x => x.Id == granted.Exception!.Id);
        return TypedResults.Created($"/api/v1/forms/{id}/lock-exceptions", item);
    }

    public sealed record ValueItem(string Indicator, string ProvinceCode, string? FormerProvinceCode, string Period, double Value, int Revision, DateTime AcceptedAt, bool IsDemo);

    public sealed record ValuesParameters(
        [property: Description("Mã chỉ tiêu")] string? Indicator,
        [property: Description("Mã tỉnh hiện nay (số liệu của tỉnh cũ sáp nhập vào tỉnh này cũng được trả về)")] string? Province,
        [property: Description("Kỳ từ (như 2024-01)")] string? From,
        [property: Description("Kỳ đến (cùng loại kỳ)")] string? To);

    private static async Task<Results<Ok<IReadOnlyList<ValueItem>>, ProblemHttpResult>> Values([AsParameters] ValuesParameters p, CauNoiDb db, CancellationToken ct)
    {
        var query = await IndicatorQueries.ValuesAsync(db, p, ct);
        return query.Refusal is { } refusal ? Problems.BadRequest(refusal) : TypedResults.Ok(query.Values!);
    }

    private static async Task<Results<Ok<IReadOnlyList<Targets.Item>>, ProblemHttpResult>> TargetsOf(string? indicator, int? year, CauNoiDb db, CancellationToken ct)
    {
        var found = await db.Indicators.FirstOrDefaultAsync(i => i.Code == indicator, ct);
        return found is null ? Problems.BadRequest("Chọn chỉ tiêu (indicator) theo mã trong danh mục.") : TypedResults.Ok(await Targets.ListAsync(db, found, year, ct));
    }

    private static async Task<Results<Created<Targets.Item>, ProblemHttpResult, ValidationProblem>> SetTarget(
        Targets.Request request, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (Actor.Of(current) is not { } actor) return Problems.NotFound();
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == request.Indicator, ct);
        if (indicator is null) return Problems.BadRequest("Chọn chỉ tiêu (indicator) theo mã trong danh mục.");
        if (!Targets.MaySet(actor, indicator))
            return TypedResults.Problem("Chỉ đơn vị thuộc Bộ theo dõi chỉ tiêu (hoặc Cục Công Thương địa phương) mới giao chỉ tiêu kế hoạch.", statusCode: 403, title: "Không có quyền");
        var (target, errors) = await Targets.SetAsync(db, actor, indicator, request, clock.GetUtcNow().UtcDateTime, ct);
        if (target is null) return TypedResults.ValidationProblem(errors, title: "Chỉ tiêu kế hoạch chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");
        await db.SaveChangesAsync(ct);
        var item = (await Targets.ListAsync(db, indicator, target.Year, ct)).Single(t => t.Id == target.Id);
        return TypedResults.Created($"/api/v1/targets?indicator={indicator.Code}&year={target.Year}", item);
    }

    public sealed record SeriesPoint(string ProvinceCode, string Period, string PeriodName, double? Value, bool Merged, bool Revised, string? NotComparable);

    public sealed record SeriesAnswer(string Indicator, string Name, string Unit, int Decimals, IReadOnlyList<SeriesPoint> Points);

    private static async Task<Results<Ok<SeriesAnswer>, ProblemHttpResult>> Series(string? indicator, string? from, string? to, string? province, CauNoiDb db, CancellationToken ct)
    {
        var found = await db.Indicators.FirstOrDefaultAsync(i => i.Code == indicator, ct);
        if (found is null) return Problems.BadRequest("Chọn chỉ tiêu (indicator) theo mã trong danh mục.");
        if (!Period.TryParseRange(from, to, out var start, out var end)) return Problems.BadRequest(Period.RangeRefusal);
        if (end.Year - start.Year > 20) return Problems.BadRequest("Khoảng kỳ tối đa 20 năm.");
        var provinces = province?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var points = await IndicatorSeries.ReadAsync(db, found, start, end, provinces, ct);
        var labels = points.Select(p => p.Period).Distinct().ToDictionary(p => p, p => (p.Key, p.Name)); // once per period, not per point
        return TypedResults.Ok(new SeriesAnswer(found.Code, found.Name, found.Unit, found.Decimals,
            [.. points.Select(p => new SeriesPoint(p.ProvinceCode, labels[p.Period].Key, labels[p.Period].Name, p.Value, p.Merged, p.Revised, p.Why))]));
    }

    public sealed record CompletenessItem(string Form, string Period, string PeriodName, DateOnly DueOn, int Expected, int Received, int OnTime, int Late,
        int Missing, int Pending, double? ReportingRate, double? OnTimeRate, IReadOnlyList<CompletenessCell> Organisations);

    public sealed record CompletenessCell(int Id, string Name, string? ProvinceCode, Completeness.Standing Standing, long? Report);

    private static async Task<Results<Ok<IReadOnlyList<CompletenessItem>>, FileContentHttpResult, ProblemHttpResult>> CompletenessOf(
        int? form, int? year, string? format, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (IndicatorReportsApi.FormatOf(format, Tables, out var refusal) is not { } kind) return Problems.BadRequest(refusal);
        var f = await db.ReportForms.FirstOrDefaultAsync(x => x.Id == form, ct);
        if (f is null) return Problems.BadRequest("Chọn biểu mẫu (form) có trong danh mục.");
        var today = VietnamTime.Today(clock);
        var periods = IndicatorQueries.PeriodsOf(f, year ?? today.Year);
        var matrix = await Completeness.ReadAsync(db, f, periods, await current.ScopeAsync(ct), Actor.Of(current), today, ct);
        if (kind == "xlsx")
            return TypedResults.File(IndicatorWorkbooks.OfCompleteness(matrix, year ?? today.Year, today), Reports.WeeklyReportWorkbook.ContentType,
                $"tinh-hinh-nop-bao-cao-{f.Code.ToLowerInvariant()}-{year ?? today.Year}.xlsx");
        return TypedResults.Ok((IReadOnlyList<CompletenessItem>)[.. matrix.Totals.Select((t, i) => new CompletenessItem(f.Code, t.Period.Key, t.Period.Name, f.DueOn(t.Period),
            t.Expected, t.Received, t.OnTime, t.Late, t.Missing, t.Pending, t.ReportingRate, t.OnTimeRate,
            [.. matrix.Rows.Select(r => new CompletenessCell(r.OrganisationId, r.Name, r.ProvinceCode, r.Cells[i].Standing, r.Cells[i].ReportId))]))]);
    }
}
