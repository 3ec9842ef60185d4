using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// Two app instances on one database behave as one: nothing lives in one instance's memory, and what must
/// happen once happens once, whichever instance does it. The second instance is a host of its own (its own
/// services, connection pool, keys cache) on the same database.
/// </summary>
public abstract class TwoInstancesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task BearerToken_IssuedByOneInstance_WorksOnTheOther()
    {
        var first = await App.ApiAs("so.tuyenquang");
        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        var second = secondInstance.CreateClient();
        second.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;

        var me = await second.GetFromJsonAsync<CauNoi.Web.Features.Accounts.AccountsApi.Me>("/api/v1/me", Ct);

        Assert.Equal("so.tuyenquang", me!.UserName);
    }

    [Fact]
    public async Task SignInCookie_FromOneInstance_WorksOnTheOther()
    {
        var first = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await first.GetAsync("/dang-nhap", Ct);
        var cookies = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = PageClient.Parse(await form.Content.ReadAsStringAsync(Ct)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "so.tuyenquang", ["Input.Password"] = CauNoi.Web.Data.DemoData.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        var signedIn = await first.SendAsync(post, Ct);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CauNoi.Auth")).Split(';')[0];

        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        var second = secondInstance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", auth);
        var response = await second.SendAsync(home, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hoàng Thị Lan", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ReminderPass_RunOnBothInstancesAtOnce_RemindsEachDueRecommendationOnce()
    {
        var clock = new FixedClock(TimeProvider.System.GetUtcNow());
        var ids = await SubmitAsync("Nhắc hạn trên hai máy", 4);
        await using (var scope = App.Db())
        {
            var due = (await WorkingCalendar.LoadAsync(scope.Context, Ct)).Deadline(VietnamTime.Today(clock), 2);
            await scope.Context.Recommendations.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, due), Ct);
        }
        await using var secondInstance = App.WithWebHostBuilder(_ => { });

        await Task.WhenAll(Task.Run(() => PassAsync(App.Services, clock), Ct), Task.Run(() => PassAsync(secondInstance.Services, clock), Ct));

        var (leader, leaderEmail) = await RecommendationSetup.UserAsync(App, "phutrach.hanoi", Ct);
        await using var check = App.Db();
        var db = check.Context;
        var dienluc = await db.Users.Where(u => u.UserName == "cuc.dienluc").Select(u => u.OrganisationId).SingleAsync(Ct);
        foreach (var id in ids)
        {
            var number = Recommendation.FormatNumber(id);
            Assert.Equal(1, await db.ReminderLog.CountAsync(l => l.Record == "KN" && l.RecordId == id, Ct));
            // Once to the unit that handles it (one row its officers all see), once to the focal leader in person.
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.OrganisationId == dienluc && n.Link == $"/kien-nghi/{id}" && n.Title.Contains("sắp đến hạn"), Ct));
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == leader && n.Link == $"/kien-nghi/{id}" && n.Title.Contains("sắp đến hạn"), Ct));
            Assert.Equal(1, await db.OutboxEmails.CountAsync(m => m.To == leaderEmail && m.Subject.Contains(number) && m.Subject.Contains("sắp đến hạn"), Ct));
        }
    }

    [Fact]
    public async Task SameTransition_SentThroughBothInstancesAtOnce_OneWins_TheOtherGetsAConflict_AndTheHistoryHasItOnce()
    {
        var ids = await SubmitAsync("Thao tác đồng thời trên hai máy", 4);
        await using var secondInstance = App.WithWebHostBuilder(_ => { });
        var first = await App.ApiAs("cuc.dienluc");
        var second = secondInstance.CreateClient();
        second.DefaultRequestHeaders.Authorization = (await App.ApiAs("cuc.ctdp")).DefaultRequestHeaders.Authorization;
        await second.GetAsync("/health/ready", Ct);   // the second host started before the race, not during it

        foreach (var id in ids)
        {
            int version;
            await using (var scope = App.Db())
                version = await scope.Context.Recommendations.Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct);
            // Two officers who read the same version; then the same two again, without one.
            var received = await BothAsync(first, second, id, new { action = "receive", version });
            var answered = await BothAsync(first, second, id, new { action = "answer", answer = "Bộ đã có văn bản hướng dẫn đấu nối.", letterNumber = "1234/BCT-ĐL", signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng" });

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], received.Order());
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answered.Order());
            await using var check = App.Db();
            var history = await check.Context.RecommendationEvents.Where(e => e.RecommendationId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct);
            Assert.Equal(["submit", "receive", "answer"], history);
        }
    }

    private async Task<List<int>> SubmitAsync(string title, int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++) ids.Add(await RecommendationSetup.SubmitAsync(App, $"{title} {Guid.NewGuid()}", Ct));
        return ids;
    }

    private async Task PassAsync(IServiceProvider instance, TimeProvider clock)
    {
        await using var scope = instance.CreateAsyncScope();
        await RecommendationReminders.RunOnceAsync(scope.ServiceProvider.GetRequiredService<CauNoiDb>(), clock, Ct);
    }

    private async Task<HttpStatusCode[]> BothAsync(HttpClient first, HttpClient second, int id, object step)
    {
        var url = $"/api/v1/recommendations/{id}/transitions";
        var responses = await Task.WhenAll(first.PostAsJsonAsync(url, step, Ct), second.PostAsJsonAsync(url, step, Ct));
        return [.. responses.Select(r => r.StatusCode)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TwoInstancesOnSqlite(SqliteApp app) : TwoInstancesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesOnPostgres(PostgresApp app) : TwoInstancesTests(app);
