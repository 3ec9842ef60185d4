using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// One document of the register: its particulars, its file(s), the tasks it assigns, and the recommendations those tasks
/// answer (the localities' questions that led to it).
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class DocumentPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    public sealed record Source(int Id, string Number, string Title);

    public SourceDocument Document { get; private set; } = null!;
    public IReadOnlyList<FileView> Files { get; private set; } = [];
    public IReadOnlyList<TaskQueries.Item> Tasks { get; private set; } = [];
    public IReadOnlyList<Source> Recommendations { get; private set; } = [];
    /// <summary>The Ministry's officers, and the unit that registered it, attach its files.</summary>
    public bool MayAttach { get; private set; }
    public bool MayAssign { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostFileAsync(int id, List<IFormFile> files)
    {
        if (await ShowAsync(id) is not PageResult) return NotFound();
        if (!MayAttach) return Forbid();
        var actor = Actor.Of(current)!;
        var outcome = await Uploads.SaveAsync(db, store, files, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new DocumentFile { DocumentId = id });
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("files", refusal);
            return Page();
        }
        TempData["Message"] = $"Đã đính kèm {outcome.Saved.Count} tệp.";
        return Redirect($"/van-ban/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return NotFound();
        var scope = await current.ScopeAsync();
        var document = await db.Documents.VisibleTo(db, scope, actor).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null) return NotFound();
        Document = document;
        Files = [.. (await db.DocumentFiles.Where(f => f.DocumentId == id).OrderBy(f => f.At).ToListAsync()).Select(FileView.Of)];
        var today = VietnamTime.Today(clock);
        var tasks = TaskQueries.Filtered(db, scope, actor, new TaskQueries.TaskFilter(Document: id), today);
        Tasks = (await TaskQueries.PageAsync(db, tasks, today, 1, 1000)).Items;
        Recommendations = await db.Recommendations.VisibleTo(scope).Where(r => tasks.Any(t => t.RecommendationId == r.Id)).OrderBy(r => r.Id)
            .Select(r => new Source(r.Id, Recommendation.FormatNumber(r.Id), r.Title)).ToListAsync();
        MayAssign = TaskIntake.MayAssign(actor!);
        MayAttach = MayAssign && actor!.Acts
            && (actor.IsMinistry || actor.IsAdministrator || actor.OrganisationId == document.RegisteredByOrganisationId);
        return Page();
    }
}
