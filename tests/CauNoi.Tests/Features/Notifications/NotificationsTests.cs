using CauNoi.Web.Features.Notifications;

namespace CauNoi.Tests.Features.Notifications;

public abstract class NotificationsTests(CauNoiApp app) : AppTests(app)
{
    private async Task<long> AddAsync(string userName, string title)
    {
        var (userId, _) = await RecommendationSetup.UserAsync(App, userName, Ct);
        await using var scope = App.Db();
        var n = Notification.ToUser(userId, DateTime.UtcNow, title, "Nội dung thông báo", "/kien-nghi/1");
        scope.Context.Notifications.Add(n);
        await scope.Context.SaveChangesAsync(Ct);
        return n.Id;
    }

    private async Task<DateTime?> ReadAtAsync(long id)
    {
        await using var scope = App.Db();
        return await scope.Context.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync(Ct);
    }

    /// <summary>What the user's badge counts: their own unread notifications and their organisation's.</summary>
    private async Task<int> UnreadAsync(string userName)
    {
        var (userId, _) = await RecommendationSetup.UserAsync(App, userName, Ct);
        await using var scope = App.Db();
        return await Inbox.UnreadCountAsync(scope.Context, userId, Ct);
    }

    private async Task<Page<Inbox.Item>> ListAsync(string userName, string query = "") =>
        (await (await App.ApiAs(userName)).GetFromJsonAsync<Page<Inbox.Item>>("/api/v1/notifications" + query, ApiJson.Options, Ct))!;

    [Fact]
    public async Task List_ReturnsOnlyTheCallersOwnNotifications()
    {
        var marker = Guid.NewGuid().ToString("N");
        var mine = await AddAsync("so.hanoi", "Của Sở Hà Nội " + marker);
        var theirs = await AddAsync("xa.badinh", "Của Ba Đình " + marker);

        var soHanoi = await ListAsync("so.hanoi", "?unread=true");
        var baDinh = await ListAsync("xa.badinh");

        Assert.Contains(mine, soHanoi.Items.Select(i => i.Id));
        Assert.DoesNotContain(theirs, soHanoi.Items.Select(i => i.Id));
        Assert.Contains(theirs, baDinh.Items.Select(i => i.Id));
        Assert.DoesNotContain(mine, baDinh.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Read_AnotherUsersNotification_ReturnsNotFound_AndLeavesItUnread()
    {
        var theirs = await AddAsync("xa.badinh", "Của Ba Đình " + Guid.NewGuid());

        var response = await (await App.ApiAs("so.hanoi")).PostAsync($"/api/v1/notifications/{theirs}/read", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await ReadAtAsync(theirs));
    }

    [Fact]
    public async Task Read_OwnNotification_MarksIt_AndTheUnreadListNoLongerHasIt()
    {
        var mine = await AddAsync("so.hanoi", "Đọc rồi " + Guid.NewGuid());

        var response = await (await App.ApiAs("so.hanoi")).PostAsync($"/api/v1/notifications/{mine}/read", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(await ReadAtAsync(mine));
        Assert.DoesNotContain(mine, (await ListAsync("so.hanoi", "?unread=true")).Items.Select(i => i.Id));
        Assert.Contains(mine, (await ListAsync("so.hanoi")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task ReadAll_MarksEveryOwnNotification_AndNoOneElses()
    {
        await AddAsync("so.hanoi", "Một " + Guid.NewGuid());
        await AddAsync("so.hanoi", "Hai " + Guid.NewGuid());
        var theirs = await AddAsync("xa.badinh", "Của Ba Đình " + Guid.NewGuid());

        var response = await (await App.ApiAs("so.hanoi")).PostAsync("/api/v1/notifications/read-all", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await UnreadAsync("so.hanoi"));
        Assert.Null(await ReadAtAsync(theirs));
    }

    [Fact]
    public async Task Page_HighlightsUnread_TheBadgeCountsThem_AndReadingClearsThem()
    {
        var first = await AddAsync("xa.badinh", "Trang thông báo một " + Guid.NewGuid());
        var second = await AddAsync("xa.badinh", "Trang thông báo hai " + Guid.NewGuid());
        var client = await PageClient.SignedIn(App, "xa.badinh");

        var (status, page) = await client.GetAsync("/thong-bao");
        var unread = await UnreadAsync("xa.badinh");

        Assert.Equal(HttpStatusCode.OK, status);
        var item = page.QuerySelector($"[data-notification='{first}']")!;
        Assert.Equal("true", item.GetAttribute("data-unread"));
        Assert.Contains("list-group-item-warning", item.ClassName);
        Assert.Equal("/kien-nghi/1", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith(unread > 99 ? "99+" : unread.ToString(), page.QuerySelector("[data-testid=unread-count]")!.TextContent);

        var read = await client.PostFormAsync($"/thong-bao?handler=Read&id={first}", new() { ["returnUrl"] = "/thong-bao" }, formPage: "/thong-bao");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.NotNull(await ReadAtAsync(first));
        Assert.Null(await ReadAtAsync(second));

        await client.PostFormAsync("/thong-bao?handler=ReadAll", new() { ["returnUrl"] = "/thong-bao" }, formPage: "/thong-bao");
        var (_, after) = await client.GetAsync("/thong-bao");
        Assert.Equal("false", after.QuerySelector($"[data-notification='{second}']")!.GetAttribute("data-unread"));
        Assert.Null(after.QuerySelector("[data-testid=unread-count]"));
    }

    [Fact]
    public async Task Page_MarkingAnotherUsersNotification_IsNotFound()
    {
        var theirs = await AddAsync("so.hanoi", "Của Sở Hà Nội " + Guid.NewGuid());
        var client = await PageClient.SignedIn(App, "xa.badinh");

        var response = await client.PostFormAsync($"/thong-bao?handler=Read&id={theirs}", new(), formPage: "/thong-bao");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await ReadAtAsync(theirs));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsOnSqlite(SqliteApp app) : NotificationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsOnPostgres(PostgresApp app) : NotificationsTests(app);
