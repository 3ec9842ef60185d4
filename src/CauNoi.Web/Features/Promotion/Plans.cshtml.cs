using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>The khuyến công plans the caller sees, by year; a keeper's form to set up a plan (the same rules as the API).</summary>
public class PlansPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public PromotionForms.PlanModel Input { get; set; } = new();

    public IReadOnlyList<PromotionQueries.PlanItem> Plans { get; private set; } = [];
    public bool MayCreate { get; private set; }
    public PromotionActor Caller { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ShowAsync()) return Forbid();
        try
        {
            var (plan, errors) = await PromotionIntake.PlanAsync(db, Caller, null, PromotionForms.Plan(Input, ModelState, "Input"), clock.GetUtcNow().UtcDateTime);
            errors.CopyTo(ModelState, "Input", general: "Input");
            if (plan is not null && ModelState.IsValid)
            {
                db.PromotionPlans.Add(plan);
                await db.SaveChangesAsync();
                TempData["Message"] = "Đã lập kế hoạch khuyến công.";
                return Redirect($"/khuyen-cong/ke-hoach/{plan.Id}");
            }
        }
        catch (WorkflowRefusal refusal) { if (refusal.Forbidden) return Forbid(); ModelState.AddModelError("Input", refusal.Message); }
        catch (PromotionIntake.Duplicate duplicate) { ModelState.AddModelError("Input", duplicate.Message); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError("Input", "Kế hoạch này vừa được người khác lập."); }
        db.ChangeTracker.Clear();
        return Page();
    }

    private async Task<bool> ShowAsync()
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return false;
        Caller = caller;
        Plans = await PromotionQueries.PlansAsync(db, await current.ScopeAsync(), caller.Actor, Year);
        MayCreate = caller.Actor.Acts && (caller.IsOwner || caller.Actor.IsAdministrator || caller.Actor.OrganisationKind == Organisations.OrganisationKind.ProvincialDepartment);
        return true;
    }
}
