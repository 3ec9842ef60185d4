using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.AdminUnits;

public class ProvincePage(CauNoiDb db) : PageModel
{
    public AdminUnitQueries.ProvinceSummary Province { get; private set; } = null!;
    public Page<CommuneItem> Communes { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery] int? page)
    {
        if (await AdminUnitQueries.ProvinceSummaryAsync(db, code) is not { } province) return NotFound();
        Province = province;
        Communes = await AdminUnitQueries.SearchCommunesAsync(db, code, Q, page, PageSize);
        return Page();
    }
}
