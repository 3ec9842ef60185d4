using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Meetings;

/// <summary>Each focal leader's missions in a year and what they led to (<see cref="FocalLeaderMissions"/>); the Ministry's own measure.</summary>
public class FocalLeadersPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<FocalLeaderMissions.Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.Of(current) is not { } actor || !(actor.IsMinistry || actor.IsAdministrator)) return Forbid();
        var today = VietnamTime.Today(clock);
        ShownYear = Year is { } y && y >= 2025 && y <= today.Year ? y : today.Year;
        Lines = await FocalLeaderMissions.LoadAsync(db, ShownYear, today);
        return Page();
    }
}
