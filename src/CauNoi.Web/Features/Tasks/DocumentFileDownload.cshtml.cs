using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>A document's file, to whoever can see the document in the register.</summary>
public class DocumentFileDownloadPage(CauNoiDb db, CurrentUser current, IFileStore files, ILogger<DocumentFileDownloadPage> log) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, Guid fileId)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return NotFound();
        var visible = db.Documents.VisibleTo(db, await current.ScopeAsync(), actor).Where(d => d.Id == id);
        var file = await db.DocumentFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.DocumentId == id && visible.Any());
        if (file is null) return NotFound();
        await (await Uploads.DownloadAsync(files, file, $"{SourceDocument.NumberPrefix}{id:D6}", Response, log, HttpContext.RequestAborted)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
