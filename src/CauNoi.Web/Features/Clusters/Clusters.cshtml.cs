using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>The registry's clusters the caller sees, by province, region, stage and former district; the same list as the API.</summary>
public class ClustersPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true)] public ClusterStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Page<ClusterQueries.Item> List { get; private set; } = null!;
    public IReadOnlyList<AdminUnitsApi.ProvinceItem> Provinces { get; private set; } = [];
    public bool MayRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var actor = Actor.Of(current);
        if (actor is null) return Forbid();
        var scope = await current.ScopeAsync();
        List = await ClusterQueries.ListAsync(db, scope, actor, new(Province, Region, Stage, District, Q, page), VietnamTime.Today(clock));
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        if (!scope.SeesAll && !actor.IsMinistry) Provinces = [.. Provinces.Where(p => scope.ProvinceCodes.Contains(p.Code))];
        MayRegister = ClusterQueries.KeepsAny(actor);
        return Page();
    }
}
