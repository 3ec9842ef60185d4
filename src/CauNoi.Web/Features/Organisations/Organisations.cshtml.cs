using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.Organisations;

public class OrganisationsPage(CauNoiDb db, CurrentUser current) : PageModel
{
    public sealed record Row(int Id, OrganisationKind Kind, string Code, string Name, string? ShortName, string? ProvinceCode, bool IsLocalAffairsHub);


    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    public Page<Row> Organisations { get; private set; } = null!;

    public string? ProvinceName(string? code) => Provinces.FirstOrDefault(p => p.Code == code)?.Name;

    public async Task OnGetAsync([FromQuery] int? page)
    {
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        var rows = OrganisationQueries.Find(db, await current.ScopeAsync(), Kind, Province, Q)
            .OrderBy(o => o.Kind).ThenBy(o => o.ProvinceCode).ThenBy(o => o.Code)
            .Select(o => new Row(o.Id, o.Kind, o.Code, o.Name, o.ShortName, o.ProvinceCode, o.IsLocalAffairsHub));
        Organisations = await Page<Row>.ReadAsync(rows, page, OrganisationsApi.PageSize);
        // A list that fits on one page is read in Vietnamese name order; longer lists keep code order, which pages stably in the database.
        if (Organisations.PageCount == 1)
            Organisations = Organisations with { Items = Organisations.Items.OrderBy(o => o.Kind).ThenBy(o => o.Name, VietnameseText.Order).ToList() };
    }
}
