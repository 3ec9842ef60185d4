using CauNoi.Tests.Features.Recommendations;
using CauNoi.Tests.Features.Tasks;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Tasks;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>A cluster's inspection teams: read by whoever sees the cluster, recorded by its keepers, a finding given as a task.</summary>
public abstract class ClusterInspectionsTests(CauNoiApp app) : AppTests(app)
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static object Inspection(params string[] findings) => new
    {
        inspectedOn = Today.AddDays(-3), members = "Cục Công Thương địa phương: bà Trần Thị Hương (trưởng đoàn); Sở Công Thương Hà Nội: ông Phạm Minh Tuấn",
        findings,
    };

    private async Task<ClusterInspectionsView.Inspection> RecordAsync(int cluster, params string[] findings)
    {
        var response = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync($"/api/v1/clusters/{cluster}/inspections", Inspection(findings), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<ClusterInspectionsView.Inspection>(ApiJson.Options, Ct))!;
    }

    private async Task<List<ClusterInspectionsView.Inspection>> ReadAsync(string caller, int cluster) =>
        (await (await App.ApiAs(caller)).GetFromJsonAsync<List<ClusterInspectionsView.Inspection>>($"/api/v1/clusters/{cluster}/inspections", ApiJson.Options, Ct))!;

    private async Task<object> TaskBodyAsync(string? title = null)
    {
        var (owner, department) = await TaskApiSetup.AccountAsync(App, "so.hanoi", Ct);
        return new { title, leadOrganisationId = department, ownerId = owner, assignedBy = "Giám đốc Sở Công Thương", dueOn = Today.AddDays(30) };
    }

    [Fact]
    public async Task AnotherProvincesDepartment_IsToldTheClusterIsNotFound_WhetherReadingOrRecording()
    {
        var (id, _) = await InDatabaseAsync(App, RecommendationSteps.Token(), HaNoi, HoanKiem, Ct);
        var inspection = await RecordAsync(id, "Đường nội bộ xuống cấp.");
        var tuyenQuang = await App.ApiAs("so.tuyenquang");

        Assert.Equal(HttpStatusCode.NotFound, (await tuyenQuang.GetAsync($"/api/v1/clusters/{id}/inspections", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tuyenQuang.PostAsJsonAsync($"/api/v1/clusters/{id}/inspections", Inspection("Phát hiện"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tuyenQuang.PostAsJsonAsync(
            $"/api/v1/clusters/{id}/inspections/{inspection.Id}/findings/{inspection.Findings[0].Id}/task", await TaskBodyAsync(), Ct)).StatusCode);
        Assert.Single(await ReadAsync("so.hanoi", id));
    }

    [Fact]
    public async Task ACommune_ReadsTheInspectionsOfItsCluster_ButMayNotRecordOne()
    {
        var (id, _) = await InDatabaseAsync(App, RecommendationSteps.Token(), HaNoi, HoanKiem, Ct);
        await RecordAsync(id, "Chưa có hệ thống quan trắc nước thải tự động.");
        var commune = await App.ApiAs("xa.hoankiem");

        var refused = await commune.PostAsJsonAsync($"/api/v1/clusters/{id}/inspections", Inspection("Phát hiện của xã"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("không ghi kết quả kiểm tra", await refused.Content.ReadAsStringAsync(Ct));
        var seen = Assert.Single(await ReadAsync("xa.hoankiem", id));
        Assert.Equal(["Chưa có hệ thống quan trắc nước thải tự động."], seen.Findings.Select(f => f.Text));
        // Another commune of Hà Nội does not see the cluster at all.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.badinh")).GetAsync($"/api/v1/clusters/{id}/inspections", Ct)).StatusCode);
    }

    [Fact]
    public async Task AFinding_BecomesATaskWhosePageShowsIt_AndTheFindingLinksToThatTask()
    {
        var token = RecommendationSteps.Token();
        var (id, name) = await InDatabaseAsync(App, token, HaNoi, HoanKiem, Ct);
        var inspection = await RecordAsync(id, $"Trạm xử lý nước thải {token} chưa vận hành.", "Đường nội bộ xuống cấp.");
        var wastewater = inspection.Findings[0];

        var response = await (await App.ApiAs("cuc.ctdp")).PostAsJsonAsync(
            $"/api/v1/clusters/{id}/inspections/{inspection.Id}/findings/{wastewater.Id}/task", await TaskBodyAsync(), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var task = (await response.Content.ReadFromJsonAsync<TaskDetail>(ApiJson.Options, Ct))!;
        var (status, page) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/nhiem-vu/{task.Summary.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Trạm xử lý nước thải {token} chưa vận hành.", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith($"Theo kết quả kiểm tra {name}", page.QuerySelector("#description")!.TextContent.Trim());
        var findings = Assert.Single(await ReadAsync("so.hanoi", id)).Findings;
        Assert.Equal((task.Summary.Id, WorkTask.FormatNumber(task.Summary.Id)), (findings[0].TaskId!.Value, findings[0].TaskNumber!));
        Assert.Null(findings[1].TaskId);
        // Given once: a second time is refused, in Vietnamese.
        var again = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync(
            $"/api/v1/clusters/{id}/inspections/{inspection.Id}/findings/{wastewater.Id}/task", await TaskBodyAsync(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã được giao thành nhiệm vụ", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnInspectionWithoutItsDayOrTeam_OrDatedTomorrow_IsRefusedFieldByFieldInVietnamese()
    {
        var (id, _) = await InDatabaseAsync(App, RecommendationSteps.Token(), HaNoi, HoanKiem, Ct);
        var api = await App.ApiAs("so.hanoi");

        var empty = await api.PostAsJsonAsync($"/api/v1/clusters/{id}/inspections", new { findings = new[] { "  " } }, Ct);
        var tomorrow = await api.PostAsJsonAsync($"/api/v1/clusters/{id}/inspections", new { inspectedOn = Today.AddDays(1), members = "Đoàn" }, Ct);

        var errors = await ClusterSetup.ErrorsAsync(empty, Ct);
        Assert.Equal(["Vui lòng nhập ngày kiểm tra."], errors["InspectedOn"]);
        Assert.Equal(["Vui lòng nhập thành phần đoàn kiểm tra."], errors["Members"]);
        Assert.Equal([$"Ngày kiểm tra ({Display.Date(Today.AddDays(1))}) không được sau hôm nay."], (await ClusterSetup.ErrorsAsync(tomorrow, Ct))["InspectedOn"]);
        Assert.Empty(await ReadAsync("so.hanoi", id));
    }

    [Fact]
    public async Task ThePage_LetsTheProvinceRecordAnInspection_AndGiveAFindingAsATask()
    {
        var token = RecommendationSteps.Token();
        var (id, name) = await InDatabaseAsync(App, token, HaNoi, HoanKiem, Ct);
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var url = $"/cum-cong-nghiep/{id}/kiem-tra";

        var recorded = await client.PostFormAsync($"{url}?handler=Inspection", new()
        {
            ["Inspection.InspectedOn"] = Display.Date(Today), ["Inspection.Members"] = "Sở Công Thương Hà Nội",
            ["Inspection.Findings"] = $"Hệ thống phòng cháy {token} chưa nghiệm thu.\nCây xanh chưa đủ tỷ lệ.",
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (_, page) = await client.GetAsync(url);
        Assert.Equal(name, page.QuerySelector("#cluster-name")!.TextContent);
        var findings = page.QuerySelectorAll("[data-finding]");
        Assert.Equal([$"Hệ thống phòng cháy {token} chưa nghiệm thu.", "Cây xanh chưa đủ tỷ lệ."], findings.Select(f => f.QuerySelector("span")!.TextContent));
        var form = findings[0].QuerySelector("form")!;
        var (owner, _) = await TaskApiSetup.AccountAsync(App, "so.hanoi", Ct);
        Assert.NotNull(form.QuerySelector($"option[value='{owner}']"));

        var given = await client.PostFormAsync(form.GetAttribute("action")!, new()
        {
            ["FindingTask.Title"] = $"Nghiệm thu hệ thống phòng cháy {token}", ["FindingTask.OwnerId"] = owner,
            ["FindingTask.AssignedBy"] = "Giám đốc Sở", ["FindingTask.DueOn"] = Display.Date(Today.AddDays(20)),
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        (_, page) = await client.GetAsync(url);
        var link = page.QuerySelector("[data-finding] [data-follow=task] a")!;
        var (_, taskPage) = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Contains($"Nghiệm thu hệ thống phòng cháy {token}", taskPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(link.TextContent, taskPage.QuerySelector("#number")!.TextContent);
    }

    [Fact]
    public async Task ThePage_ShowsACommuneItsClustersInspections_WithoutTheForms_AndNoOtherCommuneTheCluster()
    {
        var (id, _) = await InDatabaseAsync(App, RecommendationSteps.Token(), HaNoi, HoanKiem, Ct);
        await RecordAsync(id, "Đường nội bộ xuống cấp.");

        var (status, page) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync($"/cum-cong-nghiep/{id}/kiem-tra");
        var (other, _) = await (await PageClient.SignedIn(App, "xa.badinh")).GetAsync($"/cum-cong-nghiep/{id}/kiem-tra");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(page.QuerySelectorAll("[data-finding]"));
        Assert.Empty(page.QuerySelectorAll("#kiem-tra form"));
        Assert.Equal(HttpStatusCode.NotFound, other);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterInspectionsOnSqlite(SqliteApp app) : ClusterInspectionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterInspectionsOnPostgres(PostgresApp app) : ClusterInspectionsTests(app);
