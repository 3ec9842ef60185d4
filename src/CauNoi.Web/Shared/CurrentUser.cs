using System.Security.Claims;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Shared;

/// <summary>The signed-in caller of this request and their scope, read once from the database.</summary>
public class CurrentUser(IHttpContextAccessor http, CauNoiDb db, TimeProvider clock)
{
    private Scope? _scope;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();
    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsInRole(string role) => Principal.IsInRole(role);

    public async Task<Scope> ScopeAsync(CancellationToken ct = default) => _scope ??= await LoadScopeAsync(ct);

    private async Task<Scope> LoadScopeAsync(CancellationToken ct)
    {
        if (Id is null) return Scope.Nothing;
        if (IsInRole(Roles.SystemAdministrator) || IsInRole(Roles.MinistryLeader)) return Scope.Everything;

        var org = await db.Users.Where(u => u.Id == Id && u.IsActive)
            .Select(u => new { u.Organisation!.Kind, u.Organisation.Id, u.Organisation.ProvinceCode, u.Organisation.CommuneCode, u.Organisation.IsLocalAffairsHub })
            .FirstOrDefaultAsync(ct);
        if (org is null) return Scope.Nothing;
        // Cục Công Thương địa phương receives, routes and follows up everything the localities raise.
        if (org.Kind == OrganisationKind.MinistryUnit && org.IsLocalAffairsHub) return Scope.Everything;

        List<string> provinces = [];
        if (IsInRole(Roles.FocalLeader))
        {
            var today = VietnamTime.Today(clock);
            provinces = await db.FocalLeaderAssignments
                .Where(a => a.LeaderId == Id && a.EffectiveFrom <= today && (a.EffectiveTo == null || a.EffectiveTo >= today))
                .Select(a => a.ProvinceCode).ToListAsync(ct);
        }
        return org.Kind switch
        {
            OrganisationKind.MinistryUnit => new Scope(false, provinces, null, org.Id),
            OrganisationKind.ProvincialDepartment => new Scope(false, [org.ProvinceCode!], null, null),
            OrganisationKind.CommuneEconomicOffice => new Scope(false, [], org.CommuneCode, null),
            _ => Scope.Nothing,
        };
    }
}
