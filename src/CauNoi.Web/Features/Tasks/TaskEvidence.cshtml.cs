using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>An evidence file of a task's progress report, to whoever can see the task; to anyone else it does not exist.</summary>
public class TaskEvidencePage(CauNoiDb db, CurrentUser current, IFileStore files, ILogger<TaskEvidencePage> log) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, Guid fileId)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return NotFound();
        var visible = db.Tasks.VisibleTo(await current.ScopeAsync(), actor).Where(t => t.Id == id);
        var file = await db.TaskFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.TaskId == id && visible.Any());
        if (file is null) return NotFound();
        await (await Uploads.DownloadAsync(files, file, WorkTask.FormatNumber(id), Response, log, HttpContext.RequestAborted)).ExecuteAsync(HttpContext);
        return new EmptyResult();
    }
}
