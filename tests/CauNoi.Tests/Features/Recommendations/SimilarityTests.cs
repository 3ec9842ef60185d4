using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Recommendations.Similarity;

namespace CauNoi.Tests.Features.Recommendations;

public abstract class SimilarityTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>
    /// The same obstacle raised by three provinces in their own words, one typed without
    /// diacritics, and an unrelated recommendation to the same unit; the token keeps this
    /// test's records apart from look-alikes other tests create.
    /// </summary>
    private async Task<(int HaNoi, int TuyenQuang, int DaNang, int Unrelated)> SameObstacleInThreeProvinces()
    {
        var token = _token = RecommendationSteps.Token();
        var haNoi = await App.SubmitAsync("so.hanoi", $"Vướng mắc giải phóng mặt bằng đường dây 110 kV {token}",
            "Dự án đường dây 110 kV qua địa bàn chậm giải phóng mặt bằng do người dân chưa đồng ý mức bồi thường, hỗ trợ đối với nhà ở, "
            + "đất trong hành lang an toàn lưới điện cao áp theo Nghị định 14/2014/NĐ-CP. Đề nghị Bộ hướng dẫn tháo gỡ.", ct: Ct);
        var tuyenQuang = await App.SubmitAsync("so.tuyenquang", $"Giai phong mat bang duong day 110 kV cham {token}",
            "Cong trinh duong day 110 kV qua dia ban tinh cham giai phong mat bang vi nguoi dan chua dong y muc boi thuong, ho tro doi voi nha o, "
            + "dat trong hanh lang an toan luoi dien cao ap theo Nghi dinh 14/2014/ND-CP. De nghi Bo huong dan.", ct: Ct);
        var daNang = await App.SubmitAsync("so.danang", $"Khó khăn giải phóng mặt bằng dự án đường dây 110 kV {token}",
            "Việc giải phóng mặt bằng đường dây 110 kV gặp khó khăn vì chưa thống nhất bồi thường, hỗ trợ nhà ở, đất nằm trong hành lang "
            + "an toàn lưới điện cao áp (Nghị định 14/2014/NĐ-CP); kính đề nghị Bộ Công Thương hướng dẫn.", ct: Ct);
        var unrelated = await App.SubmitAsync("so.lamdong", $"Cấp giấy phép hoạt động điện lực cho điện mặt trời mái nhà {token}",
            "Doanh nghiệp đề nghị hướng dẫn thủ tục cấp giấy phép hoạt động điện lực đối với hệ thống điện mặt trời mái nhà tự sản tự tiêu.", ct: Ct);
        return (haNoi.Summary.Id, tuyenQuang.Summary.Id, daNang.Summary.Id, unrelated.Summary.Id);
    }

    /// <summary>The token of the last set made, for a query that must rank this test's records above the look-alikes.</summary>
    private string _token = "";

    private async Task<List<SimilarRecommendations.Item>> Similar(string userName, int id) =>
        (await (await App.ApiAs(userName)).GetFromJsonAsync<List<SimilarRecommendations.Item>>($"/api/v1/recommendations/{id}/similar", ApiJson.Options, Ct))!;

    [Fact]
    public async Task SameObstacleFromThreeProvinces_IsFoundForEachOther_AboveAnUnrelatedOne()
    {
        var (haNoi, tuyenQuang, daNang, unrelated) = await SameObstacleInThreeProvinces();
        int[] same = [haNoi, tuyenQuang, daNang];

        foreach (var id in same)
        {
            var similar = await Similar("cuc.dienluc", id);

            var others = same.Where(x => x != id).ToList();
            Assert.Equal(others.Order(), similar.Where(s => same.Contains(s.Id)).Select(s => s.Id).Order());
            Assert.DoesNotContain(similar, s => s.Id == id);
            var lowest = similar.Where(s => others.Contains(s.Id)).Min(s => s.Score);
            Assert.True(lowest >= SimilarRecommendations.MinimumScore);
            Assert.True(similar.FirstOrDefault(s => s.Id == unrelated)?.Score is not { } score || score < lowest);
        }
    }

    [Fact]
    public async Task Locality_SeesOnlySimilarOnesInItsScope_AndNothingOutsideIt()
    {
        var (haNoi, tuyenQuang, _, _) = await SameObstacleInThreeProvinces();

        var fromHaNoi = await Similar("so.hanoi", haNoi);
        var hub = await Similar("cuc.ctdp", haNoi);
        var outside = await (await App.ApiAs("so.hanoi")).GetAsync($"/api/v1/recommendations/{tuyenQuang}/similar", Ct);

        Assert.All(fromHaNoi, s => Assert.Equal("Thành phố Hà Nội", s.ProvinceName));
        Assert.Contains(hub, s => s.Id == tuyenQuang);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task BeforeSubmitting_TheTextTypedWithoutDiacritics_FindsWhatWasAlreadyRaised()
    {
        var (haNoi, tuyenQuang, daNang, unrelated) = await SameObstacleInThreeProvinces();
        // Other tests raise the same obstacle; the token ranks this test's three above theirs in the top ten.
        var title = $"giai phong mat bang duong day 110 kV {_token}";
        var content = "Duong day 110 kV qua dia ban cham giai phong mat bang, nguoi dan chua dong y boi thuong, ho tro nha o, dat trong hanh lang an toan luoi dien cao ap theo Nghi dinh 14/2014/ND-CP. De nghi Bo huong dan.";
        var query = $"/api/v1/recommendations/similar?title={Uri.EscapeDataString(title)}&content={Uri.EscapeDataString(content)}";

        var unit = await (await App.ApiAs("cuc.dienluc")).GetFromJsonAsync<List<SimilarRecommendations.Item>>(query, ApiJson.Options, Ct);
        var province = await (await App.ApiAs("so.tuyenquang")).GetFromJsonAsync<List<SimilarRecommendations.Item>>(query, ApiJson.Options, Ct);
        var empty = await (await App.ApiAs("so.tuyenquang")).GetAsync("/api/v1/recommendations/similar?title=%20", Ct);

        Assert.Superset(new HashSet<int> { haNoi, tuyenQuang, daNang }, unit!.Select(s => s.Id).ToHashSet());
        Assert.DoesNotContain(unit!, s => s.Id == unrelated);
        Assert.Contains(province!, s => s.Id == tuyenQuang);
        Assert.DoesNotContain(province!, s => s.Id == haNoi || s.Id == daNang);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task DetailFragment_ListsSimilarOnesWithLinks_WithoutTheLayout()
    {
        var (haNoi, tuyenQuang, daNang, _) = await SameObstacleInThreeProvinces();
        var unit = await PageClient.SignedIn(App, "cuc.dienluc");
        var commune = await PageClient.SignedIn(App, "xa.badinh");

        var (status, fragment) = await unit.GetAsync($"/kien-nghi/{haNoi}/tuong-tu");
        var (outsideStatus, _) = await commune.GetAsync($"/kien-nghi/{haNoi}/tuong-tu");

        Assert.Equal(HttpStatusCode.OK, status);
        var links = fragment.QuerySelectorAll("[data-testid=similar-list] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/kien-nghi/{tuyenQuang}", links);
        Assert.Contains($"/kien-nghi/{daNang}", links);
        Assert.Null(fragment.QuerySelector("nav.navbar"));
        Assert.Equal(HttpStatusCode.NotFound, outsideStatus);
    }

    [Fact]
    public async Task Script_LoadsTheFragmentIntoTheSimilarBox()
    {
        var response = await App.CreateClient().GetAsync("/js/similar.js", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("getElementById('similar')", script);
        Assert.Contains("/tuong-tu", script);
    }

}

/// <summary>The terms and the measure, without the application; expected figures worked by hand.</summary>
public sealed class SimilarityScoreTests
{
    [Fact]
    public void Terms_AreFoldedWords_AndPairsOfNeighbouringWords()
    {
        var terms = Terms.Of("Xăng dầu, XĂNG");

        Assert.Equal(3, terms.Words);
        Assert.Equal(new Dictionary<string, int> { ["xang"] = 2, ["dau"] = 1, ["xang dau"] = 1, ["dau xang"] = 1 }, terms.Frequencies);
    }

    /// <summary>
    /// 100 records: "hanh chinh" in 90 of them weighs ln(1 + 10.5/90.5) = 0.110, "xang dau" in 2 weighs
    /// ln(1 + 98.5/2.5) = 3.699: a record sharing only the boilerplate shares 0.110 / 3.809 = 3% of the query.
    /// </summary>
    [Fact]
    public void RareTerms_WeighMore_ThanBoilerplateThatMostRecordsCarry()
    {
        var bm25 = new Bm25(new CorpusStatistics(100, 2, new Dictionary<string, long> { ["hanh chinh"] = 90, ["xang dau"] = 2 }));
        var query = bm25.Prepare(new Terms(new Dictionary<string, int> { ["hanh chinh"] = 1, ["xang dau"] = 1 }, 2));

        Assert.Equal(0.110, bm25.Weight("hanh chinh"), 3);
        Assert.Equal(3.699, bm25.Weight("xang dau"), 3);
        Assert.Equal(0.029, bm25.Score(query, new Terms(new Dictionary<string, int> { ["hanh chinh"] = 1, ["cum cong"] = 1 }, 2)), 3);
        Assert.Equal(1, bm25.Score(query, new Terms(new Dictionary<string, int> { ["hanh chinh"] = 1, ["xang dau"] = 1 }, 2)), 3);
        Assert.True(SimilarRecommendations.MinimumScore > 0.029);
    }

    [Fact]
    public void NothingInCommon_ScoresZero()
    {
        var bm25 = new Bm25(new CorpusStatistics(10, 3, new Dictionary<string, long>()));

        Assert.Equal(0, bm25.Score(bm25.Prepare(Terms.Of("xyz")), Terms.Of("abc def")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SimilarityOnSqlite(SqliteApp app) : SimilarityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SimilarityOnPostgres(PostgresApp app) : SimilarityTests(app);
