using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Accounts;

/// <summary>Production starts with no account and no known password; the first administrator is set up once.</summary>
public abstract class FirstAdministratorTests(Engine engine)
{
    private sealed class ProductionApp(Engine engine) : CauNoiApp(engine)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("CauNoi:DemoData", "false");
        }
    }

    [Fact]
    public async Task SetupPage_CreatesTheFirstAdministratorOnce_WithTheSetupCode()
    {
        EngineRequirement.RequireAvailable(engine);
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ProductionApp(engine);
        await using (var scope = app.Db())
            Assert.False(await scope.Context.Users.AnyAsync(ct));   // no demo account, no known password

        var page = PageClient.For(app);
        var wrong = await page.PostFormAsync("/cai-dat", Form("sai-ma"));
        Assert.Contains("Mã cài đặt không đúng", await wrong.Content.ReadAsStringAsync(ct));

        var code = FirstAdministrator.SetupCode(app.Services);
        var created = await page.PostFormAsync("/cai-dat", Form(code));
        Assert.Equal("/dang-nhap", created.Headers.Location?.OriginalString);

        var token = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "quantri", password = "Quan@Tri2026" }, ct);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var again = await page.Http.GetAsync("/cai-dat", ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task SetupPage_RefusesAWeakPassword_InVietnamese()
    {
        EngineRequirement.RequireAvailable(engine);
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ProductionApp(engine);
        var page = PageClient.For(app);

        var response = await page.PostFormAsync("/cai-dat", Form(FirstAdministrator.SetupCode(app.Services), password: "matkhau"));

        Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự", await response.Content.ReadAsStringAsync(ct));
        await using var scope = app.Db();
        Assert.False(await scope.Context.Users.AnyAsync(ct));
    }

    private static Dictionary<string, string> Form(string code, string password = "Quan@Tri2026") => new()
    {
        ["Input.SetupCode"] = code, ["Input.UserName"] = "quantri", ["Input.FullName"] = "Quản trị viên", ["Input.Password"] = password,
    };
}

public sealed class FirstAdministratorOnSqlite() : FirstAdministratorTests(Engine.Sqlite);
public sealed class FirstAdministratorOnPostgres() : FirstAdministratorTests(Engine.Postgres);
