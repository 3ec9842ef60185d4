using CauNoi.Web.Features.Organisations;

namespace CauNoi.Tests.Features.Accounts;

/// <summary>The user forms' organisation picker: a commune's body is offered with its province, as namesakes exist in several.</summary>
public abstract class OrganisationPickerTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task SearchingACommunesName_OffersEachNamesakeWithItsProvince()
    {
        var api = await App.ApiAs("admin");

        var found = await api.GetFromJsonAsync<Page<OrganisationsApi.OrganisationItem>>(
            "/api/v1/organisations?kind=CommuneEconomicOffice&q=ba%20dinh", ApiJson.Options, Ct);

        // communes.csv: 00004 Phường Ba Đình (01), 16171 Xã Ba Đình (38); provinces.csv: 01 Thành phố Hà Nội, 38 Tỉnh Thanh Hóa.
        var byCode = found!.Items.ToDictionary(o => o.Code, o => o.ProvinceName);
        Assert.Equal("Thành phố Hà Nội", byCode["XA-00004"]);
        Assert.Equal("Tỉnh Thanh Hóa", byCode["XA-16171"]);
    }

    [Fact]
    public async Task OneOrganisation_CarriesItsProvince_AndAMinistryUnitNone()
    {
        var api = await App.ApiAs("admin");
        int commune, unit;
        await using (var scope = App.Db())
        {
            commune = await scope.Context.Organisations.Where(o => o.Code == "XA-16171").Select(o => o.Id).SingleAsync(Ct);
            unit = await scope.Context.Organisations.Where(o => o.Code == "DL").Select(o => o.Id).SingleAsync(Ct);
        }

        var communeDetail = await api.GetFromJsonAsync<OrganisationsApi.OrganisationDetail>($"/api/v1/organisations/{commune}", ApiJson.Options, Ct);
        var unitDetail = await api.GetFromJsonAsync<OrganisationsApi.OrganisationDetail>($"/api/v1/organisations/{unit}", ApiJson.Options, Ct);

        Assert.Equal("Tỉnh Thanh Hóa", communeDetail!.Organisation.ProvinceName);
        Assert.Null(unitDetail!.Organisation.ProvinceName);
    }

    [Fact]
    public async Task TheUserForm_OffersThePicker_WhichShowsTheProvinceOfACommune()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, page) = await admin.GetAsync("/quan-tri/nguoi-dung/tao-moi");
        var script = await admin.Http.GetStringAsync("/js/organisation-picker.js", Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("#org-search"));
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src")?.StartsWith("/js/organisation-picker.js") == true);
        Assert.Contains("provinceName", script);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationPickerOnSqlite(SqliteApp app) : OrganisationPickerTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationPickerOnPostgres(PostgresApp app) : OrganisationPickerTests(app);
