using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Security;

/// <summary>
/// A step that names a second id (the original of a merge, the members of a group, the group answered, the unit a record
/// is transferred to) acts on it only if the caller could open it: one out of scope is answered in the same words as one
/// that does not exist, nothing changes, nobody is told, and no title crosses.
/// Cục Điện lực is the caller throughout; Hoàn Kiếm's record on energy is routed to it, Tuyên Quang's on industry is not.
/// </summary>
public abstract class SecondRecordScopeTests(CauNoiApp app) : AppTests(app)
{
    private async Task<(int Mine, int Others, string OthersTitle)> ArrangeAsync(string state = "received")
    {
        var token = RecommendationSteps.Token();
        var mine = (await App.SubmitAsync("xa.hoankiem", $"Chậm đấu nối điện cụm công nghiệp {token}", "Đề nghị Bộ đôn đốc đấu nối.", "NL", ct: Ct)).Summary.Id;
        var othersTitle = $"Vướng mắc mở rộng cụm công nghiệp Tuyên Quang {token}";
        var others = (await App.SubmitAsync("so.tuyenquang", othersTitle, "Đề nghị Bộ hướng dẫn.", "CN", ct: Ct)).Summary.Id;
        if (state == "received") await App.ActAsync("cuc.dienluc", mine, new { action = "receive" }, Ct);
        var dienluc = await App.ApiAs("cuc.dienluc");
        Assert.Equal(HttpStatusCode.NotFound, (await dienluc.GetAsync($"/api/v1/recommendations/{others}", Ct)).StatusCode);
        return (mine, others, othersTitle);
    }

    [Fact]
    public async Task Merge_IntoAnotherProvincesRecordOfAnotherUnit_IsRefusedAsIfItDidNotExist_AndChangesNothing()
    {
        var (mine, others, othersTitle) = await ArrangeAsync();
        var before = await StateAsync(mine);
        var told = await NotificationsAboutAsync(others);
        var dienluc = await App.ApiAs("cuc.dienluc");

        var outside = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "merge", duplicateOfId = others }, Ct);
        var missing = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "merge", duplicateOfId = int.MaxValue }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, outside.StatusCode);
        Assert.Equal(missing.StatusCode, outside.StatusCode);
        var detail = await DetailAsync(outside);
        Assert.Equal(await DetailAsync(missing), detail);
        Assert.StartsWith("Không tìm thấy", detail);
        Assert.DoesNotContain(othersTitle, detail);
        Assert.Equal(before, await StateAsync(mine));
        // Hoàn Kiếm is told nothing of Tuyên Quang's record (a merge tells the locality the original's title and link).
        Assert.Equal(told, await NotificationsAboutAsync(others));
    }

    [Fact]
    public async Task Merge_OnThePage_IntoAnotherProvincesRecord_IsRefusedAsIfItDidNotExist()
    {
        var (mine, others, othersTitle) = await ArrangeAsync();
        var before = await StateAsync(mine);
        var told = await NotificationsAboutAsync(others);
        var page = await PageClient.SignedIn(App, "cuc.dienluc");

        async Task<string?> RefusalAsync(string original)
        {
            var response = await page.PostFormAsync($"/kien-nghi/{mine}?handler=Act",
                new() { ["Step.Action"] = "merge", ["Step.Version"] = before.Version.ToString(), ["Step.DuplicateOf"] = original }, formPage: $"/kien-nghi/{mine}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain(othersTitle, html);
            return PageClient.Parse(html).QuerySelector("#refusal")?.TextContent;
        }

        var outside = await RefusalAsync(Recommendation.FormatNumber(others));
        Assert.NotNull(outside);
        Assert.Equal(await RefusalAsync("KN999999"), outside);
        Assert.Equal(before, await StateAsync(mine));
        Assert.Equal(told, await NotificationsAboutAsync(others));
    }

    [Fact]
    public async Task Group_WithAMemberOutOfScope_IsRefusedAsIfItDidNotExist_AndNoGroupIsMade()
    {
        var (mine, others, othersTitle) = await ArrangeAsync();
        var second = (await App.SubmitAsync("xa.hoankiem", "Chậm đấu nối điện trạm biến áp " + RecommendationSteps.Token(), "Đề nghị Bộ đôn đốc.", "NL", ct: Ct)).Summary.Id;
        var before = await StateAsync(mine);
        var title = "Nhóm kiểm tra phạm vi " + RecommendationSteps.Token();
        var dienluc = await App.ApiAs("cuc.dienluc");

        var outside = await dienluc.PostAsJsonAsync("/api/v1/recommendation-groups", new { title, recommendationIds = new[] { mine, others } }, Ct);
        var missing = await dienluc.PostAsJsonAsync("/api/v1/recommendation-groups", new { title, recommendationIds = new[] { mine, int.MaxValue } }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(missing.StatusCode, outside.StatusCode);
        // The refusal names the number the caller sent, whichever it was, and nothing more.
        Assert.Equal((await DetailAsync(missing)).Replace(Recommendation.FormatNumber(int.MaxValue), "#"),
            (await DetailAsync(outside)).Replace(Recommendation.FormatNumber(others), "#"));
        Assert.DoesNotContain(othersTitle, await outside.Content.ReadAsStringAsync(Ct));
        await using var scope = App.Db();
        Assert.False(await scope.Context.RecommendationGroups.AnyAsync(g => g.Title == title, Ct));
        Assert.Equal(before, await StateAsync(mine));
        Assert.Null((await StateAsync(others)).GroupId);
        Assert.Null((await StateAsync(second)).GroupId);
    }

    [Fact]
    public async Task AnsweringAGroupOutOfScope_IsAnsweredAsIfItDidNotExist_AndChangesNothing()
    {
        var token = RecommendationSteps.Token();
        int[] members =
        [
            (await App.SubmitAsync("so.tuyenquang", $"Vướng mắc mở rộng cụm công nghiệp {token}", "Đề nghị Bộ hướng dẫn.", "CN", ct: Ct)).Summary.Id,
            (await App.SubmitAsync("so.tuyenquang", $"Vướng mắc thành lập cụm công nghiệp {token}", "Đề nghị Bộ hướng dẫn.", "CN", ct: Ct)).Summary.Id,
        ];
        var group = await GroupByTheHubAsync(members);
        var before = await Task.WhenAll(members.Select(StateAsync));
        var dienluc = await App.ApiAs("cuc.dienluc");

        var outside = await dienluc.PostAsJsonAsync($"/api/v1/recommendation-groups/{group}/answer", new { answer = "Trả lời chung." }, Ct);
        var missing = await dienluc.PostAsJsonAsync($"/api/v1/recommendation-groups/{int.MaxValue}/answer", new { answer = "Trả lời chung." }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(await DetailAsync(missing), await DetailAsync(outside));
        Assert.Equal(HttpStatusCode.NotFound, (await dienluc.GetAsync($"/api/v1/recommendation-groups/{group}", Ct)).StatusCode);
        Assert.Equal(before, await Task.WhenAll(members.Select(StateAsync)));
    }

    [Fact]
    public async Task AnsweringAGroupPartlyOutOfScope_IsRefused_WithoutNamingTheMemberTheCallerCannotSee()
    {
        // The hub grouped a record routed to Cục Điện lực with one that is not: Cục Điện lực sees the group through its member.
        var (mine, others, othersTitle) = await ArrangeAsync(state: "submitted");
        var group = await GroupByTheHubAsync([mine, others]);
        var before = await Task.WhenAll(new[] { mine, others }.Select(StateAsync));
        var told = await NotificationsAboutAsync(others);
        var dienluc = await App.ApiAs("cuc.dienluc");

        var response = await dienluc.PostAsJsonAsync($"/api/v1/recommendation-groups/{group}/answer", new { answer = "Trả lời chung." }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Recommendation.FormatNumber(others), body);
        Assert.DoesNotContain(othersTitle, body);
        Assert.Equal(before, await Task.WhenAll(new[] { mine, others }.Select(StateAsync)));
        Assert.Equal(told, await NotificationsAboutAsync(others));
        Assert.Equal(0, await NotificationsAboutAsync(mine, "đã được trả lời"));
    }

    [Theory]
    [InlineData("a unit id that does not exist")]
    [InlineData("a province's department")]
    [InlineData("a commune's office")]
    public async Task Transfer_ToWhatIsNotAMinistryUnit_IsRefusedAsIfItDidNotExist_AndChangesNothing(string target)
    {
        var (mine, _, _) = await ArrangeAsync();
        var before = await StateAsync(mine);
        int unit;
        await using (var scope = App.Db())
            unit = target switch
            {
                "a province's department" => await scope.Context.Organisations.Where(o => o.Code == "SCT-08").Select(o => o.Id).SingleAsync(Ct),
                "a commune's office" => await scope.Context.Organisations.Where(o => o.Code == "XA-00004").Select(o => o.Id).SingleAsync(Ct),
                _ => int.MaxValue,
            };
        var dienluc = await App.ApiAs("cuc.dienluc");

        var refused = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "transfer", targetUnitId = unit }, Ct);
        var missing = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "transfer", targetUnitId = int.MaxValue - 1 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(await DetailAsync(missing), await DetailAsync(refused));
        Assert.Equal(before, await StateAsync(mine));
        await using var check = App.Db();
        Assert.False(await check.Context.Notifications.AnyAsync(n => n.OrganisationId == unit && n.Link == $"/kien-nghi/{mine}", Ct));
    }

    private async Task<int> GroupByTheHubAsync(int[] members)
    {
        var response = await (await App.ApiAs("cuc.ctdp")).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = "Nhóm do Cục Công Thương địa phương lập", recommendationIds = members }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    /// <summary>What a refused step must leave as it was.</summary>
    private sealed record State(RecommendationStatus Status, int Version, int RoutedUnitId, int? DuplicateOfId, int? GroupId, string? Answer, int Events);

    private async Task<State> StateAsync(int id)
    {
        await using var scope = App.Db();
        return await scope.Context.Recommendations.Where(r => r.Id == id)
            .Select(r => new State(r.Status, r.Version, r.RoutedUnitId, r.DuplicateOfId, r.GroupId, r.Answer, r.Events.Count)).SingleAsync(Ct);
    }

    /// <summary>Notifications anyone was sent that lead to the record (optionally with these words in their title).</summary>
    private async Task<int> NotificationsAboutAsync(int id, string? words = null)
    {
        await using var scope = App.Db();
        return await scope.Context.Notifications.CountAsync(n => n.Link == $"/kien-nghi/{id}" && (words == null || n.Title.Contains(words)), Ct);
    }

    private async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
}

[Collection(SqliteCollection.Name)]
public sealed class SecondRecordScopeOnSqlite(SqliteApp app) : SecondRecordScopeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SecondRecordScopeOnPostgres(PostgresApp app) : SecondRecordScopeTests(app);
