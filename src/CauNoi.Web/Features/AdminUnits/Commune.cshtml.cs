using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.AdminUnits;

public class CommunePage(CauNoiDb db) : PageModel
{
    public CommuneDetail Commune { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await AdminUnitQueries.CommuneAsync(db, code) is not { } commune) return NotFound();
        Commune = commune;
        return Page();
    }
}
