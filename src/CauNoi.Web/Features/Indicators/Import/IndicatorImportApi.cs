using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>
/// A report's figures from its workbook or CSV, and the figures already published before the system. A report the caller
/// cannot see is 404, as for every report; one the caller may not enter 403, or 409 for its state or window, before the
/// file is read; a file with any problem 400 with each problem's row and column, and nothing saved.
/// </summary>
public static class IndicatorImportApi
{
    public static void MapIndicatorImportApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/form-reports").WithTags("Chỉ tiêu");
        reports.MapGet("/{id:long}/template", ReportTemplateOf)
            .WithSummary("Tệp mẫu .xlsx của một báo cáo: mỗi dòng một chỉ tiêu của biểu mẫu, với biểu mẫu, tỉnh, kỳ và số liệu đã nhập");
        reports.MapPost("/{id:long}/import", ImportReport)
            .WithSummary("Nhập số liệu của báo cáo đang nhập từ tệp mẫu (.xlsx, .xls hoặc CSV UTF-8; multipart: file); kiểm tra như khi lưu trên trang, tất cả hoặc không dòng nào")
            .TakesSpreadsheet();
        var values = api.MapGroup("/values").WithTags("Chỉ tiêu");
        values.MapGet("/template", HistoryTemplateOf).WithSummary("Tệp mẫu .xlsx để nhập số liệu đã công bố của các kỳ trước khi có hệ thống");
        values.MapPost("/import", ImportHistory)
            .WithSummary("Nhập số liệu đã công bố vào số liệu đã chấp nhận (đơn vị theo dõi chỉ tiêu, Cục Công Thương địa phương, quản trị; multipart: file, source); tất cả hoặc không dòng nào")
            .WithDescription("Mỗi dòng: mã chỉ tiêu, mã tỉnh (tỉnh cũ cho kỳ kết thúc trước 01/07/2025), kỳ (2025-03, 2025-Q2, 2025-H1, 2025), số liệu, nguồn. "
                + "source là nguồn cho các dòng không ghi nguồn. Số liệu thay số đã có được ghi lại trong các lần thay đổi.")
            .TakesSpreadsheet();
    }

    public sealed record Imported(int Added, int Replaced, int Unchanged);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ReportTemplateOf(long id, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var report = await db.FormReports.VisibleTo(await current.ScopeAsync(ct), Actor.Of(current)).AsNoTracking()
            .Include(r => r.Form).Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return Problems.NotFound();
        return await ImportAnswers.TemplateAsync(file => ReportTemplate.WriteAsync(db, report, file, ct), FileName(report));
    }

    /// <summary>"mau-so-lieu-BC-THANG-01-2025-03.xlsx": the form, the province and the period, as the file is found again in a folder.</summary>
    public static string FileName(FormReport report) => $"mau-so-lieu-{report.Form!.Code}-{report.ProvinceCode ?? report.OrganisationId.ToString()}-{report.Period.Key}.xlsx";

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> ImportReport(
        long id, HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var report = await IndicatorsApi.ReportsForChange(db, scope, actor).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || actor is null) return Problems.NotFound();
        var today = VietnamTime.Today(clock);
        try { await ReportSteps.RefuseEntryAsync(db, actor, report, today, ct); }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp số liệu (.xlsx, .xls hoặc .csv).");

        SpreadsheetImport.Checked<ReportSteps.Figure> list;
        await using (var stream = file.OpenReadStream())
            list = await ReportImport.CheckAsync(db, report, stream, ct);
        if (list.Problems is { Count: > 0 } found) return ImportAnswers.Refused(found, ReportTemplate.Definition.RowIs);
        try
        {
            var problems = await ReportImport.SaveAsync(db, actor, report, list.Items, clock.GetUtcNow().UtcDateTime, today, ct);
            if (problems.Count > 0) return ImportAnswers.Refused(problems, ReportTemplate.Definition.RowIs);
        }
        catch (WorkflowRefusal refusal) { return Problems.Refused(refusal); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return Problems.Conflict(ReportSteps.ConflictMessage); }
        return TypedResults.Ok((await ReportDetail.LoadAsync(db, scope, actor, id, today, ct))!);
    }

    private static Task<FileStreamHttpResult> HistoryTemplateOf(CauNoiDb db, CancellationToken ct) =>
        ImportAnswers.TemplateAsync(file => HistoryTemplate.WriteAsync(db, file, ct), "mau-nhap-so-lieu-da-cong-bo.xlsx");

    private static async Task<Results<Ok<Imported>, ProblemHttpResult>> ImportHistory(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (!await HistoryImport.MayImportAsync(db, actor, ct))
            return TypedResults.Problem(HistoryImport.Refusal, statusCode: 403, title: "Không có quyền");
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file, source", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp số liệu (.xlsx, .xls hoặc .csv).");

        SpreadsheetImport.Checked<HistoryImport.Item> list;
        await using (var stream = file.OpenReadStream())
            list = await HistoryImport.CheckAsync(db, actor!, stream, form["source"], VietnamTime.Today(clock), ct);
        if (list.Problems is { Count: > 0 } found) return ImportAnswers.Refused(found, HistoryTemplate.Definition.RowIs);
        try
        {
            var outcome = await HistoryImport.SaveAsync(db, actor!, http.HttpContext.User.Identity?.Name ?? actor!.Name, list.Items, file.FileName, clock.GetUtcNow().UtcDateTime, ct);
            return TypedResults.Ok(new Imported(outcome.Added, outcome.Replaced, outcome.Unchanged));
        }
        catch (Exception e) when (ConcurrentWrite.LostInBulk(e)) { return Problems.Conflict(HistoryImport.Conflict); }
    }
}
