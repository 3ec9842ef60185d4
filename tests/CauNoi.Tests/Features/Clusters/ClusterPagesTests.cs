using CauNoi.Web.Features.Clusters;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>The registry's pages for each role: the list, a cluster with its figures and, for its keepers, its forms.</summary>
public abstract class ClusterPagesTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Keepers = ["so.hanoi", "cuc.ctdp", "admin"];

    [Fact]
    public async Task ThePages_AnswerEachRole_WithTheClustersFigures_AndTheFormsOnlyForItsKeepers()
    {
        var token = Token();
        // Phường Hoàn Kiếm, and Thị trấn Quang Minh of the former Huyện Mê Linh. Projects in force: 12 + 8 = 20 ha of 40 ha, 50%.
        var c = await OperatingAsync(App, $"Cụm công nghiệp trang {token}", HaNoi, [Commune(HoanKiem), Former("08989")], 45m, 40m, Ct);
        await AddProjectAsync(App, c.Id, "Công ty TNHH May mặc Thành Công", 12m, 150, Ct);
        await AddProjectAsync(App, c.Id, "Công ty cổ phần Cơ điện Việt Hưng", 8m, 30, Ct, "Registered");
        await AddProjectAsync(App, c.Id, "Công ty TNHH Da giày đã dừng", 10m, 200, Ct, "Stopped", Today.AddDays(-1));

        foreach (var caller in new[] { "xa.hoankiem", "xa.badinh", "so.hanoi", "so.tuyenquang", "cuc.ctdp", "cuc.dienluc", "lanhdao", "admin" })
        {
            var pages = await PageClient.SignedIn(App, caller);
            var sees = caller is not ("xa.badinh" or "so.tuyenquang");
            var keeps = Keepers.Contains(caller);
            // Tuyên Quang's department keeps its own province's clusters: it registers them, but not this one.
            var registers = keeps || caller == "so.tuyenquang";

            var (listStatus, list) = await pages.GetAsync($"/cum-cong-nghiep?q={token}");
            Assert.Equal(HttpStatusCode.OK, listStatus);
            var row = list.QuerySelector($"#clusters tr[data-id='{c.Id}']");
            Assert.True(sees == (row is not null), $"{caller}: listed {row is not null}");
            if (row is not null) Assert.Equal("50,00%", row.QuerySelector("[data-figure=occupancy]")!.TextContent.Trim());
            Assert.True(registers == (list.QuerySelector("#new-link") is not null), $"{caller}: register link");

            var (status, page) = await pages.GetAsync($"/cum-cong-nghiep/{c.Id}");
            Assert.True((sees ? HttpStatusCode.OK : HttpStatusCode.NotFound) == status, $"{caller}: {(int)status}");
            if (sees)
            {
                Assert.Equal("Đang hoạt động", page.QuerySelector("#stage")!.TextContent.Trim());
                var occupancy = page.QuerySelector("[data-figure=occupancy]")!.TextContent;
                Assert.Contains("50,00%", occupancy);
                Assert.Contains("Đã cho thuê ÷ có thể cho thuê = 20,00 ha ÷ 40,00 ha", occupancy);
                Assert.Contains("(trước 01/7/2025: Thị trấn Quang Minh, Huyện Mê Linh)", page.QuerySelector("#locations [data-commune='08974']")!.TextContent);
                Assert.Contains("Phường Hoàn Kiếm", page.QuerySelector("#locations")!.TextContent);
                Assert.Equal(["true", "true", "false"], page.QuerySelectorAll("#projects tr[data-id]").Select(r => r.GetAttribute("data-in-force")));
                Assert.True(keeps == (page.QuerySelector("#edit-form") is not null), $"{caller}: edit form");
                Assert.True(keeps == (page.QuerySelector("#step-expand") is not null), $"{caller}: step form");
                Assert.True(keeps == (page.QuerySelector("[data-form=project-new]") is not null), $"{caller}: project form");
            }

            var response = await pages.Http.GetAsync("/cum-cong-nghiep/moi", Ct);
            var to = response.Headers.Location is { } l ? l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString : "";
            var refused = response.StatusCode == HttpStatusCode.Forbidden || to.StartsWith("/khong-co-quyen", StringComparison.Ordinal);
            Assert.True(registers ? response.StatusCode == HttpStatusCode.OK : refused, $"{caller}: new page {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task TheStepForm_RefusesAnUnmetConditionWithoutAReason_AndShowsTheOverrideInTheTimeline()
    {
        var d = await FreshDistrictAsync(App, Ct, HaNoi);
        var c = await PlannedAsync(App, $"Cụm công nghiệp chưa có chủ đầu tư {Token()}", HaNoi, [Former(d.FormerCommunes[0])], Ct, developer: false);
        var pages = await PageClient.SignedIn(App, "so.hanoi");
        var (_, before) = await pages.GetAsync($"/cum-cong-nghiep/{c.Id}");
        Assert.Equal("false", before.QuerySelector("[data-conditions=establish] [data-condition=developer]")!.GetAttribute("data-met"));
        Assert.NotNull(before.QuerySelector("#establish-reason"));
        var fields = new Dictionary<string, string>
        {
            ["Decision.Step"] = "establish", ["Decision.Number"] = "45/QĐ-UBND", ["Decision.SignedOn"] = "02/04/2025", ["Decision.Signer"] = "Chủ tịch UBND thành phố",
            ["Decision.AreaHa"] = "50", ["Decision.LeasableHa"] = "35,5", ["Decision.Version"] = c.Version.ToString(),
        };

        var refused = await pages.PostFormAsync($"/cum-cong-nghiep/{c.Id}?handler=Step", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = PageClient.Parse(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Chưa đáp ứng 1 điều kiện của Nghị định 32/2024/NĐ-CP", shown.QuerySelector("[data-error-for='Decision.OverrideReason']")!.TextContent);
        Assert.Equal(ClusterStage.Planned, (await ReadAsync(App, Hub, c.Id, Ct)).Stage);

        fields["Decision.OverrideReason"] = Reason;
        var done = await pages.PostFormAsync($"/cum-cong-nghiep/{c.Id}?handler=Step", fields);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await pages.GetAsync($"/cum-cong-nghiep/{c.Id}");
        var overridden = after.QuerySelector("#decisions [data-override]")!.TextContent;
        Assert.Contains(Reason, overridden);
        Assert.Contains("Chưa có chủ đầu tư hạ tầng kỹ thuật.", overridden);
        Assert.Equal("Đã thành lập", after.QuerySelector("#stage")!.TextContent.Trim());
        var cluster = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((50m, 35.5m, new DateOnly(2025, 4, 2)), (cluster.AreaHa!.Value, cluster.LeasableHa, cluster.EstablishedOn!.Value));
    }

    [Fact]
    public async Task TheNewClusterPage_RegistersAPlannedCluster_AndTheClustersPageAddsAProject()
    {
        var pages = await PageClient.SignedIn(App, "so.hanoi");
        var name = $"Cụm công nghiệp Quang Minh 2 {Token()}";
        var (_, form) = await pages.GetAsync("/cum-cong-nghiep/moi");
        Assert.Equal("Thành phố Hà Nội", form.QuerySelector("#province-name")!.TextContent.Trim());

        var created = await pages.PostFormAsync("/cum-cong-nghiep/moi", new()
        {
            ["Input.ProvinceCode"] = HaNoi, ["Input.Name"] = name, ["Input.Communes"] = "08974", ["Input.PlannedHa"] = "42,5", ["Input.LeasableHa"] = "30",
            ["Input.DeveloperName"] = "Công ty cổ phần Hạ tầng Mê Linh", ["Input.DeveloperKind"] = "Enterprise", ["Input.Sectors"] = "Cơ khí\nĐiện tử",
            ["Input.PlanNumber"] = "1234/QĐ-UBND", ["Input.PlanSignedOn"] = "10/06/2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var cluster = await ReadAsync(App, "so.hanoi", id, Ct);
        Assert.Equal((name, 42.5m, 30m, "08974", ClusterStage.Planned), (cluster.Name, cluster.PlannedHa, cluster.LeasableHa, cluster.Locations.Single().CommuneCode, cluster.Stage));
        Assert.Equal(["Cơ khí", "Điện tử"], cluster.Sectors);
        Assert.Matches(@"^CCN-01-\d{4}$", cluster.Code);

        var added = await pages.PostFormAsync($"/cum-cong-nghiep/{id}?handler=Project", new()
        {
            ["Project.Investor"] = "Công ty TNHH Linh kiện Quang Minh", ["Project.Sector"] = "Điện tử", ["Project.CapitalBillionVnd"] = "1.250,5",
            ["Project.LandHa"] = "12,5", ["Project.Status"] = "Building", ["Project.RegisteredOn"] = "01/03/2025", ["Project.Workers"] = "80",
        }, $"/cum-cong-nghiep/{id}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var project = (await ReadAsync(App, "so.hanoi", id, Ct)).Projects.Single();
        Assert.Equal((1250.5m, 12.5m, ProjectStatus.Building, 80), (project.CapitalBillionVnd, project.LandHa, project.Status, project.Workers));

        // Its row's link opens its form; stopped without a day, the form comes back with the refusal under the field.
        var (_, editing) = await pages.GetAsync($"/cum-cong-nghiep/{id}?project={project.Id}");
        Assert.Equal("12,5", editing.QuerySelector($"#sua-du-an #project-{project.Id}-land")!.GetAttribute("value"));
        var stopped = await pages.PostFormAsync($"/cum-cong-nghiep/{id}?handler=Project", new()
        {
            ["Project.Id"] = project.Id.ToString(), ["Project.Investor"] = project.Investor, ["Project.Sector"] = project.Sector, ["Project.CapitalBillionVnd"] = "1250,5",
            ["Project.LandHa"] = "12,5", ["Project.Status"] = "Stopped", ["Project.RegisteredOn"] = "01/03/2025", ["Project.Workers"] = "80",
        }, $"/cum-cong-nghiep/{id}");
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        var refusedPage = PageClient.Parse(await stopped.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Dự án đã dừng hoạt động: nhập ngày dừng hoạt động.", refusedPage.QuerySelector("#sua-du-an [data-error-for='Project.StoppedOn']")!.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterPagesOnSqlite(SqliteApp app) : ClusterPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterPagesOnPostgres(PostgresApp app) : ClusterPagesTests(app);
