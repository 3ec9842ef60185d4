using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Councils;

namespace CauNoi.Tests.Features.Awards;

/// <summary>Rounds and nominations made through the API, and councils closed straight in the database (the council pages are another part's).</summary>
public static class AwardSetup
{
    public const string Ministry = "cuc.khuyencong", HaNoiDept = "so.hanoi", TuyenQuangDept = "so.tuyenquang";
    public const string HaNoi = "01", TuyenQuang = "08", HoanKiem = "00070", BaDinh = "00004";

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    public static object Round(int year, AwardLevel level, string? province = null, string? region = null, DateOnly? deadline = null, int? places = null,
        TieBreak tieBreak = TieBreak.CriteriaInOrder, decimal? passMark = null) =>
        new
        {
            year, level = level.ToString(), provinceCode = province, region, title = $"Đợt thử {level} {year} {Token()}",
            nominationDeadline = deadline ?? Today, scoringDeadline = (deadline ?? Today).AddDays(30), passMark, places,
            tieBreak = tieBreak.ToString(), certificateSeries = $"T-{Token().ToUpperInvariant()}",
        };

    public static async Task<HttpResponseMessage> PostAsync(CauNoiApp app, string caller, string path, object body, CancellationToken ct) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync(path, body, ct);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options, ct))!;
    }

    public static async Task<AwardQueries.RoundDetail> CreateRoundAsync(CauNoiApp app, string caller, object body, CancellationToken ct) =>
        await ReadAsync<AwardQueries.RoundDetail>(await PostAsync(app, caller, "/api/v1/awards/rounds", body, ct), HttpStatusCode.Created, ct);

    public static object Product(int roundId, string name, ProductGroup group = ProductGroup.Handicraft, string commune = HoanKiem) =>
        new { roundId, productName = name, group = group.ToString(), facilityName = "Cơ sở sản xuất " + name, facilityTaxCode = "0101234567", facilityAddress = "Số 1 phố Hàng Bạc", communeCode = commune, description = "Sản phẩm thử." };

    public static async Task<AwardQueries.NominationDetail> NominateAsync(CauNoiApp app, string caller, object body, CancellationToken ct) =>
        await ReadAsync<AwardQueries.NominationDetail>(await PostAsync(app, caller, "/api/v1/awards/nominations", body, ct), HttpStatusCode.Created, ct);

    public static Task<HttpResponseMessage> StepAsync(CauNoiApp app, string caller, int roundId, string step, CancellationToken ct, int? version = null) =>
        PostAsync(app, caller, $"/api/v1/awards/rounds/{roundId}/steps", new { step, version }, ct);

    public static async Task<AwardQueries.RoundDetail> GetRoundAsync(CauNoiApp app, string caller, int id, CancellationToken ct) =>
        (await (await app.ApiAs(caller)).GetFromJsonAsync<AwardQueries.RoundDetail>($"/api/v1/awards/rounds/{id}", ApiJson.Options, ct))!;

    /// <summary>Closes the round's council with the results given per nomination, as the council's closing would freeze them.</summary>
    public static async Task CloseCouncilAsync(CauNoiApp app, int councilId, IReadOnlyDictionary<int, (decimal Average, int Rank, bool Passed)> results, CancellationToken ct)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var council = await db.Councils.Include(c => c.Entries).SingleAsync(c => c.Id == councilId, ct);
        council.Status = CouncilStatus.Closed;
        council.ClosedAt = DateTime.UtcNow;
        foreach (var e in council.Entries)
            if (results.TryGetValue(e.NominationId!.Value, out var r)) (e.Average, e.Rank, e.Passed, e.ScoredBy) = (r.Average, r.Rank, r.Passed, 5);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A provincial round of Hà Nội with the products given, scored, closed and published: each product's result as given.</summary>
    public static async Task<(AwardQueries.RoundDetail Round, List<int> Nominations)> PublishedProvincialAsync(CauNoiApp app, int year,
        IReadOnlyList<(string Name, decimal Average, int Rank, bool Passed)> products, CancellationToken ct, string caller = HaNoiDept, int? places = null, string commune = HoanKiem)
    {
        var round = await CreateRoundAsync(app, caller, Round(year, AwardLevel.Provincial, places: places), ct);
        List<int> ids = [];
        foreach (var p in products) ids.Add((await NominateAsync(app, caller, Product(round.Id, p.Name, commune: commune), ct)).Id);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(app, caller, round.Id, "start-scoring", ct)).StatusCode);
        await CloseCouncilAsync(app, round.CouncilId!.Value, ids.Select((id, i) => (id, products[i])).ToDictionary(x => x.id, x => (x.Item2.Average, x.Item2.Rank, x.Item2.Passed)), ct);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(app, caller, round.Id, "publish", ct)).StatusCode);
        return (await GetRoundAsync(app, caller, round.Id, ct), ids);
    }
}
