using System.Text.Json;
using CauNoi.Web.Features.Clusters;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>The registry's intake, its occupancy, its former districts, and who sees which cluster.</summary>
public abstract class ClusterRegistryTests(CauNoiApp app) : AppTests(app)
{
    private async Task<Page<ClusterQueries.Item>> ListAsync(string caller, string query)
    {
        var response = await (await App.ApiAs(caller)).GetAsync("/api/v1/clusters?" + query, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<Page<ClusterQueries.Item>>(await response.Content.ReadAsStringAsync(Ct), ApiJson.Options)!;
    }

    [Fact]
    public async Task Occupancy_IsTheLandOfProjectsInForceOverTheLeasableLand_AndAStoppedProjectDoesNotCount()
    {
        var token = Token();
        var c = await OperatingAsync(App, $"Cụm công nghiệp lấp đầy {token}", HaNoi, [Commune(HoanKiem)], 45m, 40m, Ct);
        await AddProjectAsync(App, c.Id, "Công ty TNHH May mặc Thành Công", 12m, 150, Ct);
        await AddProjectAsync(App, c.Id, "Công ty cổ phần Cơ điện Việt Hưng", 8m, 30, Ct, "Registered");
        await AddProjectAsync(App, c.Id, "Công ty TNHH Da giày đã dừng", 10m, 200, Ct, "Stopped", Today.AddDays(-1));

        // In force: 12 + 8 = 20 ha of 40 ha leasable, 50%; 150 + 30 = 180 workers; the stopped project's 10 ha and 200 workers left out.
        var detail = await ReadAsync(App, "so.hanoi", c.Id, Ct);
        Assert.Equal((20m, 50m, 2, 180), (detail.LeasedHa, detail.Occupancy!.Value, detail.ProjectsInForce, detail.Workers));
        Assert.Equal([true, true, false], detail.Projects.Select(p => p.InForce));
        var item = Assert.Single((await ListAsync("so.hanoi", $"q={token}")).Items);
        Assert.Equal((20m, 50m, 2, 180, 40m), (item.LeasedHa, item.Occupancy!.Value, item.ProjectsInForce, item.Workers, item.LeasableHa));

        // 20 ha in force + 21 ha would be 41 ha: more than the 40 ha the cluster can lease.
        var over = await ProjectAsync(App, c.Id, "Công ty TNHH Vượt diện tích", 21m, 10, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("Đất của các dự án đang còn hiệu lực (41,00 ha) vượt quá đất công nghiệp có thể cho thuê của cụm (40,00 ha).", await over.Content.ReadAsStringAsync(Ct));
        // A stopped project carries the day it stopped.
        var undated = await ProjectAsync(App, c.Id, "Công ty TNHH Chưa ghi ngày dừng", 1m, 10, Ct, "Stopped");
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Contains("Dự án đã dừng hoạt động: nhập ngày dừng hoạt động.", await undated.Content.ReadAsStringAsync(Ct));

        // Stopping the 12 ha project leaves 8 ÷ 40 = 20%.
        var project = detail.Projects[0];
        var stop = await (await App.ApiAs("so.hanoi")).PutAsJsonAsync($"/api/v1/clusters/{c.Id}/projects/{project.Id}", new
        {
            investor = project.Investor, sector = project.Sector, capitalBillionVnd = project.CapitalBillionVnd, landHa = project.LandHa,
            status = "Stopped", registeredOn = project.RegisteredOn, stoppedOn = Today, workers = project.Workers,
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var after = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((8m, 20m, 1, 30), (after.LeasedHa, after.Occupancy!.Value, after.ProjectsInForce, after.Workers));
    }

    [Fact]
    public async Task AClusterWithoutLeasableLand_HasNoOccupancy()
    {
        var c = await PlannedAsync(App, $"Cụm công nghiệp chưa có đất cho thuê {Token()}", HaNoi, [Commune(HoanKiem)], Ct, leasableHa: 0m);

        Assert.Null(c.Occupancy);
        Assert.Equal(0m, c.LeasedHa);
    }

    [Fact]
    public async Task AClusterRegisteredByAFormerCommune_LiesInTodaysCommune_KeepsItsFormerDistrict_AndIsFoundByIt()
    {
        // From the statistics office's table: Thị trấn Quang Minh (08989) of Huyện Mê Linh (250) went whole into Xã Quang Minh (08974).
        var token = Token();
        var c = await PlannedAsync(App, $"Cụm công nghiệp Quang Minh {token}", HaNoi, [Former("08989")], Ct);

        var place = Assert.Single(c.Locations);
        Assert.Equal(("08974", "Xã Quang Minh", "08989", "Thị trấn Quang Minh", "250", "Huyện Mê Linh"),
            (place.CommuneCode, place.CommuneName, place.FormerCommuneCode, place.FormerCommuneName, place.FormerDistrictCode, place.FormerDistrictName));
        Assert.Equal([c.Id], (await ListAsync(Hub, $"district={Uri.EscapeDataString("me linh")}&q={token}")).Items.Select(i => i.Id));
        Assert.Equal([c.Id], (await ListAsync(Hub, $"district=250&q={token}")).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync(Hub, $"district={Uri.EscapeDataString("Sóc Sơn")}&q={token}")).Items);
        // Its commune sees it (xa.hoankiem does not lie there).
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/clusters/{c.Id}", Ct)).StatusCode);

        // Xã Đại Thịnh (08974) was split between three communes: the registry asks for today's.
        var split = await (await App.ApiAs(Hub)).PostAsJsonAsync("/api/v1/clusters", new
        {
            name = $"Cụm công nghiệp Đại Thịnh {token}", provinceCode = HaNoi, locations = new[] { Former("08974") }, plannedHa = 30m,
            planNumber = "1234/QĐ-UBND", planSignedOn = new DateOnly(2024, 6, 10),
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, split.StatusCode);
        var body = await split.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Xã cũ Xã Đại Thịnh (08974) đã được chia cho nhiều xã, phường mới", body);
        Assert.Contains("vui lòng chọn xã, phường hiện nay", body);
        foreach (var commune in new[] { "Xã Quang Minh", "Xã Tiến Thắng", "Xã Mê Linh" }) Assert.Contains(commune, body);

        // Named with today's commune as well, the former one is taken.
        var named = await CreateAsync(App, new
        {
            name = $"Cụm công nghiệp Tiến Thắng {token}", provinceCode = HaNoi, locations = new[] { new { communeCode = "08995", formerCommuneCode = "08974" } },
            plannedHa = 30m, planNumber = "1234/QĐ-UBND", planSignedOn = new DateOnly(2024, 6, 10),
        }, Ct);
        Assert.Equal(("08995", "Xã Đại Thịnh", "Huyện Mê Linh"), (named.Locations[0].CommuneCode, named.Locations[0].FormerCommuneName, named.Locations[0].FormerDistrictName));
    }

    [Fact]
    public async Task AProvinceSeesItsOwnClusters_ACommuneThoseInIt_AndTheMinistryAll()
    {
        var token = Token();
        string tuyenQuangCommune;
        await using (var scope = App.Db())
            tuyenQuangCommune = await scope.Context.Communes.Where(x => x.ProvinceCode == TuyenQuang).OrderBy(x => x.Code).Select(x => x.Code).FirstAsync(Ct);
        var hoanKiem = await PlannedAsync(App, $"Cụm công nghiệp phạm vi Hoàn Kiếm {token}", HaNoi, [Commune(HoanKiem)], Ct);
        var quangMinh = await PlannedAsync(App, $"Cụm công nghiệp phạm vi Quang Minh {token}", HaNoi, [Commune("08974")], Ct);
        var tuyenQuang = await PlannedAsync(App, $"Cụm công nghiệp phạm vi Tuyên Quang {token}", TuyenQuang, [Commune(tuyenQuangCommune)], Ct);
        int[] hanoi = [hoanKiem.Id, quangMinh.Id], all = [hoanKiem.Id, quangMinh.Id, tuyenQuang.Id];

        Assert.Equal(hanoi, (await ListAsync("so.hanoi", $"q={token}")).Items.Select(i => i.Id).Order());
        Assert.Equal([tuyenQuang.Id], (await ListAsync("so.tuyenquang", $"q={token}")).Items.Select(i => i.Id));
        Assert.Equal([hoanKiem.Id], (await ListAsync("xa.hoankiem", $"q={token}")).Items.Select(i => i.Id));
        Assert.Empty((await ListAsync("xa.badinh", $"q={token}")).Items);
        foreach (var ministry in new[] { "cuc.ctdp", "cuc.dienluc", "lanhdao", "phutrach.hanoi", "admin" })
            Assert.Equal(all, (await ListAsync(ministry, $"q={token}")).Items.Select(i => i.Id).Order());
        Assert.Equal([tuyenQuang.Id], (await ListAsync(Hub, $"q={token}&province={TuyenQuang}")).Items.Select(i => i.Id));
        // Hà Nội (01) and Tuyên Quang (08) are both of the North.
        Assert.Equal(all, (await ListAsync(Hub, $"q={token}&region=North&stage=Planned")).Items.Select(i => i.Id).Order());
        Assert.Empty((await ListAsync(Hub, $"q={token}&region=South")).Items);
        Assert.Empty((await ListAsync(Hub, $"q={token}&stage=Operating")).Items);

        var hanoiApi = await App.ApiAs("so.hanoi");
        Assert.Equal(HttpStatusCode.NotFound, (await hanoiApi.GetAsync($"/api/v1/clusters/{tuyenQuang.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoiApi.GetAsync($"/api/v1/clusters/{tuyenQuang.Id}/projects", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/clusters/{quangMinh.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/clusters/{hoanKiem.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Intake_RefusesEachWrongField_InVietnamese_AndNumbersABlankCode()
    {
        var response = await (await App.ApiAs(Hub)).PostAsJsonAsync("/api/v1/clusters", new
        {
            name = " ", provinceCode = HaNoi, locations = new[] { Commune(await TuyenQuangCommuneAsync()) }, plannedHa = 12.345m, leasableHa = -1m,
            developerName = "Công ty TNHH Hạ tầng", developerTaxCode = "12345", latitude = 35.0, longitude = 105.8,
            planNumber = "QĐ phê duyệt", planSignedOn = Today.AddDays(3),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = string.Join("\n", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateObject()
            .SelectMany(f => f.Value.EnumerateArray().Select(m => $"{f.Name}: {m.GetString()}")));
        foreach (var expected in new[]
        {
            "Name: Vui lòng nhập tên cụm công nghiệp.", "không thuộc tỉnh, thành phố của cụm công nghiệp",
            "PlannedHa: Diện tích theo phương án phát triển ghi tối đa hai chữ số thập phân (ha).",
            "LeasableHa: Diện tích đất công nghiệp có thể cho thuê phải không âm.", "DeveloperKind: Chọn loại chủ đầu tư hạ tầng",
            "DeveloperTaxCode: Mã số thuế \"12345\" không hợp lệ", "Latitude: Vĩ độ 35 nằm ngoài lãnh thổ Việt Nam", "PlanNumber: Số quyết định phê duyệt phương án phát triển \"QĐ phê duyệt\" không đúng dạng",
            "PlanSignedOn: Ngày ký", "không được sau hôm nay",
        })
            Assert.Contains(expected, errors);

        var first = await PlannedAsync(App, $"Cụm công nghiệp đánh số {Token()}", TuyenQuang, [Commune(await TuyenQuangCommuneAsync())], Ct);
        var second = await PlannedAsync(App, $"Cụm công nghiệp đánh số {Token()}", TuyenQuang, [Commune(await TuyenQuangCommuneAsync())], Ct);
        Assert.Matches(@"^CCN-08-\d{4}$", first.Code);
        Assert.Equal(int.Parse(first.Code[7..]) + 1, int.Parse(second.Code[7..]));
        Assert.Equal("0101234567", first.DeveloperTaxCode);
        var taken = await (await App.ApiAs(Hub)).PostAsJsonAsync("/api/v1/clusters", new
        {
            code = first.Code.ToLowerInvariant(), name = "Trùng mã", provinceCode = TuyenQuang, locations = new[] { Commune(await TuyenQuangCommuneAsync()) },
            plannedHa = 20m, planNumber = "12/QĐ-UBND", planSignedOn = new DateOnly(2024, 1, 2),
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains($"Mã {first.Code} đã có trong danh mục cụm công nghiệp.", await taken.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Editing_TheDescription_NeedsTheCurrentVersion_AndLeasableLandChangesByDecisionOnceEstablished()
    {
        var c = await OperatingAsync(App, $"Cụm công nghiệp sửa {Token()}", HaNoi, [Commune(HoanKiem)], 45m, 40m, Ct);
        object Edit(int version, decimal? leasableHa = null) => new
        {
            name = c.Name + " (mở rộng ngành nghề)", locations = new[] { Commune(HoanKiem), Former("08989") }, leasableHa,
            developerName = "Công ty TNHH Hạ tầng Tân Tiến", developerKind = "Enterprise", developerTaxCode = "0101234567001",
            latitude = 21.0285, longitude = 105.8542, sectors = new[] { "Điện tử", "Cơ khí" }, note = "Đang hoàn thiện hồ sơ môi trường.", version,
        };
        var api = await App.ApiAs("so.hanoi");

        var edited = await api.PutAsJsonAsync($"/api/v1/clusters/{c.Id}", Edit(c.Version), Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = (await edited.Content.ReadFromJsonAsync<ClusterDetail>(ApiJson.Options, Ct))!;
        Assert.Equal((c.Name + " (mở rộng ngành nghề)", "0101234567-001", 2, c.Version + 1), (after.Name, after.DeveloperTaxCode, after.Locations.Count, after.Version));
        Assert.Equal(["Điện tử", "Cơ khí"], after.Sectors);

        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"/api/v1/clusters/{c.Id}", Edit(c.Version), Ct)).StatusCode);
        var leasable = await api.PutAsJsonAsync($"/api/v1/clusters/{c.Id}", Edit(after.Version, 42m), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, leasable.StatusCode);
        Assert.Contains("chỉ thay đổi theo quyết định mở rộng", await leasable.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> TuyenQuangCommuneAsync()
    {
        await using var scope = App.Db();
        return await scope.Context.Communes.Where(x => x.ProvinceCode == TuyenQuang).OrderBy(x => x.Code).Select(x => x.Code).FirstAsync(Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterRegistryOnSqlite(SqliteApp app) : ClusterRegistryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterRegistryOnPostgres(PostgresApp app) : ClusterRegistryTests(app);
