using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>The Ministry loads figures already published (the statistics office's) for periods before the system.</summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class ImportHistoryModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Source { get; set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await HistoryImport.MayImportAsync(db, Actor.Of(current), HttpContext.RequestAborted) ? Page() : StatusCode(403);

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor.Of(current);
        var ct = HttpContext.RequestAborted;
        if (!await HistoryImport.MayImportAsync(db, actor, ct)) return StatusCode(403);
        if (Upload is null || Upload.Length == 0)
        {
            Problems = [new(null, SpreadsheetImport.FileColumn, "Vui lòng chọn tệp số liệu (.xlsx, .xls hoặc .csv).")];
            return Page();
        }
        SpreadsheetImport.Checked<HistoryImport.Item> list;
        await using (var stream = Upload.OpenReadStream())
            list = await HistoryImport.CheckAsync(db, actor!, stream, Source, VietnamTime.Today(clock), ct);
        if (list.Problems.Count > 0)
        {
            Problems = list.Problems;
            return Page();
        }
        try
        {
            var o = await HistoryImport.SaveAsync(db, actor!, User.Identity?.Name ?? actor!.Name, list.Items, Upload.FileName, clock.GetUtcNow().UtcDateTime, ct);
            TempData["Message"] = $"Đã nhập {Display.Number(o.Added)} số liệu mới, thay {Display.Number(o.Replaced)} số liệu đã có; {Display.Number(o.Unchanged)} số liệu trùng số đã có được bỏ qua.";
        }
        catch (Exception e) when (ConcurrentWrite.LostInBulk(e))
        {
            Problems = [new(null, SpreadsheetImport.FileColumn, HistoryImport.Conflict)];
            return Page();
        }
        return Redirect("/chi-tieu/nhap-so-lieu");
    }
}
