using System.Diagnostics;
using System.Text;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Demo;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>The demo year loaded at start-up (the "Testing" size) reads like a working ministry and follows the workflow's rules.</summary>
public abstract class DemoRecommendationsTests(CauNoiApp app) : AppTests(app)
{
    // The demo set was made at start-up; records other tests submit are made after this process began.
    private static readonly DateTime ProcessStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>The demo's year of recommendations: those DemoMeetings adds for the register's older conferences are DemoMeetingsTests'.</summary>
    private static IQueryable<Recommendation> Demo(CauNoiDb db)
    {
        var yearAgo = Today.AddDays(-364);
        return db.Recommendations.Where(r => r.CreatedAt < ProcessStart && !db.Meetings.Any(m => m.Id == r.MeetingId && m.IsDemo && m.StartsOn < yearAgo));
    }

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task DemoYear_IsThereAfterStartUp_FromEveryProvince_WithinTheLastYear()
    {
        await using var scope = App.Db();
        var db = scope.Context;

        var count = await Demo(db).CountAsync(Ct);
        var provinces = await Demo(db).Select(r => r.ProvinceCode).Distinct().CountAsync(Ct);
        var first = await Demo(db).MinAsync(r => r.ReceivedOn, Ct);
        var last = await Demo(db).MaxAsync(r => r.ReceivedOn, Ct);

        Assert.InRange(count, DemoRecommendations.TestingSize * 9 / 10, DemoRecommendations.TestingSize);
        Assert.Equal(await db.Provinces.CountAsync(Ct), provinces);
        Assert.True(first >= Today.AddDays(-364), $"first received {first}");
        Assert.True(last <= Today, $"last received {last}");
    }

    [Fact]
    public async Task EveryDemoHistory_ChainsFromSubmission_ToTheRecordsStatus()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var records = await Demo(db).Select(r => new { r.Id, r.Status, r.Version, r.CreatedAt }).ToDictionaryAsync(r => r.Id, Ct);
        var events = (await db.RecommendationEvents.Where(e => Demo(db).Any(r => r.Id == e.RecommendationId)).ToListAsync(Ct))
            .GroupBy(e => e.RecommendationId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ThenBy(e => e.Id).ToList());

        Assert.All(records.Values, r =>
        {
            var history = events[r.Id];
            Assert.Equal(("submit", (S?)null), (history[0].Action, history[0].FromStatus));
            Assert.Equal(r.CreatedAt, history[0].At);
            for (var i = 1; i < history.Count; i++)
                Assert.True(history[i].FromStatus == history[i - 1].ToStatus, $"{Recommendation.FormatNumber(r.Id)}: {history[i].Action} from {history[i].FromStatus} after {history[i - 1].ToStatus}");
            Assert.Equal(r.Status, history[^1].ToStatus);
            Assert.Equal(r.Version, history.Count);
            Assert.True(history[^1].At <= DateTime.UtcNow);
        });
    }

    [Fact]
    public async Task AnsweredDemoRecords_CarryTheirAnswer_GivenOnOrAfterReceipt_AndEveryStateItsParticulars()
    {
        await using var scope = App.Db();
        var records = await Demo(scope.Context).ToListAsync(Ct);

        var answered = records.Where(r => r.Status is S.Answered or S.Closed).ToList();
        Assert.InRange(answered.Count, records.Count * 7 / 10, records.Count);   // about 85% answered, less the latest weeks
        Assert.All(answered, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Answer));
            Assert.True(r.AnsweredOn >= r.ReceivedOn, $"{r.Number} answered {r.AnsweredOn} before receipt {r.ReceivedOn}");
        });
        Assert.Contains(answered, r => r.AnsweredOn > r.DueOn);                   // some late
        Assert.All(records.Where(r => r.Status == S.NeedsInformation), r => Assert.NotNull(r.RemainingWorkingDays));
        Assert.All(records.Where(r => r.Status == S.OutsideRemit), r => Assert.False(string.IsNullOrWhiteSpace(r.CompetentBody)));
        Assert.All(records.Where(r => r.Status == S.MergedAsDuplicate), r =>
            Assert.Contains(records, o => o.Id == r.DuplicateOfId && o.Status != S.MergedAsDuplicate && o.ProvinceCode == r.ProvinceCode));
        Assert.DoesNotContain(records, r => r.DueOn < r.ReceivedOn);
    }

    [Fact]
    public async Task Today_TheHubSeesOverdueDemoRecords()
    {
        await using (var scope = App.Db())
            Assert.True(await Demo(scope.Context).Where(RecommendationQueries.Overdue(Today)).AnyAsync(Ct));

        var list = await (await App.ApiAs("cuc.ctdp")).GetFromJsonAsync<Page<RecommendationQueries.Item>>("/api/v1/recommendations?overdue=true", Json, Ct);

        Assert.NotEmpty(list!.Items);
        Assert.All(list.Items, i => Assert.True(i.Overdue));
    }

    [Fact]
    public async Task NoProvince_HasTwoDemoRecordsWithTheSameTitleOnOneDay()
    {
        await using var scope = App.Db();

        var repeated = await Demo(scope.Context).GroupBy(r => new { r.ProvinceCode, r.ReceivedOn, r.Title })
            .Where(g => g.Count() > 1).Select(g => g.Key.Title).ToListAsync(Ct);

        Assert.Empty(repeated);
    }

    [Fact]
    public async Task DemoTexts_AsStored_HaveNoPlaceholderLeft()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var texts = (await Demo(db).Select(r => new[] { r.Title, r.Content, r.Answer, r.ConcernReference, r.CompetentBody, r.RatingReason }).ToListAsync(Ct)).SelectMany(t => t)
            .Concat(await db.RecommendationEvents.Where(e => Demo(db).Any(r => r.Id == e.RecommendationId)).Select(e => e.Comment).ToListAsync(Ct))
            .Concat(await db.RecommendationMessages.Where(m => Demo(db).Any(r => r.Id == m.RecommendationId)).Select(m => m.Text).ToListAsync(Ct))
            .OfType<string>().ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.IndexOfAny(['{', '}']) < 0 && !t.Contains("  "), t));
    }

    [Fact]
    public async Task SameSeedAndMoment_PlanTheSameYear_SoScreenshotsStayStable()
    {
        await using var scope = App.Db();
        var world = (await DemoWorld.LoadAsync(scope.Context, Ct))!;
        var now = DateTime.UtcNow;

        List<string> Plan()
        {
            var rng = new Random(DemoRecommendations.Seed);
            return [.. DemoPlan.Make(world, rng, 300, now).Select(p => $"{p.Province.Code} {p.Day} {p.SubmitAt:O} {p.Channel} {p.Topic.Title(p.Scene)}")];
        }

        Assert.Equal(Plan(), Plan());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

[Collection(SqliteCollection.Name)]
public sealed class DemoRecommendationsOnSqlite(SqliteApp app) : DemoRecommendationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoRecommendationsOnPostgres(PostgresApp app) : DemoRecommendationsTests(app);

/// <summary>The texts as written, before the database normalises them: every topic in every kind of place.</summary>
public sealed class DemoTopicTextsTests
{
    private static readonly DemoCommune Xa = new("99001", "Xã Tân Lập", "xã", "xã Tân Lập", "Tân Lập", 1, "Phòng Kinh tế Xã Tân Lập");
    private static readonly DemoCommune Phuong = new("99002", "Phường Hòa Bình", "phường", "phường Hòa Bình", "Hòa Bình", 2, "Phòng Kinh tế, Hạ tầng và Đô thị Phường Hòa Bình");
    private static readonly DemoProvince Tinh = new("20", "Tỉnh Lạng Sơn", "Lạng Sơn", "tỉnh Lạng Sơn", false, false, 3, "Sở Công Thương Lạng Sơn", [Xa, Phuong]);
    private static readonly DemoProvince ThanhPho = new("79", "Thành phố Hồ Chí Minh", "Hồ Chí Minh", "thành phố Hồ Chí Minh", true, true, 4, "Sở Công Thương Hồ Chí Minh", [Phuong, Xa]);

    public static TheoryData<int> Topics => [.. Enumerable.Range(0, DemoTopic.All.Count)];

    [Theory]
    [MemberData(nameof(Topics))]
    public void EveryTopic_WritesNfcTextWithoutPlaceholders_InEveryPlace(int index)
    {
        var topic = DemoTopic.All[index];
        var rng = new Random(index);
        foreach (var province in new[] { Tinh, ThanhPho })
        foreach (var commune in topic.Level switch { DemoLevel.Province => [null], DemoLevel.Commune => [Xa, Phuong], _ => new DemoCommune?[] { null, Xa, Phuong } })
        foreach (var day in new[] { new DateOnly(2025, 3, 3), new DateOnly(2026, 10, 5) })
        for (var variant = 0; variant < 4; variant++)
        {
            var s = DemoScene.Create(rng, province, commune, day);
            var title = topic.Title(s);
            var texts = new[]
            {
                title, topic.Content(s), topic.WrittenAnswer(s, title, "Cục Công Thương địa phương", again: variant % 2 == 1),
                topic.Reference?.Invoke(s), topic.CompetentBody?.Invoke(s),
                DemoWords.RequestInformation(s), DemoWords.ProvideInformation(s), DemoWords.Thread(s).Question, DemoWords.Thread(s).Reply,
            };

            Assert.InRange(title.Length, 20, RecommendationConfiguration.TitleLength);
            Assert.All(texts.OfType<string>(), t =>
            {
                Assert.True(t.IsNormalized(NormalizationForm.FormC), t);
                Assert.True(t.IndexOfAny(['{', '}']) < 0, t);
                Assert.DoesNotContain("  ", t);
                Assert.Equal(t.Trim(), t);
            });
        }
    }
}
