using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Groups;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class GroupTests(CauNoiApp app) : AppTests(app)
{
    private async Task<int> Submit(string userName, string field = "NL") =>
        (await App.SubmitAsync(userName, "Chậm giải phóng mặt bằng đường dây 110 kV " + RecommendationSteps.Token(),
            "Người dân chưa đồng ý mức bồi thường trong hành lang an toàn lưới điện.", field, ct: Ct)).Summary.Id;

    private async Task<HttpResponseMessage> CreateGroup(string userName, params int[] ids) =>
        await (await App.ApiAs(userName)).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = "Giải phóng mặt bằng lưới điện 110 kV " + RecommendationSteps.Token(), recommendationIds = ids }, Ct);

    private async Task<RecommendationGroupsApi.GroupDetail> Group(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationGroupsApi.GroupDetail>(ApiJson.Options, Ct))!;
    }

    [Fact]
    public async Task ThreeProvinces_GroupedAndAnsweredOnce_AreEachAnswered_WithTheirOwnHistory_AndEachLocalityIsTold()
    {
        int[] ids = [await Submit("so.hanoi"), await Submit("so.tuyenquang"), await Submit("so.danang")];
        await App.ActAsync("cuc.dienluc", ids[0], new { action = "receive" }, Ct);
        await App.ActAsync("cuc.dienluc", ids[0], new { action = "start" }, Ct);
        var group = await Group(await CreateGroup("cuc.dienluc", ids));
        // A full written answer, longer than a notification holds.
        var answer = string.Concat(Enumerable.Repeat("Thực hiện bồi thường theo Điều 19 Nghị định 14/2014/NĐ-CP; Bộ đã có văn bản hướng dẫn chung. ", 30))
            + RecommendationSteps.Token();

        var answered = await Group(await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync($"/api/v1/recommendation-groups/{group.Id}/answer", RecommendationSteps.GroupAnswer(answer), Ct));

        Assert.Equal(ids.Order(), answered.Members.Select(m => m.Id).Order());
        Assert.All(answered.Members, m => Assert.Equal(RecommendationStatus.Answered, m.Status));
        Assert.Equal(answer, answered.Answer);
        Assert.NotNull(answered.AnsweredAt);
        await using var scope = App.Db();
        var db = scope.Context;
        foreach (var (id, locality) in ids.Zip(["so.hanoi", "so.tuyenquang", "so.danang"]))
        {
            var r = await db.Recommendations.SingleAsync(x => x.Id == id, Ct);
            Assert.Equal((group.Id, answer), (r.GroupId, r.Answer));
            var actions = await db.RecommendationEvents.Where(e => e.RecommendationId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct);
            Assert.Equal(id == ids[0] ? ["submit", "receive", "start", "group", "answer"] : ["submit", "group", "receive", "answer"], actions);
            var department = await db.Users.Where(u => u.UserName == locality).Select(u => u.OrganisationId).SingleAsync(Ct);
            Assert.True(await db.Notifications.AnyAsync(n => n.OrganisationId == department && n.Link == $"/kien-nghi/{id}" && n.Title.Contains("đã được trả lời"), Ct));
        }
    }

    [Fact]
    public async Task EachLocality_SeesOnlyItsOwnMemberOfTheGroup()
    {
        int[] ids = [await Submit("so.hanoi"), await Submit("so.tuyenquang")];
        var group = await Group(await CreateGroup("cuc.ctdp", ids));

        var hanoi = await Group(await (await App.ApiAs("so.hanoi")).GetAsync($"/api/v1/recommendation-groups/{group.Id}", Ct));
        var badinh = await (await App.ApiAs("xa.badinh")).GetAsync($"/api/v1/recommendation-groups/{group.Id}", Ct);

        Assert.Equal([ids[0]], hanoi.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.NotFound, badinh.StatusCode);
    }

    [Fact]
    public async Task GroupingRecommendationsOfAnotherUnit_IsForbidden_AndChangesNothing()
    {
        // The focal leader for Hà Nội sees its recommendations, but they are routed to Cục Điện lực, not to the leader's unit.
        int[] ids = [await Submit("so.hanoi"), await Submit("xa.hoankiem")];

        var response = await CreateGroup("phutrach.hanoi", ids);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Chỉ đơn vị xử lý kiến nghị", (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail);
        await using var scope = App.Db();
        Assert.False(await scope.Context.Recommendations.AnyAsync(r => ids.Contains(r.Id) && r.GroupId != null, Ct));
    }

    [Fact]
    public async Task GroupingARecommendationOutsideTheUnitsScope_IsNotFound()
    {
        var ownUnit = await Submit("so.hanoi");
        var otherUnit = await Submit("so.hanoi", "CN");   // Cục Công nghiệp's

        var response = await CreateGroup("cuc.dienluc", ownUnit, otherUnit);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Localities_CannotGroup_AndAnsweredRecommendationsCannotJoinAGroup()
    {
        int[] ids = [await Submit("so.hanoi"), await Submit("so.hanoi")];
        await App.AnswerAsync("cuc.dienluc", ids[1], "Đã trả lời riêng.", Ct);

        var byLocality = await CreateGroup("so.hanoi", ids);
        var withAnswered = await CreateGroup("cuc.dienluc", ids);
        var alone = await CreateGroup("cuc.dienluc", ids[0]);

        Assert.Equal(HttpStatusCode.Forbidden, byLocality.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withAnswered.StatusCode);
        Assert.Contains("Đã trả lời", (await withAnswered.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail);
        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        await using var scope = App.Db();
        Assert.Null(await scope.Context.Recommendations.Where(r => r.Id == ids[0]).Select(r => r.GroupId).SingleAsync(Ct));
    }

    [Fact]
    public async Task GroupAnswer_WithoutItsOfficialLetter_IsRefused_AndWithIt_EveryMemberCarriesTheLetter()
    {
        int[] ids = [await Submit("so.hanoi"), await Submit("so.tuyenquang")];
        var group = await Group(await CreateGroup("cuc.dienluc", ids));
        var unit = await App.ApiAs("cuc.dienluc");

        var bare = await unit.PostAsJsonAsync($"/api/v1/recommendation-groups/{group.Id}/answer", new { answer = "Trả lời chung không kèm văn bản." }, Ct);
        await using (var scope = App.Db())
            Assert.Equal([RecommendationStatus.Submitted, RecommendationStatus.Submitted],
                await scope.Context.Recommendations.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync(Ct));
        var official = await unit.PostAsJsonAsync($"/api/v1/recommendation-groups/{group.Id}/answer", RecommendationSteps.GroupAnswer("Trả lời chung kèm văn bản."), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("số hiệu văn bản", await bare.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, official.StatusCode);
        foreach (var id in ids)
        {
            var detail = await (await App.ApiAs("cuc.dienluc")).GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{id}", ApiJson.Options, Ct);
            Assert.Equal(("1234/BCT-ĐL", "Phan Thị Hà"), (detail!.OfficialAnswer!.LetterNumber, detail.OfficialAnswer.SignerName));
        }
    }

    [Fact]
    public async Task GroupAnswer_WhileOneMemberWaitsForTheLocality_AnswersNoneOfThem()
    {
        int[] ids = [await Submit("so.hanoi"), await Submit("so.tuyenquang")];
        var group = await Group(await CreateGroup("cuc.dienluc", ids));
        await App.ActAsync("cuc.dienluc", ids[1], new { action = "receive" }, Ct);
        await App.ActAsync("cuc.dienluc", ids[1], new { action = "request-information", comment = "Đề nghị gửi danh sách hộ dân." }, Ct);

        var response = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync($"/api/v1/recommendation-groups/{group.Id}/answer", RecommendationSteps.GroupAnswer("Trả lời chung."), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(Recommendation.FormatNumber(ids[1]), (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(Ct))!.Detail);
        await using var scope = App.Db();
        Assert.Equal([RecommendationStatus.Submitted, RecommendationStatus.NeedsInformation],
            await scope.Context.Recommendations.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync(Ct));
        Assert.Null(await scope.Context.RecommendationGroups.Where(g => g.Id == group.Id).Select(g => g.Answer).SingleAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GroupsOnSqlite(SqliteApp app) : GroupTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GroupsOnPostgres(PostgresApp app) : GroupTests(app);
