using System.Net;
using CauNoi.Tests.Features.Accounts;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Audit;

namespace CauNoi.Tests.Features.Audit;

/// <summary>Sign-ins, refusals and sign-outs in the audit log, for administrators: who, how, from where, never the password.</summary>
public abstract class SignInAuditTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>The password UserAdminTests.ArrangeUser gives the accounts it makes.</summary>
    private const string ArrangedPassword = "KiemThu@2025";

    [Fact]
    public async Task ARefusedSignIn_ShowsTheNameTypedAndTheAddress_AndThePasswordTypedIsNowhere()
    {
        var typed = "khong.co." + Guid.NewGuid().ToString("N")[..8];
        var password = "MatKhauBiMat-" + Guid.NewGuid().ToString("N");

        // The test server's caller is this machine, a trusted proxy, so the client's address is the one it forwards.
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.41");
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = typed, password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var row = await OnlyRow($"/quan-tri/nhat-ky?user={typed}");
        Assert.Equal(typed, row.Children[1].TextContent);
        Assert.Equal("Đăng nhập bị từ chối", row.Children[2].TextContent);
        Assert.Equal("Tên đăng nhập không có tài khoản", row.Children[3].TextContent.Trim());
        Assert.Equal(typed, AuditLogTests.Field(row, "Tên đăng nhập"));
        Assert.Equal("Không có tài khoản này", AuditLogTests.Field(row, "Kết quả"));
        Assert.Equal("203.0.113.41", AuditLogTests.Field(row, "Địa chỉ IP"));
        Assert.Equal("API (nhận bearer token)", AuditLogTests.Field(row, "Qua"));
        await using var scope = App.Db();
        Assert.False(await scope.Context.AuditEntries.AnyAsync(a =>
            a.UserName.Contains(password) || a.EntityKey.Contains(password) || a.OldValues!.Contains(password) || a.NewValues!.Contains(password), Ct));
    }

    [Fact]
    public async Task AWrongPasswordOnThePage_IsLoggedAgainstTheAccount_WithoutThePassword()
    {
        var userName = "kiemtra.sai." + Guid.NewGuid().ToString("N")[..8];
        var id = await UserAdminTests.ArrangeUser(App, userName, "Phan Thị Nhập Sai", "XA-00070", Roles.CommuneOfficer);
        var password = "Sai-" + Guid.NewGuid().ToString("N");

        var refused = await PageClient.For(App).PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var row = await OnlyRow($"/quan-tri/nhat-ky?user={userName}&thao-tac={AuditTrail.SignInRefused}");
        Assert.Equal(userName, row.Children[1].TextContent);
        Assert.Equal($"Tài khoản Phan Thị Nhập Sai ({userName})", row.Children[3].TextContent.Trim());
        Assert.Equal("Sai mật khẩu", AuditLogTests.Field(row, "Kết quả"));
        Assert.Equal("Trang đăng nhập", AuditLogTests.Field(row, "Qua"));
        await using var scope = App.Db();
        var logged = await scope.Context.AuditEntries.Where(a => a.EntityKey == id || a.UserName == userName).ToListAsync(Ct);
        Assert.Contains(logged, a => a.Action == AuditTrail.SignInRefused);
        Assert.DoesNotContain(logged, a => (a.UserName + a.OldValues + a.NewValues).Contains(password));
    }

    [Fact]
    public async Task ADisabledAccount_IsRefusedAndTheLogSaysWhy()
    {
        var userName = "kiemtra.tat." + Guid.NewGuid().ToString("N")[..8];
        var id = await UserAdminTests.ArrangeUser(App, userName, "Trần Văn Đã Tắt", "XA-00070", Roles.CommuneOfficer);
        await using (var scope = App.Db())
            await scope.Context.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false), Ct);

        var refused = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = ArrangedPassword }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var row = await OnlyRow($"/quan-tri/nhat-ky?user={userName}&thao-tac={AuditTrail.SignInRefused}");
        Assert.Equal("Tài khoản đã bị vô hiệu hóa", AuditLogTests.Field(row, "Kết quả"));
    }

    [Fact]
    public async Task ALockedAccount_IsLoggedAsLocked_EvenWithTheRightPassword()
    {
        var userName = "kiemtra.khoa." + Guid.NewGuid().ToString("N")[..8];
        await UserAdminTests.ArrangeUser(App, userName, "Lò Văn Bị Khóa", "XA-00070", Roles.CommuneOfficer);
        var client = App.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Sai@Matkhau1" }, Ct);

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = ArrangedPassword }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var (_, log) = await (await PageClient.SignedIn(App, "admin")).GetAsync($"/quan-tri/nhat-ky?user={userName}&thao-tac={AuditTrail.SignInRefused}");
        var outcomes = log.QuerySelectorAll("[data-testid=audit] > tbody > tr").Select(tr => AuditLogTests.Field(tr, "Kết quả")).ToList();
        Assert.Equal(6, outcomes.Count);
        Assert.Equal("Tài khoản đang bị tạm khóa", outcomes[0]);
        Assert.Equal(Enumerable.Repeat("Sai mật khẩu", 4), outcomes.Skip(2));
    }

    [Fact]
    public async Task ASignInOnThePageAndByToken_AndASignOut_AreLogged()
    {
        var userName = "kiemtra.vao." + Guid.NewGuid().ToString("N")[..8];
        await UserAdminTests.ArrangeUser(App, userName, "Vũ Thị Đăng Nhập", "XA-00070", Roles.CommuneOfficer);

        var page = await PageClient.SignedIn(App, userName, ArrangedPassword);
        await App.ApiAs(userName, ArrangedPassword);
        var signedOut = await page.PostFormAsync("/dang-xuat", [], formPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var admin = await PageClient.SignedIn(App, "admin");
        var (_, log) = await admin.GetAsync($"/quan-tri/nhat-ky?user={userName}&thao-tac={AuditQueries.AnySignIn}");
        var rows = log.QuerySelectorAll("[data-testid=audit] > tbody > tr").ToList();
        Assert.Equal(["Đăng xuất", "Đăng nhập", "Đăng nhập"], rows.Select(tr => tr.Children[2].TextContent));
        Assert.All(rows, tr => Assert.Equal($"Vũ Thị Đăng Nhập ({userName})", tr.Children[1].TextContent));
        Assert.Equal(["API (nhận bearer token)", "Trang đăng nhập"], rows.Skip(1).Select(tr => AuditLogTests.Field(tr, "Qua")));
        Assert.All(rows.Skip(1), tr => Assert.Equal("Thành công", AuditLogTests.Field(tr, "Kết quả")));
    }

    [Fact]
    public async Task TheSignInFilter_ListsSignInsOnly()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, log) = await admin.GetAsync($"/quan-tri/nhat-ky?thao-tac={AuditQueries.AnySignIn}");

        var actions = log.QuerySelectorAll("[data-testid=audit] > tbody > tr").Select(tr => tr.Children[2].TextContent).ToList();
        Assert.Contains("Đăng nhập", actions);
        Assert.All(actions, a => Assert.Contains(a, new[] { "Đăng nhập", "Đăng nhập bị từ chối", "Đăng xuất" }));
        Assert.NotNull(log.QuerySelector($"select[name=thao-tac] option[value={AuditQueries.AnySignIn}][selected]"));
    }

    private async Task<AngleSharp.Dom.IElement> OnlyRow(string url)
    {
        var (_, log) = await (await PageClient.SignedIn(App, "admin")).GetAsync(url);
        return Assert.Single(log.QuerySelectorAll("[data-testid=audit] > tbody > tr"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInAuditOnSqlite(SqliteApp app) : SignInAuditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInAuditOnPostgres(PostgresApp app) : SignInAuditTests(app);
