using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Meetings;

/// <summary>The conferences and missions the caller sees, by kind, year and region; the newest first.</summary>
public class MeetingsPage(CauNoiDb db, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public MeetingKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>The chairing leader's account: a focal leader's missions, from their measure.</summary>
    [BindProperty(SupportsGet = true)] public string? Chair { get; set; }

    public Page<MeetingsApi.Item> List { get; private set; } = null!;
    public bool MayOrganise { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var actor = Actor.Of(current);
        if (actor is null) return Forbid();
        var scope = await current.ScopeAsync();
        List = await Page<MeetingsApi.Item>.ReadAsync(MeetingsApi.Filtered(db, scope, actor, new(Kind, Year, Region, null, Chair, Q, page)), page, MeetingsApi.PageSize);
        Years = await db.Meetings.VisibleTo(scope, actor).Select(m => m.StartsOn.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        MayOrganise = MeetingScope.MayOrganise(actor);
        return Page();
    }
}
