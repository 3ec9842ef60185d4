using CauNoi.Web.Features.Organisations;
using static CauNoi.Web.Features.Organisations.OrganisationsApi;

namespace CauNoi.Tests.Features.Organisations;

public abstract class MinistryUnitsPageTests(CauNoiApp app) : AppTests(app)
{
    private const string Url = "/quan-tri/don-vi-thuoc-bo";

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Dictionary<string, string> Form(string code, string name, string? shortName = null, bool active = true) => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = name, ["Input.ShortName"] = shortName ?? "",
        ["Input.Email"] = "", ["Input.Phone"] = "", ["Input.IsLocalAffairsHub"] = "false", ["Input.IsActive"] = active ? "true" : "false",
    };

    [Fact]
    public async Task Admin_CreatesUnit_ItIsListedAndAudited()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = NewCode();
        var name = $"Cục Thử nghiệm {code}";

        var response = await admin.PostFormAsync(Url, Form(" " + code.ToLowerInvariant() + " ", name, "Cục TN"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url, response.Headers.Location?.OriginalString);
        var (_, list) = await admin.GetAsync(Url);
        Assert.Contains(name, list.QuerySelector($"tr[data-code='{code}']")?.TextContent);
        await using var scope = App.Db();
        var unit = await scope.Context.Organisations.SingleAsync(o => o.Code == code, Ct);
        Assert.Equal((OrganisationKind.MinistryUnit, name, "Cục TN", true), (unit.Kind, unit.Name, unit.ShortName, unit.IsActive));
        Assert.True(await scope.Context.AuditEntries.AnyAsync(a =>
            a.EntityType == "Organisation" && a.Action == "Created" && a.EntityKey == unit.Id.ToString() && a.UserName == "admin", Ct));
    }

    [Theory]
    [InlineData("CTDP")]
    [InlineData("ctdp")]
    [InlineData("SCT-01")]   // codes are unique across every organisation, not only the Ministry's
    public async Task DuplicateCode_IsRejectedWithVietnameseMessage_AndNothingStored(string code)
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var name = $"Đơn vị trùng mã {Guid.NewGuid():N}";

        var response = await admin.PostFormAsync(Url, Form(code, name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"Mã đơn vị '{code.ToUpperInvariant()}' đã tồn tại.", page.QuerySelector("[role=alert]")?.TextContent);
        await using var scope = App.Db();
        Assert.False(await scope.Context.Organisations.AnyAsync(o => o.Name == name, Ct));
    }

    [Fact]
    public async Task MissingNameAndTooLongShortName_AreRejectedInVietnamese()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = NewCode();

        var response = await admin.PostFormAsync(Url, Form(code, "", new string('x', 51)));

        var alert = PageClient.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")?.TextContent;
        Assert.Contains("Vui lòng nhập tên đơn vị.", alert);
        Assert.Contains("Tên viết tắt không quá 50 ký tự.", alert);
        await using var scope = App.Db();
        Assert.False(await scope.Context.Organisations.AnyAsync(o => o.Code == code, Ct));
    }

    [Fact]
    public async Task Admin_EditsAndDeactivatesUnit_ItLeavesTheDirectoryButIsKept()
    {
        var code = NewCode();
        int id;
        await using (var scope = App.Db())
        {
            var unit = new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = $"Vụ Thử nghiệm {code}" };
            scope.Context.Organisations.Add(unit);
            await scope.Context.SaveChangesAsync(Ct);
            id = unit.Id;
        }
        var admin = await PageClient.SignedIn(App, "admin");
        var api = await App.ApiAs("so.hanoi");
        var search = $"/api/v1/organisations?kind=MinistryUnit&q={code}";
        Assert.Single((await api.GetFromJsonAsync<Page<OrganisationItem>>(search, Ct))!.Items);

        var (status, form) = await admin.GetAsync($"{Url}/{id}");
        var response = await admin.PostFormAsync($"{Url}/{id}", Form(code, $"Vụ Đổi tên {code}", active: false));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"Vụ Thử nghiệm {code}", form.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var scope = App.Db())
        {
            var unit = await scope.Context.Organisations.SingleAsync(o => o.Id == id, Ct);
            Assert.Equal(($"Vụ Đổi tên {code}", false), (unit.Name, unit.IsActive));
            Assert.True(await scope.Context.AuditEntries.AnyAsync(a => a.EntityType == "Organisation" && a.Action == "Updated" && a.EntityKey == id.ToString(), Ct));
        }
        Assert.Empty((await api.GetFromJsonAsync<Page<OrganisationItem>>(search, Ct))!.Items);
    }

    [Fact]
    public async Task EditingAProvincialDepartment_IsNotFound()
    {
        await using var scope = App.Db();
        var department = await scope.Context.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).SingleAsync(Ct);
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, page) = await admin.GetAsync($"{Url}/{department}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy", page.QuerySelector("h1")?.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MinistryUnitsPageOnSqlite(SqliteApp app) : MinistryUnitsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MinistryUnitsPageOnPostgres(PostgresApp app) : MinistryUnitsPageTests(app);
