using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Awards;

/// <summary>A nominated product: its facility, documents and photos, result, certificate, and history across levels and years.</summary>
public class NominationPage(CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock) : PageModel
{
    public AwardQueries.NominationDetail Nomination { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostFileAsync(int id, List<IFormFile> files)
    {
        if (await ShowAsync(id) is not PageResult) return NotFound();
        if (!Nomination.MayAttach) return Forbid();
        var actor = Actor.Of(current)!;
        var outcome = await Uploads.SaveAsync(db, store, files, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new NominationFile { NominationId = id });
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("files", refusal);
            return Page();
        }
        TempData["Message"] = $"Đã đính kèm {outcome.Saved.Count} tệp.";
        return Redirect($"/binh-chon/san-pham/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var detail = await AwardQueries.NominationAsync(db, await current.ScopeAsync(), actor, id, HttpContext.RequestAborted);
        if (detail is null) return NotFound();
        Nomination = detail;
        return Page();
    }
}
