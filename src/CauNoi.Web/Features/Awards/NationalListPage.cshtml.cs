using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Awards;

/// <summary>The national list of a year: counts by province and by group, and the products; the same as the API, with its .xlsx.</summary>
public class NationalListPage(CauNoiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public NationalList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Year ??= await db.AwardRounds.Where(r => r.Level == AwardLevel.National && r.Stage == RoundStage.Closed).MaxAsync(r => (int?)r.Year) ?? VietnamTime.Today(clock).Year;
        List = await NationalList.ReadAsync(db, Year.Value, HttpContext.RequestAborted);
        return Page();
    }
}
