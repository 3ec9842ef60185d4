using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Security;

/// <summary>
/// A change to an account takes effect at its next request, whatever the caller still holds: a token or cookie of a
/// disabled account, of an account whose password an administrator reset, or from before a sign-out, opens nothing;
/// roles taken away are gone; the interface's pages take no bearer token.
/// </summary>
public abstract class AccountChangeTests(CauNoiApp app) : AppTests(app)
{
    private const string Password = "Doi@MatKhau2026";

    private async Task<(HostileCorpusTests.Account Account, HttpClient Api)> NewAccountWithTokenAsync(string role, string organisation = "VPB")
    {
        var account = await HostileCorpusTests.NewAccountAsync(App, "doi." + Guid.NewGuid().ToString("N")[..10], organisation, role, Password);
        return (account, await App.ApiAs(account.UserName, Password));
    }

    private async Task ChangeAsync(string userId, Func<UserManager<AppUser>, AppUser, Task> change)
    {
        await using var scope = App.Db();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        await change(users, (await users.FindByIdAsync(userId))!);
    }

    [Fact]
    public async Task DisabledAccount_ItsTokenOpensNothing_FromTheNextRequest()
    {
        var (account, api) = await NewAccountWithTokenAsync(Roles.MinistryLeader);
        var hanoi = await RecommendationSetup.SubmitAsync(App, "Kiến nghị xem trước khi tài khoản bị khóa", Ct, "so.hanoi");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/recommendations/{hanoi}", Ct)).StatusCode);

        // Only the flag, as an administrator's edit sets it: no new stamp.
        await using (var scope = App.Db())
            await scope.Context.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/api/v1/recommendations/{hanoi}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task RolesTakenAway_AreGone_FromTheNextRequest()
    {
        var (account, api) = await NewAccountWithTokenAsync(Roles.MinistryLeader);
        var hanoi = await RecommendationSetup.SubmitAsync(App, "Kiến nghị lãnh đạo Bộ xem trước khi thôi vai trò", Ct, "so.hanoi");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/recommendations/{hanoi}", Ct)).StatusCode);

        await ChangeAsync(account.Id, (users, user) => users.RemoveFromRoleAsync(user, Roles.MinistryLeader));

        var me = await api.GetFromJsonAsync<AccountsApi.Me>("/api/v1/me", Ct);
        Assert.Empty(me!.Roles);
        // Văn phòng Bộ sees what is routed to it; another province's record is not.
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/recommendations/{hanoi}", Ct)).StatusCode);
    }

    [Fact]
    public async Task PasswordResetByAnAdministrator_EndsTheTokenIssuedBefore()
    {
        var (account, api) = await NewAccountWithTokenAsync(Roles.ProvinceOfficer, "SCT-01");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);

        await ChangeAsync(account.Id, async (users, user) =>
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Moi@MatKhau2026")).Succeeded));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_ACopyOfItsCookieIncluded()
    {
        var account = await HostileCorpusTests.NewAccountAsync(App, "doi." + Guid.NewGuid().ToString("N")[..10], "SCT-01", Roles.ProvinceOfficer, Password);
        var browser = await PageClient.SignedIn(App, account.UserName, Password);
        var copy = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = (await browser.Http.GetAsync("/", Ct)).RequestMessage!.Headers.GetValues("Cookie").Single();
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(copy, cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/dang-xuat", [], formPage: "/")).StatusCode);

        var after = await SendWithCookieAsync(copy, cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/dang-nhap", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task InterfacePages_TakeNoBearerToken_EvenAnAdministratorsOne()
    {
        var (_, api) = await NewAccountWithTokenAsync(Roles.SystemAdministrator);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
        var pages = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        pages.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;

        var users = await pages.GetAsync("/quan-tri/nguoi-dung", Ct);

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/dang-nhap", users.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheApi_ChangesNothingOnACookieAlone_ButReadsWithIt()
    {
        var account = await HostileCorpusTests.NewAccountAsync(App, "doi." + Guid.NewGuid().ToString("N")[..10], "SCT-01", Roles.ProvinceOfficer, Password);
        var browser = await PageClient.SignedIn(App, account.UserName, Password);

        // What another site's form could make the browser send: an empty body, a multipart upload.
        var readAll = await browser.Http.PostAsync("/api/v1/notifications/read-all", null, Ct);
        var upload = await browser.Http.PostAsync("/api/v1/recommendations/import", new MultipartFormDataContent(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, readAll.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me", Ct)).StatusCode);
        await using var scope = App.Db();
        Assert.False(await scope.Context.NotificationReadMarks.AnyAsync(m => m.UserId == account.Id, Ct));
    }

    private static Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountChangeOnSqlite(SqliteApp app) : AccountChangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountChangeOnPostgres(PostgresApp app) : AccountChangeTests(app);
