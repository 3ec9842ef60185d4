using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.AdminUnits;

public class ProvincesPage(CauNoiDb db) : PageModel
{
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    public ILookup<string, FormerProvinceItem> FormerProvinces { get; private set; } = Enumerable.Empty<FormerProvinceItem>().ToLookup(f => "");

    public async Task OnGetAsync()
    {
        Provinces = await AdminUnitQueries.ProvincesAsync(db);
        FormerProvinces = await AdminUnitQueries.FormerProvincesByProvinceAsync(db);
    }
}
