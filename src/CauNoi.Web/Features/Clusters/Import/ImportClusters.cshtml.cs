using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters.Import;

/// <summary>A province's department (or the coordinating hub) imports the province's existing clusters from the workbook.</summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class ImportClustersModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public IActionResult OnGet() => Actor.Of(current) is { } actor && ClusterImport.MayImport(actor) ? Page() : StatusCode(403);

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor.Of(current);
        if (actor is null || !ClusterImport.MayImport(actor)) return StatusCode(403);
        if (Upload is null || Upload.Length == 0)
        {
            Problems = [new(null, SpreadsheetImport.FileColumn, "Vui lòng chọn tệp danh sách cụm công nghiệp (.xlsx hoặc .xls).")];
            return Page();
        }
        var ct = HttpContext.RequestAborted;
        SpreadsheetImport.Checked<Cluster> list;
        await using (var stream = Upload.OpenReadStream())
            list = await ClusterImport.CheckAsync(db, actor, stream, clock.GetUtcNow().UtcDateTime, ct);
        if (list.Problems.Count > 0)
        {
            Problems = list.Problems;
            return Page();
        }
        var count = await ClusterImport.SaveAsync(db, list.Items, ct);
        TempData["Message"] = $"Đã nhập {Display.Number(count)} cụm công nghiệp.";
        return Redirect("/cum-cong-nghiep/nhap-excel?da-nhap=1");
    }
}
