using System.Net;
using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// The chain from a locality's recommendation to a result: the unit that handles it assigns a task from it; the commune
/// that raised it sees the task's lead unit, owner, deadline and progress on its recommendation, and is told when it is
/// done, though the task itself is not within its scope.
/// </summary>
public abstract class RecommendationChainTests(CauNoiApp app) : AppTests(app)
{
    private readonly FixedClock _clock = new(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task TheCommuneFollowsTheTaskFromItsRecommendation_AndIsToldWhenItIsDone()
    {
        var recommendation = await RecommendationSetup.SubmitAsync(App, "Đề nghị sửa Thông tư về đấu nối điện mặt trời mái nhà " + Guid.NewGuid(), Ct);
        var due = VietnamTime.Today(_clock).AddDays(20);
        var task = await TaskSetup.AssignAsync(App, "cuc.dienluc", "cuc.dienluc", due, _clock, Ct,
            i => i with { Title = "Sửa đổi Thông tư về đấu nối điện mặt trời mái nhà", RecommendationId = recommendation });
        await TaskSetup.ActAsync(App, "cuc.dienluc", task, new TaskSteps.Request("report-progress", "Đã lấy ý kiến các Sở", Percent: 40), _clock, Ct);

        var commune = await App.ApiAs("xa.hoankiem");
        var lines = await commune.GetFromJsonAsync<List<RecommendationTasks.Line>>($"/api/v1/recommendations/{recommendation}/tasks", ApiJson.Options, Ct);
        var line = Assert.Single(lines!);
        Assert.Equal(("Sửa đổi Thông tư về đấu nối điện mặt trời mái nhà", "Cục Điện lực", due, 40, WorkTaskStatus.InProgress),
            (line.Title, line.LeadName, line.DueOn, line.Progress!.Value, line.Status));
        Assert.NotNull(line.OwnerName);
        Assert.False(line.Opens);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/api/v1/tasks/{task}", Ct)).StatusCode);
        var browser = await PageClient.SignedIn(App, "xa.hoankiem");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/nhiem-vu/{task}")).Status);
        var (_, page) = await browser.GetAsync($"/kien-nghi/{recommendation}");
        var row = page.QuerySelector($"#recommendation-tasks tr[data-task='{task}']")!;
        Assert.Contains("Sửa đổi Thông tư về đấu nối điện mặt trời mái nhà", row.TextContent);
        Assert.Contains("40%", row.TextContent);
        Assert.Null(row.QuerySelector("a"));   // the commune sees the task on its recommendation, not the task's own page

        await TaskSetup.ActAsync(App, "cuc.dienluc", task, new TaskSteps.Request("report-progress", "Đã ban hành Thông tư sửa đổi", Percent: 100), _clock, Ct);

        await using var scope = App.Db();
        var hoanKiem = await scope.Context.Users.Where(u => u.UserName == "xa.hoankiem").Select(u => u.OrganisationId).SingleAsync(Ct);
        Assert.True(await scope.Context.Notifications.AnyAsync(n => n.OrganisationId == hoanKiem && n.Link == $"/kien-nghi/{recommendation}"
            && n.Title.Contains("đã hoàn thành"), Ct));
        lines = await commune.GetFromJsonAsync<List<RecommendationTasks.Line>>($"/api/v1/recommendations/{recommendation}/tasks", ApiJson.Options, Ct);
        Assert.Equal(WorkTaskStatus.DoneOnTime, Assert.Single(lines!).Status);
    }

    [Fact]
    public async Task AnotherProvince_CannotReadTheTasksOfARecommendationItDoesNotSee()
    {
        var recommendation = await RecommendationSetup.SubmitAsync(App, "Kiến nghị của Hà Nội " + Guid.NewGuid(), Ct);

        var other = await App.ApiAs("so.tuyenquang");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/recommendations/{recommendation}/tasks", Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecommendationChainOnSqlite(SqliteApp app) : RecommendationChainTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecommendationChainOnPostgres(PostgresApp app) : RecommendationChainTests(app);
