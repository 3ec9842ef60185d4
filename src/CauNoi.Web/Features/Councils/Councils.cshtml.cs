using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Councils;

/// <summary>The councils the caller sees (the same list as the API), and the score forms they owe as a member.</summary>
public class CouncilsPage(CauNoiDb db, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public CouncilPurpose? Purpose { get; set; }
    [BindProperty(SupportsGet = true)] public CouncilStatus? Status { get; set; }

    public Page<CouncilQueries.Item> List { get; private set; } = null!;
    public IReadOnlyList<CouncilQueries.MySheet> MySheets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var actor = Actor.Of(current);
        if (actor is null) return Forbid();
        List = await CouncilQueries.ListAsync(db, await current.ScopeAsync(), actor, new(Purpose, Status, null, page));
        MySheets = await CouncilQueries.MySheetsAsync(db, actor);
        return Page();
    }
}
