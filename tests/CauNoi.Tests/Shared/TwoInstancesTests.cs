using Microsoft.AspNetCore.Mvc.Testing;

namespace CauNoi.Tests.Shared;

/// <summary>Two app instances on one database behave as one: nothing lives in one instance's memory.</summary>
public abstract class TwoInstancesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task BearerToken_IssuedByOneInstance_WorksOnTheOther()
    {
        var first = await App.ApiAs("so.tuyenquang");
        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        var second = secondInstance.CreateClient();
        second.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;

        var me = await second.GetFromJsonAsync<CauNoi.Web.Features.Accounts.AccountsApi.Me>("/api/v1/me", Ct);

        Assert.Equal("so.tuyenquang", me!.UserName);
    }

    [Fact]
    public async Task SignInCookie_FromOneInstance_WorksOnTheOther()
    {
        var first = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await first.GetAsync("/dang-nhap", Ct);
        var cookies = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = PageClient.Parse(await form.Content.ReadAsStringAsync(Ct)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "so.tuyenquang", ["Input.Password"] = CauNoi.Web.Data.DemoData.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        var signedIn = await first.SendAsync(post, Ct);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CauNoi.Auth")).Split(';')[0];

        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        var second = secondInstance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", auth);
        var response = await second.SendAsync(home, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hoàng Thị Lan", await response.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TwoInstancesOnSqlite(SqliteApp app) : TwoInstancesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesOnPostgres(PostgresApp app) : TwoInstancesTests(app);
