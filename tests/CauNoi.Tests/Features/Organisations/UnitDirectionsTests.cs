using System.Net.Http.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Tests.Security;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Briefs;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Tests.Features.Organisations;

/// <summary>An administrator records which units a leader directs; the leader's brief follows them from that day to the last.</summary>
public abstract class UnitDirectionsTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task Administrator_DirectsAndEnds_AndTheBriefFollowsTheDates()
    {
        var leader = (await HostileCorpusTests.NewAccountAsync(App, "chidao." + RecommendationSteps.Token(), "VPB", Roles.FocalLeader, DemoData.Password)).UserName;
        var admin = await App.ApiAs("admin");

        var added = await admin.PostAsJsonAsync("/api/v1/unit-directions", new { leader, unit = "HC", effectiveFrom = "2024-01-01", decision = "15/QĐ-BCT" }, Ct);
        var again = await admin.PostAsJsonAsync("/api/v1/unit-directions", new { leader, unit = "HC", effectiveFrom = "2024-06-01", decision = "16/QĐ-BCT" }, Ct);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = (await added.Content.ReadFromJsonAsync<UnitDirectionsApi.Item>(ApiJson.Options, Ct))!;
        Assert.Equal(("HC", new DateOnly(2024, 1, 1), "15/QĐ-BCT"), (item.UnitCode, item.EffectiveFrom, item.Decision));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("kết thúc phân công đó trước", await again.Content.ReadAsStringAsync(Ct));

        var officer = await (await App.ApiAs("cuc.ctdp")).PostAsJsonAsync($"/api/v1/unit-directions/{item.Id}/end", new { effectiveTo = "2024-03-31" }, Ct);
        var ended = await admin.PostAsJsonAsync($"/api/v1/unit-directions/{item.Id}/end", new { effectiveTo = "2024-03-31" }, Ct);
        var before = await admin.PostAsJsonAsync($"/api/v1/unit-directions/{item.Id}/end", new { effectiveTo = "2023-12-31" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        var listed = (await admin.GetFromJsonAsync<List<UnitDirectionsApi.Item>>($"/api/v1/unit-directions?leader={leader}", ApiJson.Options, Ct))!;
        Assert.Equal([("HC", (DateOnly?)new DateOnly(2024, 3, 31))], listed.Select(d => (d.UnitCode, d.EffectiveTo)));
        // In force in March (2024-W12), over in April (2024-W15).
        async Task<string[]> Units(string week) =>
            [.. (await (await App.ApiAs(leader)).GetFromJsonAsync<LeaderBrief>($"/api/v1/briefs/me?week={week}", ApiJson.Options, Ct))!.Units.Select(u => u.Name)];
        Assert.Equal(["Cục Hóa chất"], await Units("2024-W12"));
        Assert.Empty(await Units("2024-W15"));
    }

    [Fact]
    public async Task FocalLeadersPage_ListsTheUnitsEachLeaderDirects()
    {
        var client = await PageClient.SignedIn(App, "admin");

        var (status, page) = await client.GetAsync("/quan-tri/phu-trach-tinh");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("[data-testid=unit-directions] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("(lanhdao)") && r.Contains("Cục Điện lực") && r.Contains("29/07/2025") && r.Contains("1507/QĐ-BCT"));
        Assert.Contains(rows, r => r.Contains("(lanhdao)") && r.Contains("Cục Công Thương địa phương"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class UnitDirectionsOnSqlite(SqliteApp app) : UnitDirectionsTests(app);
[Collection(PostgresCollection.Name)] public sealed class UnitDirectionsOnPostgres(PostgresApp app) : UnitDirectionsTests(app);
