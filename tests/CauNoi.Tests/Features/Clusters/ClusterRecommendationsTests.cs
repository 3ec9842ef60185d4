using CauNoi.Tests.Features.Meetings;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Recommendations;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>A recommendation about a cluster: named at intake within the caller's scope and province, listed with the cluster.</summary>
public abstract class ClusterRecommendationsTests(CauNoiApp app) : AppTests(app)
{
    private async Task<HttpResponseMessage> SubmitAsync(string caller, int cluster, string field, string title, string? province = null) =>
        await (await App.ApiAs(caller)).PostAsJsonAsync("/api/v1/recommendations", new
        {
            title, content = title + ": đề nghị Bộ hướng dẫn.", fieldId = await MeetingSetup.FieldAsync(App, field, Ct), clusterId = cluster,
            provinceCode = province, channel = province is null ? null : "Hotline",
        }, Ct);

    [Fact]
    public async Task ARecommendationNamingAClusterOfAnotherProvince_IsRefusedWithAFieldError()
    {
        var (haNoi, _) = await InDatabaseAsync(App, RecommendationSteps.Token(), HaNoi, HoanKiem, Ct);

        var fromTuyenQuang = await SubmitAsync("so.tuyenquang", haNoi, "NL", "Lưới điện cụm công nghiệp quá tải");
        var recordedForTuyenQuang = await SubmitAsync("cuc.ctdp", haNoi, "NL", "Lưới điện cụm công nghiệp quá tải", province: TuyenQuang);

        Assert.Equal(["Không tìm thấy cụm công nghiệp này trong phạm vi của bạn."], (await ClusterSetup.ErrorsAsync(fromTuyenQuang, Ct))["ClusterId"]);
        Assert.Equal(["Cụm công nghiệp không thuộc tỉnh, thành phố của kiến nghị."], (await ClusterSetup.ErrorsAsync(recordedForTuyenQuang, Ct))["ClusterId"]);
        // A commune names only a cluster it sees: one in its own commune.
        Assert.Equal(["Không tìm thấy cụm công nghiệp này trong phạm vi của bạn."],
            (await ClusterSetup.ErrorsAsync(await SubmitAsync("xa.badinh", haNoi, "NL", "Lưới điện cụm công nghiệp quá tải"), Ct))["ClusterId"]);
    }

    [Fact]
    public async Task AClustersRecommendations_AppearForItsViewers_AsTheRecommendationsListShowsThem()
    {
        var token = RecommendationSteps.Token();
        var (id, name) = await InDatabaseAsync(App, token, HaNoi, HoanKiem, Ct);
        // Administrative procedures: routed to Văn phòng Bộ, not to Cục Điện lực.
        var submitted = await SubmitAsync("xa.hoankiem", id, "TTHC", $"Thủ tục thuê đất trong cụm công nghiệp {token} kéo dài");
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync(Ct));
        var recommendation = (await submitted.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct))!;
        Assert.Equal((id, name), (recommendation.ClusterId!.Value, recommendation.ClusterName!));

        // The province, the commune and the hub find it on the cluster's page; a unit it is not routed to sees the cluster, not the recommendation.
        foreach (var caller in new[] { "so.hanoi", "xa.hoankiem", "cuc.ctdp" })
        {
            var (status, page) = await (await PageClient.SignedIn(App, caller)).GetAsync($"/cum-cong-nghiep/{id}/kiem-tra");
            Assert.Equal(HttpStatusCode.OK, status);
            var row = Assert.Single(page.QuerySelectorAll("#cluster-recommendations tbody tr"));
            Assert.Equal(recommendation.Summary.Number, row.QuerySelector("a")!.TextContent);
            Assert.Equal($"/kien-nghi/{recommendation.Summary.Id}", row.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains($"Thủ tục thuê đất trong cụm công nghiệp {token} kéo dài", row.TextContent);
        }
        var (_, elsewhere) = await (await PageClient.SignedIn(App, "cuc.dienluc")).GetAsync($"/cum-cong-nghiep/{id}/kiem-tra");
        Assert.Empty(elsewhere.QuerySelectorAll("#cluster-recommendations tbody tr"));
        Assert.NotNull(elsewhere.QuerySelector("#no-cluster-recommendations"));

        // The recommendation's own page names its cluster.
        var (_, own) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/kien-nghi/{recommendation.Summary.Id}");
        Assert.Equal(name, own.QuerySelector("#cluster")!.TextContent);
    }

    [Fact]
    public async Task TheSubmitPage_OffersTheClustersOfTheCallersProvince_AndSendsTheOneChosen()
    {
        var token = RecommendationSteps.Token();
        var (id, name) = await InDatabaseAsync(App, token, HaNoi, HoanKiem, Ct);
        string? Offered(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector($"#cluster option[value='{id}']")?.TextContent;

        var commune = await PageClient.SignedIn(App, "xa.hoankiem");
        Assert.StartsWith(name, Offered((await commune.GetAsync("/kien-nghi/gui")).Document));
        Assert.StartsWith(name, Offered((await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync("/kien-nghi/gui")).Document));
        Assert.Null(Offered((await (await PageClient.SignedIn(App, "so.tuyenquang")).GetAsync("/kien-nghi/gui")).Document));
        Assert.Null((await (await PageClient.SignedIn(App, "cuc.ctdp")).GetAsync("/kien-nghi/gui")).Document.QuerySelector("#cluster"));

        var (_, form) = await commune.GetAsync($"/kien-nghi/gui?cluster={id}");
        Assert.NotNull(form.QuerySelector($"#cluster option[value='{id}'][selected]"));
        var sent = await commune.PostFormAsync("/kien-nghi/gui", new()
        {
            ["Input.Token"] = form.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!, ["Input.Title"] = $"Thiếu nước sạch cho cụm {token}",
            ["Input.Content"] = "Đề nghị hỗ trợ.", ["Input.FieldId"] = (await MeetingSetup.FieldAsync(App, "NL", Ct)).ToString(), ["Input.ClusterId"] = id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var scope = App.Db();
        Assert.Equal(id, await scope.Context.Recommendations.Where(r => r.Title == $"Thiếu nước sạch cho cụm {token}").Select(r => r.ClusterId).SingleAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterRecommendationsOnSqlite(SqliteApp app) : ClusterRecommendationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterRecommendationsOnPostgres(PostgresApp app) : ClusterRecommendationsTests(app);
