using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Accounts;

public abstract class UserAdminTests(CauNoiApp app) : AppTests(app)
{
    private const string Password = "KiemThu@2025";

    [Fact]
    public async Task Create_CommuneOfficerForHoanKiem_CanThenGetATokenAndSeesTheirCommune()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var userName = Unique("xa.moi");

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser(userName, "XA-00070", Roles.CommuneOfficer));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var api = await App.ApiAs(userName, Password);
        var me = await api.GetFromJsonAsync<AccountsApi.Me>("/api/v1/me", Ct);
        Assert.Equal("00070", me!.CommuneCode);
        Assert.Equal([Roles.CommuneOfficer], me.Roles);
        Assert.Equal("Người Kiểm Thử", me.FullName);
    }

    [Fact]
    public async Task Create_CommuneOfficerInAMinistryUnit_IsRefusedInVietnameseAndNothingIsStored()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var userName = Unique("xa.sai");

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser(userName, "DL", Roles.CommuneOfficer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await Errors(response);
        Assert.Contains("Vai trò “Cán bộ cấp xã” chỉ dành cho người thuộc Phòng Kinh tế của một xã, phường, đặc khu", errors);
        Assert.Contains("“Cục Điện lực” là đơn vị thuộc Bộ", errors);
        Assert.False(await UserExists(userName));
    }

    [Fact]
    public async Task Create_ProvinceOfficerInACommuneOffice_IsRefused()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var userName = Unique("so.sai");

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser(userName, "XA-00070", Roles.ProvinceOfficer));

        Assert.Contains("Vai trò “Cán bộ Sở Công Thương” chỉ dành cho người thuộc Sở Công Thương", await Errors(response));
        Assert.False(await UserExists(userName));
    }

    [Fact]
    public async Task Create_WithAWeakPassword_GivesThePolicyInVietnameseAndNothingIsStored()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var userName = Unique("xa.yeu");
        var fields = NewUser(userName, "XA-00070", Roles.CommuneOfficer);
        fields["Input.Password"] = "abc";

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", fields);

        var errors = await Errors(response);
        Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", errors);
        Assert.False(await UserExists(userName));
    }

    [Fact]
    public async Task Create_UnknownOrganisationCode_IsRefused()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var userName = Unique("xa.khong");

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser(userName, "XA-99999", Roles.CommuneOfficer));

        Assert.Contains("Không có cơ quan, đơn vị mã 'XA-99999'.", await Errors(response));
        Assert.False(await UserExists(userName));
    }

    [Fact]
    public async Task Create_TakenUserName_IsRefusedInVietnamese()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("xa.hoankiem", "XA-00070", Roles.CommuneOfficer));

        Assert.Contains("Tên đăng nhập 'xa.hoankiem' đã được sử dụng.", await Errors(response));
    }

    [Fact]
    public async Task List_FindsAUserByPartOfTheFullNameWhateverTheCase()
    {
        var marker = "Zq" + Guid.NewGuid().ToString("N")[..8];
        var id = await Arrange(Unique("xa.tim"), $"Nguyễn Văn {marker}", "XA-00004", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync($"/quan-tri/nguoi-dung?q={marker.ToLowerInvariant()}");

        var rows = page.QuerySelectorAll("[data-testid=users] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains($"/quan-tri/nguoi-dung/{id}", row.InnerHtml);
        Assert.Contains("Cán bộ cấp xã", row.TextContent);
        Assert.Contains("Phường Ba Đình", row.TextContent);
        Assert.Contains("Hoạt động", row.TextContent);
    }

    [Fact]
    public async Task List_FiltersByRoleAndProvince()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync($"/quan-tri/nguoi-dung?role={Roles.ProvinceOfficer}&province=01");

        var names = page.QuerySelectorAll("[data-testid=users] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("so.hanoi", names);
        Assert.DoesNotContain("so.tuyenquang", names);
        Assert.DoesNotContain("xa.hoankiem", names);
    }

    [Fact]
    public async Task List_FiltersByOrganisationKind()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync("/quan-tri/nguoi-dung?kind=CommuneEconomicOffice&province=01");

        var names = page.QuerySelectorAll("[data-testid=users] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("xa.hoankiem", names);
        Assert.Contains("xa.badinh", names);
        Assert.DoesNotContain("so.hanoi", names);
        Assert.DoesNotContain("phutrach.hanoi", names);
    }

    [Fact]
    public async Task List_FindsByUserNameCaseInsensitively()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync("/quan-tri/nguoi-dung?q=SO.HANOI");

        var names = page.QuerySelectorAll("[data-testid=users] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("so.hanoi", names);
        Assert.All(names, n => Assert.Contains("so.hanoi", n));   // lanhdao.so.hanoi too
    }

    [Fact]
    public async Task Edit_MovingACommuneOfficerToAProvincialDepartment_IsRefusedAndNothingChanges()
    {
        var userName = Unique("xa.chuyen");
        var id = await Arrange(userName, "Lê Thị Chuyển", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}", Edit("Lê Thị Chuyển", "SCT-01", Roles.CommuneOfficer));

        Assert.Contains("Vai trò “Cán bộ cấp xã” chỉ dành cho người thuộc Phòng Kinh tế", await Errors(response));
        await using var scope = App.Db();
        Assert.Equal("XA-00070", await scope.Context.Users.Where(u => u.Id == id).Select(u => u.Organisation!.Code).SingleAsync(Ct));
    }

    [Fact]
    public async Task Edit_ChangingOrganisationAndRoleTogether_MovesTheUsersScope()
    {
        var userName = Unique("xa.lenso");
        var id = await Arrange(userName, "Trần Văn Lên", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}", Edit("Trần Văn Lên", "SCT-08", Roles.ProvinceOfficer));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var me = await (await App.ApiAs(userName, Password)).GetFromJsonAsync<AccountsApi.Me>("/api/v1/me", Ct);
        Assert.Equal([Roles.ProvinceOfficer], me!.Roles);
        Assert.Equal("08", me.ProvinceCode);
        Assert.Null(me.CommuneCode);
    }

    [Fact]
    public async Task Edit_WithAValueTheFormCannotTake_SaysSoInVietnamese_AndChangesNothing()
    {
        var userName = Unique("xa.sai");
        var id = await Arrange(userName, "Phạm Văn Sai", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");
        var fields = Edit("Phạm Văn Đổi", "XA-00070", Roles.CommuneOfficer);
        fields["Input.IsActive"] = "có lẽ";

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}", fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);   // the form again, not a 500
        Assert.Contains("Giá trị “có lẽ” không hợp lệ", PageClient.Parse(html).QuerySelector("[role=alert]")!.TextContent);
        Assert.DoesNotContain("is not valid", html);
        await using var scope = App.Db();
        Assert.Equal("Phạm Văn Sai", await scope.Context.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync(Ct));
    }

    [Fact]
    public async Task Edit_Deactivating_StopsTheUserFromGettingAToken()
    {
        var userName = Unique("xa.nghi");
        var id = await Arrange(userName, "Phạm Văn Nghỉ", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");
        var fields = Edit("Phạm Văn Nghỉ", "XA-00070", Roles.CommuneOfficer);
        fields["Input.IsActive"] = "false";

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestToken(userName, Password)).StatusCode);
        var (_, list) = await admin.GetAsync($"/quan-tri/nguoi-dung?q={userName}");
        Assert.Contains("Ngừng hoạt động", list.QuerySelector("[data-testid=users] tbody tr")!.TextContent);
    }

    [Fact]
    public async Task Edit_AnAdministratorCannotDeactivateThemselves()
    {
        var userName = Unique("qt.tu");
        var id = await Arrange(userName, "Quản Trị Thử", "VPB", Roles.SystemAdministrator);
        var self = await PageClient.SignedIn(App, userName, Password);
        var fields = Edit("Quản Trị Thử", "VPB", Roles.SystemAdministrator);
        fields["Input.IsActive"] = "false";

        var response = await self.PostFormAsync($"/quan-tri/nguoi-dung/{id}", fields);

        Assert.Contains("Bạn không thể tự ngừng tài khoản của mình", await Errors(response));
        await using var scope = App.Db();
        Assert.True(await scope.Context.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync(Ct));
    }

    [Fact]
    public async Task ResetPassword_TheNewPasswordWorksAndTheOldNoLonger()
    {
        var userName = Unique("xa.matkhau");
        var id = await Arrange(userName, "Vũ Văn Quên", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}?handler=ResetPassword",
            new() { ["NewPassword"] = "MoiDat@2026" }, formPage: $"/quan-tri/nguoi-dung/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestToken(userName, "MoiDat@2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestToken(userName, Password)).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_WeakPassword_IsRefusedInVietnamese()
    {
        var userName = Unique("xa.matkhauyeu");
        var id = await Arrange(userName, "Vũ Văn Yếu", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}?handler=ResetPassword",
            new() { ["NewPassword"] = "matkhau1" }, formPage: $"/quan-tri/nguoi-dung/{id}");

        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", await Errors(response));
        Assert.Equal(HttpStatusCode.OK, (await RequestToken(userName, Password)).StatusCode);
    }

    [Fact]
    public async Task Unlock_LetsALockedOutUserSignInAgain()
    {
        var userName = Unique("xa.khoa");
        var id = await Arrange(userName, "Đỗ Văn Khóa", "XA-00070", Roles.CommuneOfficer);
        for (var i = 0; i < 5; i++) await RequestToken(userName, "Sai@12345");
        var locked = await RequestToken(userName, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync(Ct));
        var admin = await PageClient.SignedIn(App, "admin");
        var (_, before) = await admin.GetAsync($"/quan-tri/nguoi-dung/{id}");
        Assert.NotNull(before.QuerySelector("[data-testid=locked]"));

        var response = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}?handler=Unlock", [], formPage: $"/quan-tri/nguoi-dung/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestToken(userName, Password)).StatusCode);
        var (_, after) = await admin.GetAsync($"/quan-tri/nguoi-dung/{id}");
        Assert.Null(after.QuerySelector("[data-testid=locked]"));
    }

    [Theory]
    [InlineData("/quan-tri/nguoi-dung")]
    [InlineData("/quan-tri/nguoi-dung/tao-moi")]
    public async Task UserPages_AreForSystemAdministratorsOnly(string url)
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");

        var response = await province.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/khong-co-quyen", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task EditPage_OfAnUnknownUser_IsNotFound()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, page) = await admin.GetAsync("/quan-tri/nguoi-dung/khong-co-nguoi-nay");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy", page.Body!.TextContent);
    }

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}";

    private static Dictionary<string, string> NewUser(string userName, string organisationCode, string role) => new()
    {
        ["Input.UserName"] = userName, ["Input.FullName"] = "Người Kiểm Thử", ["Input.JobTitle"] = "Chuyên viên",
        ["Input.Email"] = $"{userName}@test.caunoi.vn", ["Input.PhoneNumber"] = "0241234567",
        ["Input.OrganisationCode"] = organisationCode, ["Input.Roles"] = role, ["Input.Password"] = Password,
    };

    internal static Dictionary<string, string> Edit(string fullName, string organisationCode, string role) => new()
    {
        ["Input.FullName"] = fullName, ["Input.JobTitle"] = "Chuyên viên", ["Input.OrganisationCode"] = organisationCode,
        ["Input.Roles"] = role, ["Input.IsActive"] = "true",
    };

    /// <summary>A user of the test's own, created straight through UserManager.</summary>
    internal static async Task<string> ArrangeUser(CauNoiApp app, string userName, string fullName, string organisationCode, string role)
    {
        await using var scope = app.Db();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var org = await scope.Context.Organisations.SingleAsync(o => o.Code == organisationCode);
        var user = new AppUser { UserName = userName, FullName = fullName, OrganisationId = org.Id };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    private Task<string> Arrange(string userName, string fullName, string organisationCode, string role) =>
        ArrangeUser(App, userName, fullName, organisationCode, role);

    private async Task<bool> UserExists(string userName)
    {
        await using var scope = App.Db();
        return await scope.Context.Users.AnyAsync(u => u.UserName == userName, Ct);
    }

    private async Task<HttpResponseMessage> RequestToken(string userName, string password) =>
        await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);


    private static async Task<string> Errors(HttpResponseMessage response)
    {
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[role=alert]")?.TextContent ?? "";
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UserAdminOnSqlite(SqliteApp app) : UserAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UserAdminOnPostgres(PostgresApp app) : UserAdminTests(app);
