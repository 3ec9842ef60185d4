using System.Security.Claims;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Shared;

/// <summary>The signed-in caller of this request and their scope, from the account <see cref="AccountCheck"/> read.</summary>
public class CurrentUser(IHttpContextAccessor http, CauNoiDb db, TimeProvider clock)
{
    private Scope? _scope;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();
    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public bool IsInRole(string role) => Principal.IsInRole(role);

    /// <summary>The account as checked at this request; null when no one, or no one still allowed, is signed in.</summary>
    public SignedInAccount? Account => http.HttpContext?.Features.Get<SignedInAccount>() is { } account && account.Id == Id ? account : null;

    public async Task<Scope> ScopeAsync(CancellationToken ct = default) => _scope ??= await LoadScopeAsync(ct);

    private async Task<Scope> LoadScopeAsync(CancellationToken ct)
    {
        // Only an account checked at this request has a scope: a disabled one has none, whatever its roles were.
        if (Account is not { } account) return Scope.Nothing;
        if (IsInRole(Roles.SystemAdministrator) || IsInRole(Roles.MinistryLeader)) return Scope.Everything;
        if (account.IsCoordinatingHub) return Scope.Everything;

        List<string> provinces = [];
        if (IsInRole(Roles.FocalLeader))
        {
            var today = VietnamTime.Today(clock);
            provinces = await db.FocalLeaderAssignments
                .Where(a => a.LeaderId == Id && a.EffectiveFrom <= today && (a.EffectiveTo == null || a.EffectiveTo >= today))
                .Select(a => a.ProvinceCode).ToListAsync(ct);
        }
        return account.Kind switch
        {
            OrganisationKind.MinistryUnit => new Scope(false, provinces, null, account.OrganisationId),
            OrganisationKind.ProvincialDepartment => new Scope(false, [account.ProvinceCode!], null, null),
            OrganisationKind.CommuneEconomicOffice => new Scope(false, [], account.CommuneCode, null),
            _ => Scope.Nothing,
        };
    }
}
