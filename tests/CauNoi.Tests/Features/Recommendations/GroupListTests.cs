namespace CauNoi.Tests.Features.Recommendations;

public abstract class GroupListTests(CauNoiApp app) : AppTests(app)
{
    private async Task<(int GroupId, string Title, int[] Ids)> GroupOf(params string[] localities)
    {
        var token = RecommendationSteps.Token();
        var ids = new List<int>();
        foreach (var locality in localities)
            ids.Add((await App.SubmitAsync(locality, $"Giá điện sinh hoạt bậc thang {token}", $"Đề nghị Bộ giải thích cách tính giá điện bậc thang ({token}).", ct: Ct)).Summary.Id);
        var title = "Giá điện bậc thang " + token;
        var response = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync("/api/v1/recommendation-groups", new { title, recommendationIds = ids }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (int.Parse(response.Headers.Location!.OriginalString.Split('/').Last()), title, [.. ids]);
    }

    /// <summary>The list's rows by each group's link (titles repeat across groups): its title and the members counted for the caller.</summary>
    private async Task<Dictionary<string, (string Title, string Members)>> Listed(string userName)
    {
        var (status, page) = await (await PageClient.SignedIn(App, userName)).GetAsync("/kien-nghi/nhom");
        Assert.Equal(HttpStatusCode.OK, status);
        return page.QuerySelectorAll("#groups tbody tr").ToDictionary(
            r => r.QuerySelector("a")!.GetAttribute("href")!, r => (r.QuerySelector("a")!.TextContent, r.QuerySelectorAll("td")[2].TextContent));
    }

    [Fact]
    public async Task GroupsPage_ListsTheGroupsTheCallerSeesAMemberOf_CountingOnlyTheirMembers_WithALinkToEach()
    {
        var (groupId, title, _) = await GroupOf("so.hanoi", "so.tuyenquang", "so.tuyenquang");

        var unit = await Listed("cuc.dienluc");
        var tuyenQuang = await Listed("so.tuyenquang");
        var hanoi = await Listed("so.hanoi");
        var commune = await Listed("xa.badinh");

        var link = $"/kien-nghi/nhom/{groupId}";
        Assert.Equal((title, "3"), unit[link]);
        Assert.Equal((title, "2"), tuyenQuang[link]);
        Assert.Equal((title, "1"), hanoi[link]);
        Assert.False(commune.ContainsKey(link));
    }

    [Fact]
    public async Task GroupPage_LinksBackToTheList()
    {
        var (groupId, _, _) = await GroupOf("so.hanoi", "so.danang");

        var (_, page) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/kien-nghi/nhom/{groupId}");

        Assert.NotNull(page.QuerySelector(".breadcrumb a[href='/kien-nghi/nhom']"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GroupListOnSqlite(SqliteApp app) : GroupListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GroupListOnPostgres(PostgresApp app) : GroupListTests(app);
