using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Web.Features.Accounts;

public static class AccountsSetup
{
    public const string SignInRateLimit = "sign-in";
    /// <summary>How long a sign-in lasts without use (the cookie slides) and a bearer token lasts at all.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);
    /// <summary>Pages take the Identity cookie only; the API also takes bearer tokens from /api/v1/auth/token.</summary>
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("CauNoi:SignInPermitsPerMinute", 30);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = context =>
                SendsBearerToken(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = SessionLifetime)
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CauNoiDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "CauNoi.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = SessionLifetime;
            o.SlidingExpiration = true;
            // Each sign-in is a session of its own, so that signing out ends it (SignedOutSession) and no other.
            o.Events.OnSigningIn = context =>
            {
                if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedOutSession.SessionClaim))
                    identity.AddClaim(new System.Security.Claims.Claim(SignedOutSession.SessionClaim, Guid.NewGuid().ToString("N")));
                return Task.CompletedTask;
            };
            // The API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });

        // The cookie's principal is rebuilt from the account now and then: it keeps its session.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(SignedOutSession.SessionClaim) is { } session && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                identity.AddClaim(new System.Security.Claims.Claim(session.Type, session.Value));
            return Task.CompletedTask;
        });

        services.AddAuthorization();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address, sign-in attempts a minute (CauNoi:SignInPermitsPerMinute), whatever the account; an
            // account itself is locked after five wrong passwords. Opening the sign-in page is no attempt: an office
            // behind one address shares the limit only for the passwords it sends.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                // WriteAsJsonAsync sets its own content type unless told which.
                await context.HttpContext.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = 429, Title = "Quá nhiều yêu cầu", Detail = "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau một phút.",
                }, options: null, contentType: "application/problem+json", ct);
            };
        });
        return services;
    }

    /// <summary>An API call with a bearer token: the token is its sign-in, not the cookie; a page never takes a token.</summary>
    public static bool SendsBearerToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
