using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>The khuyến công proposals the caller sees, by year, plan, province, stage and activity; the same list as the API.</summary>
public class ProposalsPage(CauNoiDb db, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public ProposalStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public PromotionActivity? Activity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Page<PromotionQueries.ProposalItem> List { get; private set; } = null!;
    public bool MayRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller) return Forbid();
        List = await PromotionQueries.ListAsync(db, await current.ScopeAsync(), caller.Actor, new(Year, Plan, Province, Stage, Activity, Q, page));
        MayRegister = PromotionScope.KeepsAny(caller);
        return Page();
    }
}
