using System.Security.Claims;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CauNoi.Web.Features.Accounts;

/// <summary>
/// Every authenticated request reads its account again, in one query: a cookie or token of an account that has been
/// disabled, or whose security stamp has changed since it was issued (a password reset, a deactivation), or a cookie
/// of a session that was signed out, is treated as no sign-in at all, and the roles the request carries are the
/// account's roles now, not those it was issued with. So a change to an account takes effect at its next request.
/// What it read of the account and its organisation is the request's <see cref="SignedInAccount"/>: the caller,
/// loaded once, from which <see cref="CurrentUser"/> makes the scope and the workflow its <c>Actor</c>.
/// </summary>
public static class AccountCheck
{
    public static IApplicationBuilder UseAccountCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
            context.User = CookieChangingTheApi(context) ? new ClaimsPrincipal(new ClaimsIdentity())
                : await CurrentAsync(context) ?? new ClaimsPrincipal(new ClaimsIdentity());
        await next();
    });

    /// <summary>
    /// The API changes nothing on a cookie alone: another site's form can make the browser send the cookie (a multipart
    /// upload, an empty body), never a bearer token. The pages change things through their own forms, with antiforgery.
    /// </summary>
    private static bool CookieChangingTheApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && !AccountsSetup.SendsBearerToken(context.Request);

    private static async Task<ClaimsPrincipal?> CurrentAsync(HttpContext context)
    {
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        var session = context.User.FindFirstValue(SignedOutSession.SessionClaim);   // cookies only; tokens have none
        if (id is null) return null;

        var db = context.RequestServices.GetRequiredService<CauNoiDb>();
        var account = await Stored.ById.For(db)(db, id, session, context.RequestAborted);
        if (account is null || !account.IsActive || account.SecurityStamp != stamp || account.SignedOut) return null;
        context.Features.Set(account.Account);

        var identity = (ClaimsIdentity)context.User.Identity!;
        var current = new ClaimsIdentity(identity.Claims.Where(c => c.Type != claims.RoleClaimType), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        current.AddClaims(account.Roles.Select(role => new Claim(claims.RoleClaimType, role)));
        return new ClaimsPrincipal(current);
    }

    /// <summary>What the check reads of an account, in one statement.</summary>
    private sealed class Stored
    {
        public bool IsActive { get; init; }
        public string? SecurityStamp { get; init; }
        public required SignedInAccount Account { get; init; }
        public bool SignedOut { get; init; }
        public required List<string> Roles { get; init; }

        public static readonly CompiledQuery<Func<CauNoiDb, string, string?, CancellationToken, Task<Stored?>>> ById = new(() => EF.CompileAsyncQuery(
            (CauNoiDb db, string id, string? session, CancellationToken ct) => db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new Stored
            {
                IsActive = u.IsActive, SecurityStamp = u.SecurityStamp,
                Account = new SignedInAccount(u.Id, u.FullName, u.OrganisationId, u.Organisation!.Name, u.Organisation.Kind,
                    u.Organisation.ProvinceCode, u.Organisation.CommuneCode, u.Organisation.IsLocalAffairsHub, u.Organisation.AnswersNeedApproval),
                SignedOut = session != null && db.SignedOutSessions.Any(s => s.Id == session),
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            }).FirstOrDefault()));
    }
}

/// <summary>The signed-in account of this request, as <see cref="AccountCheck"/> read it, with its organisation.</summary>
/// <param name="IsLocalAffairsHub">The organisation's flag as stored; ask <see cref="IsCoordinatingHub"/>.</param>
public sealed record SignedInAccount(
    string Id, string FullName, int OrganisationId, string OrganisationName, OrganisationKind Kind, string? ProvinceCode, string? CommuneCode, bool IsLocalAffairsHub,
    bool AnswersNeedApproval)
{
    /// <summary>
    /// In Cục Công Thương địa phương, the Ministry's unit that receives, routes and follows up everything the localities
    /// raise: it sees every locality's records and handles any of them. Decided here once, for the scope and the workflow.
    /// </summary>
    public bool IsCoordinatingHub => Kind == OrganisationKind.MinistryUnit && IsLocalAffairsHub;
}
