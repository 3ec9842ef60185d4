using AngleSharp.Html.Dom;
using CauNoi.Tests.Features.Notifications;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Home;

/// <summary>
/// The home page is each role's own work: the figures of its scope, each opening the list of exactly those records. The
/// page runs on an instance whose clock stands on Wednesday 9 December 2026, so "this week" ends on Sunday 13/12.
/// </summary>
public abstract class HomePageTests(CauNoiApp app) : AppTests(app)
{
    private static readonly FixedClock Wednesday = new(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.FromHours(7)));

    /// <summary>A recommendation of the account's, put straight into the state and deadline the test needs.</summary>
    private async Task<int> RecordAsync(string userName, RecommendationStatus status, DateOnly dueOn)
    {
        var id = (await App.SubmitAsync(userName, $"Trang chủ {status} {RecommendationSteps.Token()}", "Nội dung kiến nghị để thử trang chủ.")).Summary.Id;
        await using var scope = App.Db();
        await scope.Context.Recommendations.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.DueOn, dueOn), Ct);
        return id;
    }

    private async Task<(WebApplicationFactory<Program> Instance, PageClient Client)> SignedInOnWednesdayAsync(string userName)
    {
        var instance = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Wednesday)));
        var client = new PageClient(instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signIn = await client.PostFormAsync("/dang-nhap", new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (instance, client);
    }

    private static Dictionary<string, (int Count, string Url)> Tiles(IHtmlDocument page) =>
        page.QuerySelectorAll("#tiles [data-tile]").ToDictionary(
            t => t.GetAttribute("data-tile")!,
            t => (int.Parse(t.QuerySelector(".stat")!.TextContent.Replace(".", "")), t.GetAttribute("href")!));

    [Fact]
    public async Task Commune_SeesItsOpenOverdueAndDueThisWeek_AndWhatWaitsForIt_EachOpeningExactlyThoseRecords()
    {
        var officer = await App.OfficerOfAFreshCommuneAsync("trangchu", Ct);
        var overdue = await RecordAsync(officer, RecommendationStatus.InProgress, new DateOnly(2026, 12, 1));
        var dueFriday = await RecordAsync(officer, RecommendationStatus.Received, new DateOnly(2026, 12, 11));
        var dueNextMonth = await RecordAsync(officer, RecommendationStatus.Submitted, new DateOnly(2027, 1, 15));
        var askedForMore = await RecordAsync(officer, RecommendationStatus.NeedsInformation, new DateOnly(2027, 1, 10));
        var answered = await RecordAsync(officer, RecommendationStatus.Answered, new DateOnly(2026, 11, 20));
        await RecordAsync(officer, RecommendationStatus.Closed, new DateOnly(2026, 10, 1));
        var (instance, client) = await SignedInOnWednesdayAsync(officer);
        await using var _ = instance;

        var (status, home) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        var tiles = Tiles(home);
        Assert.Equal(4, tiles["open"].Count);
        Assert.Equal(1, tiles["overdue"].Count);
        Assert.Equal(2, tiles["due-this-week"].Count);
        Assert.Contains("13/12/2026", home.QuerySelector("[data-tile=due-this-week]")!.TextContent);
        Assert.Equal(1, tiles["needs-information"].Count);
        Assert.Equal(1, tiles["answered"].Count);
        Assert.False(tiles.ContainsKey("submitted"), "A commune does not take in recommendations.");
        // Each figure opens the list of exactly its records.
        async Task<int[]> Listed(string url) =>
            [.. (await client.GetAsync(url)).Document.QuerySelectorAll("#recommendations tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!))];
        Assert.Equal([overdue, dueFriday, askedForMore, dueNextMonth], await Listed(tiles["open"].Url));
        Assert.Equal([overdue], await Listed(tiles["overdue"].Url));
        Assert.Equal([overdue, dueFriday], await Listed(tiles["due-this-week"].Url));
        Assert.Equal([askedForMore], await Listed(tiles["needs-information"].Url));
        Assert.Equal([answered], await Listed(tiles["answered"].Url));
        // The nearest deadlines, in deadline order, and the way to submit and to the weekly report.
        Assert.Equal([overdue, dueFriday, askedForMore, dueNextMonth],
            home.QuerySelectorAll("#nearest tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!)).ToArray());
        Assert.Equal("Gửi kiến nghị", home.QuerySelector("a[href='/kien-nghi/gui']")!.TextContent.Trim());
        Assert.NotNull(home.QuerySelector("a[href='/bao-cao-tuan']"));
    }

    [Fact]
    public async Task MinistryLeader_SeesTheirBriefOfTheWeekAndTheWeeklyReport_ButNoSubmitButton()
    {
        var (instance, client) = await SignedInOnWednesdayAsync("lanhdao");
        await using var _ = instance;

        var (_, home) = await client.GetAsync("/");

        // What he follows (the demo's Quảng Ninh and Bắc Ninh since 01/10/2025, Cục Điện lực and Cục CTĐP), not everything he may read.
        Assert.Null(home.QuerySelector("#tiles"));
        Assert.Contains("Bản tin tuần 50 (07/12/2026 – 13/12/2026)", home.QuerySelector("#brief h2")!.TextContent);
        var follows = home.QuerySelector("#brief-follows")!.TextContent;
        Assert.Contains("Tỉnh Quảng Ninh, Tỉnh Bắc Ninh", follows);
        Assert.Contains("Cục Điện lực", follows);
        Assert.Equal("/api/v1/briefs/me?week=2026-W50&format=docx", home.QuerySelector("#brief-docx")!.GetAttribute("href"));
        Assert.Null(home.QuerySelector("a[href='/kien-nghi/gui']"));
        Assert.NotNull(home.QuerySelector("a[href='/bao-cao-tuan']"));
    }

    [Fact]
    public async Task UnitOfficer_SeesWhatReachedTheirUnitAndWaitsToBeTakenIn()
    {
        var id = (await App.SubmitAsync("xa.hoankiem", "Chờ tiếp nhận " + RecommendationSteps.Token(), "Nội dung chờ đơn vị tiếp nhận.", field: "NL", ct: Ct)).Summary.Id;
        int unit;
        await using (var scope = App.Db())
            unit = await scope.Context.Recommendations.Where(r => r.Id == id).Select(r => r.RoutedUnitId).SingleAsync(Ct);
        string officer;
        await using (var scope = App.Db())
            officer = await scope.Context.Users.Where(u => u.OrganisationId == unit && u.UserName!.StartsWith("cuc.")).Select(u => u.UserName!).FirstAsync(Ct);
        var (instance, client) = await SignedInOnWednesdayAsync(officer);
        await using var _ = instance;

        var (_, home) = await client.GetAsync("/");

        var submitted = Tiles(home)["submitted"];
        Assert.True(submitted.Count >= 1);
        // Newest first: other tests leave more than a page of records waiting in the same unit.
        var (_, list) = await client.GetAsync(submitted.Url + "&sort=received");
        Assert.NotNull(list.QuerySelector($"#recommendations tr[data-id='{id}']"));
        Assert.Equal("Ghi nhận kiến nghị", home.QuerySelector("a[href='/kien-nghi/gui']")!.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)] public sealed class HomePageOnSqlite(SqliteApp app) : HomePageTests(app);
[Collection(PostgresCollection.Name)] public sealed class HomePageOnPostgres(PostgresApp app) : HomePageTests(app);
