using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Awards;

/// <summary>The rounds by year and level, the same list as the API, and the form that creates a round for those who run one.</summary>
public class RoundsPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public AwardLevel? Level { get; set; }
    [BindProperty] public RoundInput? Input { get; set; }

    public List<AwardQueries.RoundItem> Rounds { get; private set; } = [];
    /// <summary>The levels the caller may run a round of.</summary>
    public IReadOnlyList<AwardLevel> Runs { get; private set; } = [];
    public string? ProvinceName { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var runner = new Runner(actor, await AwardScope.OwningUnitIdAsync(db, HttpContext.RequestAborted));
        try
        {
            var (round, errors) = await RoundIntake.CheckAsync(db, runner, Input ?? new RoundInput(null, null, null, null, null, null, null, null, null, null, null), clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
            errors.CopyTo(ModelState, "Input");
            if (round is not null && ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = $"Đã tạo {round.Title} và Hội đồng bình chọn của đợt.";
                return Redirect($"/binh-chon/dot/{round.Id}");
            }
        }
        catch (WorkflowRefusal refusal) when (refusal.Forbidden) { return Forbid(); }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError("Input", refusal.Message); }
        db.ChangeTracker.Clear();
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (Actor.Of(current) is not { } actor) return Forbid();
        var owning = await AwardScope.OwningUnitIdAsync(db, HttpContext.RequestAborted);
        Rounds = await AwardQueries.RoundsAsync(db, new(Year, Level), HttpContext.RequestAborted);
        Runs = [.. Enum.GetValues<AwardLevel>().Where(l => AwardScope.MayRun(actor, l, l == AwardLevel.Provincial ? actor.ProvinceCode : null, owning)
            || actor.IsAdministrator)];
        if (actor.ProvinceCode is { } p) ProvinceName = await db.Provinces.Where(x => x.Code == p).Select(x => x.Name).FirstOrDefaultAsync();
        return Page();
    }
}
