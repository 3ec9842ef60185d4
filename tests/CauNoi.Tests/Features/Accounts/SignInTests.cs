using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Accounts;

public abstract class SignInTests(CauNoiApp app) : AppTests(app)
{
    private const string Password = "Kiem@Tra2026";

    /// <summary>A throwaway province officer, so that locking it out disturbs no other test.</summary>
    private async Task<string> NewOfficer()
    {
        await using var scope = App.Db();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var org = await scope.Context.Organisations.SingleAsync(o => o.Code == "SCT-01", Ct);
        var user = new AppUser { UserName = "kiemtra." + Guid.NewGuid().ToString("N")[..8], FullName = "Cán bộ kiểm thử", OrganisationId = org.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.ProvinceOfficer)).Succeeded);
        return user.UserName;
    }

    private async Task<HttpResponseMessage> RequestToken(string userName, string password) =>
        await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);

    [Fact]
    public async Task Token_WithTheRightPassword_OpensTheApi()
    {
        var userName = await NewOfficer();

        var token = await (await RequestToken(userName, Password)).Content.ReadFromJsonAsync<TokenBody>(Ct);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!.AccessToken);
        var me = await client.GetFromJsonAsync<AccountsApi.Me>("/api/v1/me", Ct);

        Assert.Equal(userName, me!.UserName);
        Assert.Equal("01", me.ProvinceCode);
    }

    private sealed record TokenBody(string AccessToken, string TokenType);

    [Fact]
    public async Task Token_WithAWrongPassword_IsRefusedInVietnamese()
    {
        var userName = await NewOfficer();

        var response = await RequestToken(userName, "Sai@Matkhau1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Token_WithoutAPassword_IsABadRequest()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "so.hanoi" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Thiếu tên đăng nhập hoặc mật khẩu", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnOverlongUserName_IsRefusedInVietnamese()
    {
        var page = await PageClient.For(App).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = new string('a', 300), ["Input.Password"] = Password });

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tên đăng nhập dài tối đa 256 ký tự.", html);
        Assert.DoesNotContain("must be a string", html);
    }

    [Fact]
    public async Task ALockedAccount_IsAnsweredLikeOneThatDoesNotExist_OnTheApiAndThePage()
    {
        var userName = await NewOfficer();
        for (var i = 0; i < 5; i++) await RequestToken(userName, "Sai@Matkhau1");
        var nobodyName = "khong.ai." + Guid.NewGuid().ToString("N")[..8];

        var locked = await RequestToken(userName, Password);
        var nobody = await RequestToken(nobodyName, Password);
        var lockedPage = await PageClient.For(App).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        var nobodyPage = await PageClient.For(App).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = nobodyName, ["Input.Password"] = Password });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (locked.StatusCode, nobody.StatusCode));
        Assert.Equal(await DetailAsync(nobody), await DetailAsync(locked));
        Assert.Equal(Alert(await nobodyPage.Content.ReadAsStringAsync(Ct)), Alert(await lockedPage.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task EveryRefusedSignIn_HashesOnePassword_SoItsTimeSaysNothingOfTheAccount()
    {
        var userName = await NewOfficer();
        var hashes = new CountingHasher();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<AppUser>>(_ => hashes)));
        var client = app.CreateClient();
        async Task<int> HashesFor(string name, string password)
        {
            var before = hashes.Verified;
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password }, Ct);
            return hashes.Verified - before;
        }

        var wrongPassword = await HashesFor(userName, "Sai@Matkhau1");
        var nobody = await HashesFor("khong.ai." + Guid.NewGuid().ToString("N")[..8], "Sai@Matkhau1");
        for (var i = 0; i < 4; i++) await HashesFor(userName, "Sai@Matkhau1");
        var locked = await HashesFor(userName, Password);

        Assert.Equal((1, 1, 1), (wrongPassword, nobody, locked));
    }

    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.IPasswordHasher<AppUser>
    {
        private readonly Microsoft.AspNetCore.Identity.PasswordHasher<AppUser> _hasher = new();
        private int _verified;
        public int Verified => Volatile.Read(ref _verified);
        public string HashPassword(AppUser user, string password) => _hasher.HashPassword(user, password);
        public Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("detail").GetString();

    private static string? Alert(string html) =>
        PageClient.Parse(html).QuerySelector(".validation-summary-errors, [data-valmsg-summary], .alert-danger")?.TextContent.Trim();

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var userName = await NewOfficer();
        for (var i = 0; i < 5; i++) await RequestToken(userName, "Sai@Matkhau1");

        var response = await RequestToken(userName, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("tạm khóa", await response.Content.ReadAsStringAsync(Ct));
        var page = await PageClient.For(App).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);   // the form again, not a redirect into the app
        Assert.Contains("tạm khóa", await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignInPage_SignsInWithACookie_AndSignsOut()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (status, home) = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Phạm Minh Tuấn", home.QuerySelector("h1")!.TextContent);

        var signOut = await client.PostFormAsync("/dang-xuat", [], formPage: "/");
        Assert.Equal("/dang-nhap", signOut.Headers.Location?.OriginalString);
        var after = await client.Http.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task SignInForm_WithoutAntiforgeryToken_IsRefused()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "so.hanoi", ["Input.Password"] = CauNoi.Web.Data.DemoData.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("CauNoi.Auth", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []));
    }

    [Fact]
    public async Task OverHttps_TheSignInCookieIsSecureHttpOnlyAndSameSite()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var form = await client.GetAsync("/dang-nhap", Ct);
        var antiforgeryCookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = PageClient.Parse(await form.Content.ReadAsStringAsync(Ct))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "so.hanoi", ["Input.Password"] = CauNoi.Web.Data.DemoData.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(request, Ct);
        var auth = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith("CauNoi.Auth")) : null;

        Assert.NotNull(auth);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app);
