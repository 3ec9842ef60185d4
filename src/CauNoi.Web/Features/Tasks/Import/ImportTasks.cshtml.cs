using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks.Import;

/// <summary>Whoever assigns tasks imports a list of them from the Ministry's workbook.</summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class ImportTasksModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public IActionResult OnGet() => Actor.Of(current) is { } actor && TaskIntake.MayAssign(actor) ? Page() : StatusCode(403);

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor.Of(current);
        if (actor is null || !TaskIntake.MayAssign(actor)) return StatusCode(403);
        if (Upload is null || Upload.Length == 0)
        {
            Problems = [new(null, SpreadsheetImport.FileColumn, "Vui lòng chọn tệp danh sách nhiệm vụ (.xlsx hoặc .xls).")];
            return Page();
        }
        var ct = HttpContext.RequestAborted;
        SpreadsheetImport.Checked<TaskIntake.Checked> list;
        await using (var stream = Upload.OpenReadStream())
            list = await TaskImport.CheckAsync(db, actor, await current.ScopeAsync(ct), stream, VietnamTime.Today(clock), ct);
        if (list.Problems.Count > 0)
        {
            Problems = list.Problems;
            return Page();
        }
        var ids = await TaskImport.SaveAsync(db, actor, list.Items, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Message"] = $"Đã nhập {Display.Number(ids.Count)} nhiệm vụ; đơn vị chủ trì và người chủ trì đã được thông báo.";
        return Redirect("/nhiem-vu/nhap-excel?da-nhap=1");
    }
}
