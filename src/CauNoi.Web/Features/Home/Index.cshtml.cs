using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Home;

public class IndexModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public string FullName { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public int Provinces { get; private set; }
    public int Communes { get; private set; }
    public int MinistryUnits { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        var me = await db.Users.Where(u => u.Id == current.Id).Select(u => new { u.FullName, Org = u.Organisation!.Name }).FirstOrDefaultAsync();
        FullName = me?.FullName ?? User.Identity?.Name ?? "";
        OrganisationName = me?.Org ?? "";
        Provinces = await db.Provinces.CountAsync();
        Communes = await db.Communes.CountAsync();
        MinistryUnits = await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.MinistryUnit && o.IsActive);
        Today = VietnamTime.Today(clock);
    }
}
