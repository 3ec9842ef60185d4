using AngleSharp.Html.Dom;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class GroupPagesTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>The same obstacle, word for word, from each locality; the token keeps them alike only to each other.</summary>
    private async Task<int[]> SameObstacle(params string[] localities)
    {
        var token = RecommendationSteps.Token();
        var ids = new List<int>();
        foreach (var locality in localities)
            ids.Add((await App.SubmitAsync(locality, $"Vướng mắc bồi thường hành lang lưới điện 220 kV {token}",
                $"Người dân trong hành lang an toàn đường dây 220 kV chưa đồng ý mức hỗ trợ nhà ở, đất theo Nghị định 14/2014/NĐ-CP ({token}). Đề nghị Bộ hướng dẫn.",
                ct: Ct)).Summary.Id);
        return [.. ids];
    }

    private async Task<IHtmlDocument> Fragment(PageClient client, int id)
    {
        var (status, page) = await client.GetAsync($"/kien-nghi/{id}/tuong-tu");
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private static IEnumerable<int> Checkboxes(IHtmlDocument fragment) =>
        fragment.QuerySelectorAll("input[type=checkbox][name=ids]").Select(c => int.Parse(c.GetAttribute("value")!));

    /// <summary>Posts the fragment's group form as a browser would: its hidden fields, the ticked boxes, and the title the unit wrote.</summary>
    private static async Task<HttpResponseMessage> CreateFromFragment(PageClient client, IHtmlDocument fragment, IEnumerable<int> ticked, string title)
    {
        var form = fragment.QuerySelector("form#group-form") ?? throw new InvalidOperationException("The fragment offers no group form.");
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        fields.AddRange(ticked.Select(id => KeyValuePair.Create("ids", id.ToString())));
        fields.Add(KeyValuePair.Create("title", title));
        return await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static int IdOf(HttpResponseMessage redirect) => int.Parse(redirect.Headers.Location!.OriginalString.Split('/').Last());

    private static IEnumerable<int> Members(IHtmlDocument groupPage) =>
        groupPage.QuerySelectorAll("#members tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!));

    private async Task<int> GroupThroughTheApi(int[] ids)
    {
        var response = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = "Bồi thường hành lang lưới điện " + RecommendationSteps.Token(), recommendationIds = ids }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Unit_GroupsTheTickedSimilarOnes_AndOneAnswerOnTheGroupPage_ReachesEveryLocality()
    {
        string[] localities = ["so.hanoi", "so.tuyenquang", "so.danang"];
        var ids = await SameObstacle(localities);
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");
        var fragment = await Fragment(unit, ids[0]);
        Assert.Superset(new HashSet<int> { ids[1], ids[2] }, Checkboxes(fragment).ToHashSet());

        // No member's title is offered as the group's: each member's locality will read it.
        Assert.Equal("", fragment.QuerySelector("#group-title")!.GetAttribute("value") ?? "");
        var title = "Bồi thường trong hành lang lưới điện " + RecommendationSteps.Token();
        var created = await CreateFromFragment(unit, fragment, [ids[1], ids[2]], title);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var groupId = IdOf(created);
        Assert.Equal($"/kien-nghi/nhom/{groupId}", created.Headers.Location!.OriginalString);
        var (_, groupPage) = await unit.GetAsync($"/kien-nghi/nhom/{groupId}");
        Assert.Equal(ids, Members(groupPage));
        Assert.Contains(title, groupPage.QuerySelector("h1")!.TextContent);
        var (_, detail) = await unit.GetAsync($"/kien-nghi/{ids[0]}");
        Assert.Equal($"/kien-nghi/nhom/{groupId}", detail.QuerySelector("#group-link")?.GetAttribute("href"));

        var answer = "Bộ đã có văn bản hướng dẫn chung về bồi thường trong hành lang lưới điện " + RecommendationSteps.Token();
        var answered = await unit.PostFormAsync($"/kien-nghi/nhom/{groupId}?handler=Answer", RecommendationSteps.GroupAnswerForm(answer), $"/kien-nghi/nhom/{groupId}");

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        await using (var scope = App.Db())
            Assert.All(await scope.Context.Recommendations.Where(r => ids.Contains(r.Id)).Select(r => r.Status).ToListAsync(Ct),
                s => Assert.Equal(RecommendationStatus.Answered, s));
        foreach (var (id, locality) in ids.Zip(localities))
        {
            var (_, page) = await (await PageClient.SignedIn(App, locality)).GetAsync($"/kien-nghi/{id}");
            Assert.Contains(answer, page.QuerySelector("#answer")?.TextContent);
        }
        var (_, after) = await unit.GetAsync($"/kien-nghi/nhom/{groupId}");
        Assert.Contains(answer, after.QuerySelector("#group-answer")?.TextContent);
        Assert.Null(after.QuerySelector("#answer-form"));
    }

    [Fact]
    public async Task LocalityOfficer_SeesSimilarOnes_WithoutCheckboxesOrAGroupForm()
    {
        var ids = await SameObstacle("xa.hoankiem", "xa.hoankiem");
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");

        var fragment = await Fragment(commune, ids[0]);

        Assert.Contains(fragment.QuerySelectorAll("[data-testid=similar-list] a"), a => a.GetAttribute("href") == $"/kien-nghi/{ids[1]}");
        Assert.Empty(Checkboxes(fragment));
        Assert.Null(fragment.QuerySelector("form"));
    }

    [Fact]
    public async Task Locality_OpeningTheGroupPage_SeesOnlyItsOwnMember_AndOthersSeeNothing()
    {
        var ids = await SameObstacle("so.hanoi", "so.tuyenquang");
        var groupId = await GroupThroughTheApi(ids);

        var (status, page) = await (await PageClient.SignedIn(App, "so.tuyenquang")).GetAsync($"/kien-nghi/nhom/{groupId}");
        var (outside, _) = await (await PageClient.SignedIn(App, "xa.badinh")).GetAsync($"/kien-nghi/nhom/{groupId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([ids[1]], Members(page));
        Assert.Null(page.QuerySelector("#answer-form"));
        Assert.Equal(HttpStatusCode.NotFound, outside);
    }

    [Fact]
    public async Task GroupAnswer_WhileAMemberWaitsForInformation_ShowsTheRefusal_AndSavesNothing()
    {
        var ids = await SameObstacle("so.hanoi", "so.tuyenquang");
        var groupId = await GroupThroughTheApi(ids);
        await App.ActAsync("cuc.dienluc", ids[1], new { action = "receive" }, Ct);
        await App.ActAsync("cuc.dienluc", ids[1], new { action = "request-information", comment = "Đề nghị gửi danh sách hộ dân." }, Ct);
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");

        var response = await unit.PostFormAsync($"/kien-nghi/nhom/{groupId}?handler=Answer", RecommendationSteps.GroupAnswerForm("Trả lời chung."), $"/kien-nghi/nhom/{groupId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageClient.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(Recommendation.FormatNumber(ids[1]), page.QuerySelector("#refusal")?.TextContent);
        Assert.Equal("Trả lời chung.", page.QuerySelector("#group-answer-text")?.TextContent);
        await using var scope = App.Db();
        Assert.Equal([RecommendationStatus.Submitted, RecommendationStatus.NeedsInformation],
            await scope.Context.Recommendations.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync(Ct));
        Assert.Null(await scope.Context.RecommendationGroups.Where(g => g.Id == groupId).Select(g => g.Answer).SingleAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GroupPagesOnSqlite(SqliteApp app) : GroupPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GroupPagesOnPostgres(PostgresApp app) : GroupPagesTests(app);
