using CauNoi.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Features.Accounts;

/// <summary>
/// A user name and password, checked alike for the sign-in page and the token API. An account that does not exist,
/// is disabled, is locked or was given a wrong password gets the same answer, in words and in time (a password is
/// hashed either way), so that signing in tells nobody which accounts exist.
/// </summary>
public static class Credentials
{
    public const string Refusal = "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút.";

    private static readonly string NoAccountsHash = new PasswordHasher<AppUser>().HashPassword(null!, Guid.NewGuid().ToString());

    /// <summary>
    /// Signs in with the manager's scheme (the cookie, or a bearer token when the caller set it); false to refuse.
    /// Every attempt goes into the audit log, <paramref name="via"/> the page or the API, whatever its outcome.
    /// </summary>
    public static async Task<bool> SignInAsync(SignInManager<AppUser> signIn, CauNoiDb db, string userName, string password, string via)
    {
        var name = userName.Trim();
        // No account's name holds a control character; PostgreSQL could not even compare one that holds NUL.
        var user = name.Any(char.IsControl) ? null : await signIn.UserManager.FindByNameAsync(name);
        var result = user is { IsActive: true }
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)
            : SignInResult.Failed;
        // Identity checks no password for a missing, disabled or locked account: hash one, so that the answer takes as long.
        if (user is not { IsActive: true } || result.IsLockedOut)
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(null!, NoAccountsHash, password);
        var outcome = result.Succeeded ? SignInAudit.Outcome.SignedIn
            : user is null ? SignInAudit.Outcome.UnknownAccount
            : !user.IsActive ? SignInAudit.Outcome.Disabled
            : result.IsLockedOut ? SignInAudit.Outcome.LockedOut
            : SignInAudit.Outcome.WrongPassword;
        await SignInAudit.WriteAsync(db, signIn.Context, name, user?.Id, outcome, via);
        return result.Succeeded;
    }
}
