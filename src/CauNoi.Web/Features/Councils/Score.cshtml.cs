using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Councils;

/// <summary>
/// A member's own score form for one entry (<see cref="CouncilSheet"/>): points or "không áp dụng" per criterion, saved as a
/// draft or submitted, with the total on the full scale. Refused with the reason to a member who may not score the entry.
/// </summary>
public class ScorePage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public CouncilForms.SheetModel Sheet { get; set; } = new();

    public CouncilSheet Form { get; private set; } = null!;
    public bool Posted { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, int entryId) => ShowAsync(id, entryId);

    public Task<IActionResult> OnPostSaveAsync(int id, int entryId) => ScoreAsync(id, entryId, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int id, int entryId) => ScoreAsync(id, entryId, submit: true);

    private async Task<IActionResult> ScoreAsync(int id, int entryId, bool submit)
    {
        var actor = Actor.Of(current);
        var council = await CouncilQueries.OpenAsync(db, await current.ScopeAsync(), actor, id);
        if (council is null || actor is null || council.Entries.All(e => e.Id != entryId)) return NotFound();
        try
        {
            var input = CouncilForms.Sheet(Sheet, ModelState);
            if (ModelState.IsValid)
            {
                var errors = CouncilWork.Score(db, actor, council, entryId, input, submit, clock.GetUtcNow().UtcDateTime);
                if (errors is null) return NotFound();
                errors.CopyTo(ModelState, "Sheet", general: "Sheet");
                if (ModelState.IsValid)
                {
                    await db.SaveChangesAsync();
                    TempData["Message"] = submit ? "Đã nộp phiếu chấm." : "Đã lưu nháp phiếu chấm.";
                    return Redirect($"/hoi-dong/{id}/cham/{entryId}");
                }
            }
        }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError("Sheet", refusal.Message); }
        catch (CouncilWork.Conflict) { ModelState.AddModelError("Sheet", CouncilWork.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError("Sheet", CouncilWork.ConflictMessage); }
        Posted = true;
        db.ChangeTracker.Clear();
        return await ShowAsync(id, entryId);
    }

    private async Task<IActionResult> ShowAsync(int id, int entryId)
    {
        var actor = Actor.Of(current);
        var council = await CouncilQueries.OpenAsync(db, await current.ScopeAsync(), actor, id);
        if (council is null || actor is null || council.Entries.All(e => e.Id != entryId)) return NotFound();
        if (CouncilSheet.Of(council, actor, entryId) is not { } form) return Forbid();
        Form = form;
        if (!Posted)
            Sheet = new CouncilForms.SheetModel
            {
                Lines = [.. form.Lines.Select(l => new CouncilForms.LineModel { CriterionId = l.CriterionId, Points = CouncilForms.Points(l.Points), NotApplicable = l.NotApplicable })],
                Comment = form.Comment, Version = form.Version,
            };
        return Page();
    }
}
