using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// One plan: its budget, its proposals the caller sees by stage, the link to its figures; for its keeper the edit form,
/// for a province's department the form that sets up the base-level appraisal council of its registered proposals.
/// </summary>
public class PlanPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public PromotionForms.PlanModel Edit { get; set; } = new();
    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty] public string? CouncilName { get; set; }

    public PromotionQueries.PlanDetail Plan { get; private set; } = null!;
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await ShowAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEditAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return Forbid();
        var plan = await db.PromotionPlans.VisibleTo(await current.ScopeAsync(), caller.Actor).FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null) return NotFound();
        try
        {
            var (_, errors) = await PromotionIntake.PlanAsync(db, caller, plan, PromotionForms.Plan(Edit, ModelState, "Edit"), clock.GetUtcNow().UtcDateTime);
            errors.CopyTo(ModelState, "Edit", general: "Edit");
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = "Đã cập nhật kế hoạch.";
                return Redirect($"/khuyen-cong/ke-hoach/{id}");
            }
        }
        catch (WorkflowRefusal refusal) { if (refusal.Forbidden) return Forbid(); ModelState.AddModelError("Edit", refusal.Message); }
        catch (PromotionIntake.Conflict) { ModelState.AddModelError("Edit", PromotionIntake.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError("Edit", PromotionIntake.ConflictMessage); }
        db.ChangeTracker.Clear();
        Refused = "edit";
        return await ShowAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCouncilAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return Forbid();
        var scope = await current.ScopeAsync();
        var plan = await db.PromotionPlans.AsNoTracking().VisibleTo(scope, caller.Actor).FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null) return NotFound();
        if (await db.PromotionProposals.VisibleTo(scope, caller.Actor).CountAsync(p => Selected.Contains(p.Id)) != Selected.Distinct().Count()) return NotFound();
        try
        {
            var (council, errors) = await PromotionCouncils.CreateAsync(db, caller, plan, new AppraisalCouncilInput(Selected, CouncilName, null, null), clock.GetUtcNow().UtcDateTime);
            errors.CopyTo(ModelState, "Council", general: "Council");
            if (council is not null && ModelState.IsValid)
            {
                db.Councils.Add(council);
                await db.SaveChangesAsync();
                TempData["Message"] = $"Đã lập hội đồng thẩm định cấp cơ sở cho {council.Entries.Count} đề án. Bổ sung thành viên và chấm điểm trên trang của hội đồng.";
                return Redirect($"/hoi-dong/{council.Id}");
            }
        }
        catch (WorkflowRefusal refusal) { if (refusal.Forbidden) return Forbid(); ModelState.AddModelError("Council", refusal.Message); }
        db.ChangeTracker.Clear();
        Refused = "council";
        return await ShowAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(int id)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return false;
        if (await PromotionQueries.PlanDetailAsync(db, await current.ScopeAsync(), caller, id) is not { } plan) return false;
        Plan = plan;
        if (Refused != "edit")
        {
            var p = plan.Plan;
            Edit = new PromotionForms.PlanModel
            {
                Title = p.Title, DecisionNumber = p.DecisionNumber, DecidedOn = p.DecidedOn, RegistrationDeadline = p.RegistrationDeadline,
                BudgetNational = PromotionForms.Show(p.BudgetNational), BudgetLocal = PromotionForms.Show(p.BudgetLocal), BudgetCounterpart = PromotionForms.Show(p.BudgetCounterpart),
                Note = plan.Note, Version = p.Version,
            };
        }
        return true;
    }
}
