using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// One proposal (<see cref="PromotionQueries.ProposalDetail"/>): its plan, budget by stage of the money, outputs promised and
/// achieved, the council's result, the history and files; the step forms the table allows the caller, each through
/// <see cref="ProposalSteps"/> as the API; and the upload of documents.
/// </summary>
public class ProposalPage(CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock) : PageModel
{
    [BindProperty] public PromotionForms.StepModel Decision { get; set; } = new();

    public PromotionQueries.ProposalDetail Proposal { get; private set; } = null!;
    /// <summary>The step form posted and refused, shown open with its errors.</summary>
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return Forbid();
        if (await PromotionQueries.OpenAsync(db, await current.ScopeAsync(), caller.Actor, id) is not var (proposal, plan)) return NotFound();
        try
        {
            var errors = await ProposalSteps.TakeAsync(db, caller, proposal, plan, PromotionForms.Step(Decision, ModelState, "Decision"), clock.GetUtcNow().UtcDateTime);
            errors.CopyTo(ModelState, "Decision", general: "Decision");
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = $"Đã ghi nhận bước \"{PromotionWorkflow.Table[PromotionWorkflow.Table.Parse(Decision.Step)!.Value].Name}\".";
                return Redirect($"/khuyen-cong/de-an/{id}#lich-su");
            }
        }
        catch (WorkflowRefusal refusal) { if (refusal.Forbidden) return Forbid(); ModelState.AddModelError("Decision", refusal.Message); }
        catch (PromotionIntake.Conflict) { ModelState.AddModelError("Decision", PromotionIntake.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError("Decision", PromotionIntake.ConflictMessage); }
        db.ChangeTracker.Clear();
        Refused = Decision.Step;
        return await ShowAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostFilesAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return Forbid();
        if (!await ShowAsync(id)) return NotFound();
        if (!Proposal.MayAttach) return Forbid();
        var outcome = await Uploads.SaveAsync(db, store, Request.Form.Files, new(caller.Actor.UserId, caller.Actor.Name), clock.GetUtcNow().UtcDateTime, () => new ProposalFile { ProposalId = id });
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("Files", refusal);
            return Page();
        }
        TempData["Message"] = $"Đã đính kèm {outcome.Saved.Count} tệp.";
        return Redirect($"/khuyen-cong/de-an/{id}#tep");
    }

    private async Task<bool> ShowAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return false;
        if (await PromotionQueries.DetailAsync(db, await current.ScopeAsync(), caller, id, VietnamTime.Today(clock)) is not { } proposal) return false;
        Proposal = proposal;
        return true;
    }
}
