using Microsoft.AspNetCore.Hosting;

namespace CauNoi.Tests.Features.Accounts;

public abstract class SignInRateLimitTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task RepeatedSignInAttempts_AreSlowedDown_WithAVietnameseProblem()
    {
        // The same database, served by an instance with the production limit of ten a minute.
        await using var strict = App.WithWebHostBuilder(b => b.UseSetting("CauNoi:SignInPermitsPerMinute", "10"));
        var client = strict.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "khong.ton.tai", password = "Sai@Matkhau1" }, Ct)).StatusCode);

        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "so.hanoi", password = CauNoi.Web.Data.DemoData.Password }, Ct);

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("quá nhiều lần", await limited.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpeningTheSignInPage_IsNoAttempt()
    {
        await using var strict = App.WithWebHostBuilder(b => b.UseSetting("CauNoi:SignInPermitsPerMinute", "3"));
        var client = strict.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) pages.Add((await client.GetAsync("/dang-nhap", Ct)).StatusCode);

        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "so.hanoi", password = CauNoi.Web.Data.DemoData.Password }, Ct);

        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInRateLimitOnSqlite(SqliteApp app) : SignInRateLimitTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInRateLimitOnPostgres(PostgresApp app) : SignInRateLimitTests(app);
