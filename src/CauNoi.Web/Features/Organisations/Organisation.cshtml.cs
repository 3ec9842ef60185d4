using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.Organisations.OrganisationsApi;

namespace CauNoi.Web.Features.Organisations;

public class OrganisationPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{

    public OrganisationDetail Detail { get; private set; } = null!;
    public OrganisationKind Kind { get; private set; }
    public string? ProvinceName { get; private set; }
    public string? CommuneName { get; private set; }
    public IReadOnlyList<Person> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await OrganisationQueries.DetailAsync(db, await current.ScopeAsync(), id, VietnamTime.Today(clock)) is not { } detail) return NotFound();
        var org = detail.Organisation;
        Detail = detail;
        Kind = Enum.Parse<OrganisationKind>(org.Kind);
        ProvinceName = await db.Provinces.Where(p => p.Code == org.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync();
        CommuneName = await db.Communes.Where(c => c.Code == org.CommuneCode).Select(c => c.Name).FirstOrDefaultAsync();
        Staff = detail.Staff.OrderBy(p => p.FullName, VietnameseText.Order).ToList();
        return Page();
    }
}
