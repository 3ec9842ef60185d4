using CauNoi.Web.Features.Organisations;
using static CauNoi.Web.Features.Organisations.OrganisationsApi;

namespace CauNoi.Tests.Features.Organisations;

/// <summary>The scope rule as each role meets it through the organisations API.</summary>
public abstract class OrganisationScopeTests(CauNoiApp app) : AppTests(app)
{
    private async Task<int> IdOf(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<HttpStatusCode> Open(string userName, string orgCode)
    {
        var api = await App.ApiAs(userName);
        return (await api.GetAsync($"/api/v1/organisations/{await IdOf(orgCode)}", Ct)).StatusCode;
    }

    [Theory]
    [InlineData("so.hanoi", "SCT-01", HttpStatusCode.OK)]
    [InlineData("so.hanoi", "XA-00070", HttpStatusCode.OK)]          // a commune of its province
    [InlineData("so.hanoi", "SCT-08", HttpStatusCode.NotFound)]      // another province: not found, not forbidden
    [InlineData("so.hanoi", "XA-00694", HttpStatusCode.NotFound)]    // another province's commune
    [InlineData("xa.hoankiem", "XA-00070", HttpStatusCode.OK)]
    [InlineData("xa.hoankiem", "XA-00004", HttpStatusCode.NotFound)] // a neighbouring commune of the same province
    [InlineData("xa.hoankiem", "SCT-01", HttpStatusCode.NotFound)]   // its own province's department
    [InlineData("phutrach.hanoi", "XA-00004", HttpStatusCode.OK)]    // focal leader: the province assigned
    [InlineData("phutrach.hanoi", "SCT-08", HttpStatusCode.NotFound)]
    [InlineData("cuc.dienluc", "SCT-01", HttpStatusCode.NotFound)]   // a unit sees only what is routed to it
    [InlineData("cuc.ctdp", "SCT-01", HttpStatusCode.OK)]            // the coordinating hub follows every locality
    [InlineData("lanhdao", "XA-00694", HttpStatusCode.OK)]
    [InlineData("admin", "SCT-08", HttpStatusCode.OK)]
    [InlineData("xa.hoankiem", "CTDP", HttpStatusCode.OK)]           // the Ministry's structure is public
    public async Task OpeningAnOrganisation_FollowsTheScopeRule(string userName, string orgCode, HttpStatusCode expected) =>
        Assert.Equal(expected, await Open(userName, orgCode));

    [Fact]
    public async Task OutOfScope_IsAnsweredLikeAMissingRecord()
    {
        var api = await App.ApiAs("so.hanoi");

        var outside = await api.GetAsync($"/api/v1/organisations/{await IdOf("SCT-08")}", Ct);
        var missing = await api.GetAsync("/api/v1/organisations/987654", Ct);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal((await missing.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail,
                     (await outside.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail);
    }

    [Fact]
    public async Task CommuneOfficer_CannotListTheOtherCommunesOfTheirProvince()
    {
        var api = await App.ApiAs("xa.hoankiem");

        var local = await api.GetFromJsonAsync<Page<OrganisationItem>>("/api/v1/organisations?kind=CommuneEconomicOffice&province=01", Ct);

        Assert.Equal(["XA-00070"], local!.Items.Select(o => o.Code));
    }

    [Fact]
    public async Task ProvinceOfficer_ListsTheirCommunesButNoOtherProvince()
    {
        var api = await App.ApiAs("so.hanoi");

        var hanoi = await api.GetFromJsonAsync<Page<OrganisationItem>>("/api/v1/organisations?kind=CommuneEconomicOffice&province=01", Ct);
        var tuyenQuang = await api.GetFromJsonAsync<Page<OrganisationItem>>("/api/v1/organisations?kind=CommuneEconomicOffice&province=08", Ct);

        await using var scope = App.Db();
        Assert.Equal(await scope.Context.Communes.CountAsync(c => c.ProvinceCode == "01", Ct), hanoi!.Total);
        Assert.Equal(0, tuyenQuang!.Total);
    }

    [Fact]
    public async Task FocalLeader_LosesTheProvinceWhenTheAssignmentEnds()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var assignment = await db.FocalLeaderAssignments.SingleAsync(a => a.ProvinceCode == "04" && a.EffectiveTo == null, Ct);
        var leader = await db.Users.Where(u => u.Id == assignment.LeaderId).Select(u => u.UserName!).SingleAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, await Open(leader, "SCT-04"));

        assignment.EffectiveTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
        await db.SaveChangesAsync(Ct);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, await Open(leader, "SCT-04"));
        }
        finally
        {
            assignment.EffectiveTo = null;
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task Me_ShowsTheFocalLeadersProvinces()
    {
        var api = await App.ApiAs("phutrach.hanoi");

        var me = await api.GetFromJsonAsync<CauNoi.Web.Features.Accounts.AccountsApi.Me>("/api/v1/me", Ct);

        Assert.Equal(["01"], me!.FocalProvinces);
        Assert.Contains("FocalLeader", me.Roles);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationScopeOnSqlite(SqliteApp app) : OrganisationScopeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationScopeOnPostgres(PostgresApp app) : OrganisationScopeTests(app);
