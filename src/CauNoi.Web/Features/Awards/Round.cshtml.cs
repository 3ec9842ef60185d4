using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Awards;

/// <summary>A round: its deadlines, council, criteria and tie-break rule, its nominations and results, its steps and the nomination form.</summary>
public class RoundPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public NominationInput? Input { get; set; }
    [BindProperty] public RoundStepInput? StepInput { get; set; }

    public AwardQueries.RoundDetail Round { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];
    /// <summary>Above the provincial level: the caller's recognised products of the round below that may be put forward.</summary>
    public IReadOnlyList<(int Id, string Name, string Round)> Candidates { get; private set; } = [];
    public string? Refused { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostStepAsync(int id)
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var round = await db.AwardRounds.Include(r => r.Nominations).FirstOrDefaultAsync(r => r.Id == id);
        if (round is null) return NotFound();
        var runner = new Runner(actor, await AwardScope.OwningUnitIdAsync(db, HttpContext.RequestAborted));
        try
        {
            var errors = await RoundSteps.TakeAsync(db, runner, round, StepInput ?? new(null, null), clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
            errors.CopyTo(ModelState, "StepInput", general: "StepInput");
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = "Đã thực hiện: " + (RoundLifecycle.Table.Parse(StepInput?.Step) is { } s ? RoundLifecycle.Table[s].Name : "") + ".";
                return Redirect($"/binh-chon/dot/{id}");
            }
        }
        catch (WorkflowRefusal refusal) when (refusal.Forbidden) { return Forbid(); }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError("StepInput", refusal.Message); }
        catch (RoundSteps.Conflict) { ModelState.AddModelError("StepInput", RoundSteps.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError("StepInput", RoundSteps.ConflictMessage); }
        Refused = "step";
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostNominateAsync(int id)
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var input = (Input ?? new(null, null, null, null, null, null, null, null, null, null)) with { RoundId = id };
        try
        {
            var outcome = await NominationIntake.CheckAsync(db, actor, await current.ScopeAsync(), input, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
            if (outcome.NotFound) return NotFound();
            outcome.Errors.CopyTo(ModelState, "Input", general: "Input");
            if (outcome.Nomination is { } nomination && ModelState.IsValid)
            {
                db.Nominations.Add(nomination);
                await db.SaveChangesAsync();
                TempData["Message"] = $"Đã đề nghị bình chọn sản phẩm {nomination.ProductName}.";
                return Redirect($"/binh-chon/san-pham/{nomination.Id}");
            }
        }
        catch (WorkflowRefusal refusal) when (refusal.Forbidden) { return Forbid(); }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError("Input", refusal.Message); }
        catch (DbUpdateException) { ModelState.AddModelError("Input", "Sản phẩm đã được đề nghị lên cấp trên."); }
        Refused = "nominate";
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var ct = HttpContext.RequestAborted;
        var scope = await current.ScopeAsync(ct);
        var runner = new Runner(actor, await AwardScope.OwningUnitIdAsync(db, ct));
        var round = await AwardQueries.RoundAsync(db, scope, runner, id, VietnamTime.Today(clock), ct);
        if (round is null) return NotFound();
        Round = round;
        if (round.MayNominate && round.Level == AwardLevel.Provincial)
            Communes = [.. (await db.Communes.Where(c => c.ProvinceCode == round.ProvinceCode).Select(c => new { c.Code, c.Name }).ToListAsync(ct))
                .OrderBy(c => c.Name, VietnameseText.Order).Select(c => (c.Code, c.Name))];
        else if (round.MayNominate)
        {
            var below = round.Level - 1;
            var years = new[] { round.Year, round.Year - 1 };
            var query = db.Nominations.AsNoTracking().Where(n => n.Recognised == true && !db.Nominations.Any(x => x.PreviousNominationId == n.Id));
            if (!actor.IsAdministrator) query = query.Where(n => n.ProvinceCode == actor.ProvinceCode);
            var rows = await query.Join(db.AwardRounds.Where(r => r.Level == below && years.Contains(r.Year)), n => n.RoundId, r => r.Id,
                    (n, r) => new { n.Id, n.ProductName, n.ProvinceCode, r.Title })
                .OrderBy(x => x.Id).Take(500).ToListAsync(ct);
            Candidates = [.. rows.Where(x => round.Level != AwardLevel.Regional || Regions.Of(x.ProvinceCode) == round.Region).Select(x => (x.Id, x.ProductName, x.Title))];
        }
        return Page();
    }
}
