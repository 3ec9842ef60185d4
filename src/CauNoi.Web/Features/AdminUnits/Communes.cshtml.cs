using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.AdminUnits;

public class CommunesPage(CauNoiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    public Page<CommuneItem> Communes { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? page)
    {
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        Communes = await AdminUnitQueries.SearchCommunesAsync(db, Province, Q, page, PageSize);
    }
}
