using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CauNoi.Tests.Security;

/// <summary>Over HTTPS, no cookie the application sets can be read by script, sent over plain HTTP or sent by another site's form.</summary>
public abstract class CookieTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task OverHttps_EveryCookieTheAppSets_IsSecureHttpOnlyAndSameSite()
    {
        var account = await HostileCorpusTests.NewAccountAsync(App, "banh.quy." + Guid.NewGuid().ToString("N")[..8], "SCT-01", Roles.ProvinceOfficer, DemoData.Password);
        var cookies = new List<string>();
        var browser = new PageClient(App.CreateDefaultClient(new Uri("https://localhost"), new Recorder(cookies), new CookieContainerHandler()));

        // The sign-in form (antiforgery), signing in (the session), a page that leaves a message for the next one (TempData).
        var signIn = await browser.PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = account.UserName, ["Input.Password"] = DemoData.Password });
        var readAll = await browser.PostFormAsync("/thong-bao?handler=ReadAll", [], formPage: "/thong-bao");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        var names = cookies.Select(c => c.Split('=')[0]).Distinct().ToList();
        Assert.Contains("CauNoi.Auth", names);
        Assert.Contains(names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", names);
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("secure") && attributes.Contains("httponly") && attributes.Any(a => a is "samesite=lax" or "samesite=strict"),
                $"Set-Cookie: {cookie}");
        });
    }

    /// <summary>Keeps every Set-Cookie header the browser receives.</summary>
    private sealed class Recorder(List<string> cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var set)) cookies.AddRange(set);
            return response;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CookiesOnSqlite(SqliteApp app) : CookieTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CookiesOnPostgres(PostgresApp app) : CookieTests(app);
