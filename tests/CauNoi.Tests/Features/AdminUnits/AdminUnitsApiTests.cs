using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Tests.Features.AdminUnits;

public abstract class AdminUnitsApiTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task ReferenceData_HasEveryUnitOfTheReform()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        Assert.Equal(34, await db.Provinces.CountAsync(Ct));
        Assert.Equal(3321, await db.Communes.CountAsync(Ct));
        Assert.Equal(63, await db.FormerProvinces.CountAsync(Ct));
        Assert.Equal(10571, await db.CommuneLineage.CountAsync(Ct));
        Assert.Equal(6, await db.Provinces.CountAsync(p => p.Type == "thành phố trực thuộc trung ương", Ct));
        Assert.Equal(13, await db.Communes.CountAsync(c => c.Type == "đặc khu", Ct));
    }

    [Fact]
    public async Task Province_ListsItsCommunesAndTheFormerProvincesItAbsorbed()
    {
        var api = await App.ApiAs("so.hanoi");

        var tuyenQuang = await api.GetFromJsonAsync<ProvinceDetail>("/api/v1/admin-units/provinces/08", Ct);

        Assert.Equal("Tỉnh Tuyên Quang", tuyenQuang!.Name);
        Assert.Equal(["Tỉnh Hà Giang", "Tỉnh Tuyên Quang"], tuyenQuang.FormerProvinces.Select(f => f.Name).Order());
        Assert.Equal(tuyenQuang.CommuneCount, tuyenQuang.Communes.Count);
        Assert.Contains(tuyenQuang.Communes, c => c.Name == "Phường Hà Giang 1");
    }

    [Fact]
    public async Task SplitFormerCommune_MapsToSeveralNewCommunes()
    {
        await using var scope = App.Db();
        var split = await scope.Context.CommuneLineage.Where(l => l.FormerCommuneCode != null)
            .GroupBy(l => l.FormerCommuneCode).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(Ct);
        var api = await App.ApiAs("so.hanoi");
        var someSplit = split.First();
        var newCommunes = await scope.Context.CommuneLineage.Where(l => l.FormerCommuneCode == someSplit).Select(l => l.CommuneCode).ToListAsync(Ct);

        Assert.Equal(441, split.Count);
        foreach (var code in newCommunes)
        {
            var commune = await api.GetFromJsonAsync<CommuneDetail>($"/api/v1/admin-units/communes/{code}", Ct);
            Assert.Contains(commune!.FormerUnits, f => f.CommuneCode == someSplit && f.IsPartial);
        }
    }

    [Theory]
    [InlineData("hoan kiem")]
    [InlineData("Hoàn Kiếm")]
    [InlineData("HOAN KIEM")]
    [InlineData("Hoa\u0300n Kie\u0302\u0301m")]   // decomposed (NFD) input, as pasted from some editors
    public async Task CommuneSearch_IgnoresCaseAndDiacritics(string query)
    {
        var api = await App.ApiAs("so.hanoi");

        var found = await api.GetFromJsonAsync<Page<CommuneItem>>($"/api/v1/admin-units/communes?q={Uri.EscapeDataString(query)}", Ct);

        Assert.Contains(found!.Items, c => c.Code == "00070" && c.Name == "Phường Hoàn Kiếm");
    }

    [Fact]
    public async Task CommuneSearch_FoldsDStroke()
    {
        var api = await App.ApiAs("so.hanoi");

        var found = await api.GetFromJsonAsync<Page<CommuneItem>>("/api/v1/admin-units/communes?q=dien bien phu", Ct);

        Assert.Contains(found!.Items, c => c.Name == "Phường Điện Biên Phủ");
    }

    [Theory]
    [InlineData("Quận Ba Đình", "Phường Ba Đình")]
    [InlineData("Phuong Truc Bach", "Phường Ba Đình")]
    [InlineData("Hà Giang", "Phường Hà Giang 1")]
    public async Task CommuneSearch_ByFormerName_FindsWhereItIsNow(string former, string now)
    {
        var api = await App.ApiAs("so.hanoi");

        var found = await api.GetFromJsonAsync<Page<CommuneItem>>($"/api/v1/admin-units/communes?q={Uri.EscapeDataString(former)}", Ct);

        Assert.Contains(found!.Items, c => c.Name == now);
    }

    [Fact]
    public async Task UnknownCommune_IsProblemDetailsInVietnamese()
    {
        var api = await App.ApiAs("so.hanoi");

        var response = await api.GetAsync("/api/v1/admin-units/communes/99999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không có xã, phường mã '99999'", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Directory_RequiresSignIn()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/admin-units/provinces", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminUnitsApiOnSqlite(SqliteApp app) : AdminUnitsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminUnitsApiOnPostgres(PostgresApp app) : AdminUnitsApiTests(app);
