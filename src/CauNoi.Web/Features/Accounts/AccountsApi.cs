using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Features.Accounts;

public static class AccountsApi
{
    public sealed record TokenRequest(string? UserName, string? Password);
    public sealed record Me(string Id, string UserName, string FullName, string? JobTitle, IReadOnlyList<string> Roles,
        int OrganisationId, string OrganisationName, string? ProvinceCode, string? CommuneCode, IReadOnlyList<string> FocalProvinces);

    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueToken).AllowAnonymous().RequireRateLimiting(AccountsSetup.SignInRateLimit)
            .WithSummary("Đăng nhập bằng tên và mật khẩu, nhận bearer token");
        api.MapGet("/me", GetMe).WithSummary("Người dùng hiện tại, đơn vị và phạm vi");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueToken(TokenRequest request, SignInManager<AppUser> signIn, CauNoiDb db)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrWhiteSpace(request.Password))
            return Problems.BadRequest("Thiếu tên đăng nhập hoặc mật khẩu.");

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        if (!await Credentials.SignInAsync(signIn, db, request.UserName!, request.Password!, Audit.SignInAudit.Api))
            return Problems.Unauthorized(Credentials.Refusal);
        // SignInManager has written the token response.
        return TypedResults.Empty;
    }

    private static async Task<Results<Ok<Me>, NotFound>> GetMe(CurrentUser current, CauNoiDb db)
    {
        var me = await db.Users.Where(u => u.Id == current.Id)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.JobTitle, u.OrganisationId, Org = u.Organisation!.Name, u.Organisation.ProvinceCode, u.Organisation.CommuneCode })
            .FirstOrDefaultAsync();
        if (me is null) return TypedResults.NotFound();
        var scope = await current.ScopeAsync();
        var roles = Roles.All.Where(current.IsInRole).ToList();
        var focal = current.IsInRole(Roles.FocalLeader) ? scope.ProvinceCodes : [];
        return TypedResults.Ok(new Me(me.Id, me.UserName!, me.FullName, me.JobTitle, roles, me.OrganisationId, me.Org, me.ProvinceCode, me.CommuneCode, focal));
    }
}
