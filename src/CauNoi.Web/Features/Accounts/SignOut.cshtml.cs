using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Accounts;

public class SignOutModel(SignInManager<AppUser> signIn, CauNoiDb db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // This session ends for every copy of its cookie, not only in this browser; the account's other sessions go on.
        var session = User.FindFirstValue(SignedOutSession.SessionClaim);
        var userId = signIn.UserManager.GetUserId(User);
        if (session is not null && userId is not null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SignedOutSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
            db.SignedOutSessions.Add(new SignedOutSession { Id = session, UserId = userId, SignedOutAt = now, ExpiresAt = now + AccountsSetup.SessionLifetime });
            Audit.SignInAudit.Add(db, HttpContext, User.Identity?.Name ?? "", userId, Audit.SignInAudit.Outcome.SignedOut, Audit.SignInAudit.Page);
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        return Redirect("/dang-nhap");
    }
}
