using CauNoi.Web.Features.Clusters;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// The conditions of Nghị định 32/2024/NĐ-CP read from the registry. Every figure below is worked by hand: occupancy is
/// Σ land of the projects in force ÷ Σ leasable land; unleased land is Σ leasable − Σ leased.
/// </summary>
public abstract class ClusterConditionsTests(CauNoiApp app) : AppTests(app)
{
    private static object Establish(string? reason = null) =>
        new { step = "establish", number = "45/QĐ-UBND", signedOn = new DateOnly(2025, 4, 2), signer = "Chủ tịch UBND tỉnh", areaHa = 50m, leasableHa = 35m, overrideReason = reason };

    private static object Expand(decimal areaHa, string? reason = null) =>
        new { step = "expand", number = "46/QĐ-UBND", signedOn = new DateOnly(2025, 4, 2), areaHa, overrideReason = reason };

    [Fact]
    public async Task Establishing_WhereTheFormerDistrictsClustersAreFilledBelowHalfWithMuchLandLeft_IsUnmet_AndAboveHalf_IsMet()
    {
        var d = await FreshDistrictAsync(App, Ct, HaNoi);
        var token = Token();
        // Two operating clusters of the district: 120 + 120 = 240 ha leasable; 60 + 48 = 108 ha leased by projects in force
        // (a stopped project's 30 ha does not count): 108 ÷ 240 = 45%, and 240 − 108 = 132 ha unleased.
        var a = await OperatingAsync(App, $"Cụm công nghiệp A {token}", HaNoi, [Former(d.FormerCommunes[0])], 150m, 120m, Ct);
        var b = await OperatingAsync(App, $"Cụm công nghiệp B {token}", HaNoi, [Former(d.FormerCommunes[1])], 150m, 120m, Ct);
        await AddProjectAsync(App, a.Id, "Công ty TNHH Cơ khí Đông Anh", 60m, 300, Ct);
        await AddProjectAsync(App, b.Id, "Công ty cổ phần Dệt may Hưng Long", 48m, 500, Ct);
        await AddProjectAsync(App, b.Id, "Công ty TNHH Gốm sứ đã giải thể", 30m, 40, Ct, "Stopped", new DateOnly(2024, 2, 1));
        var planned = await PlannedAsync(App, $"Cụm công nghiệp mới {token}", HaNoi, [Former(d.FormerCommunes[2])], Ct);

        var check = await ConditionsAsync(App, planned.Id, "establish", Ct);
        Assert.Equal([("plan", true), ("developer", true), ("area-occupancy", false)], check.Conditions.Select(c => (c.Code, c.Met)));
        Assert.Equal((2, 240m, 108m, 132m), (check.Area!.Clusters, check.Area.LeasableHa, check.Area.LeasedHa, check.Area.UnleasedHa));
        var found = check.Conditions[2].Found;
        Assert.Contains($"{d.Name} (cũ) có 2 cụm công nghiệp đã thành lập", found);
        Assert.Contains("tỷ lệ lấp đầy trung bình 45,00% (108,00 ha đã cho thuê ÷ 240,00 ha có thể cho thuê), đất công nghiệp chưa cho thuê 132,00 ha", found);
        Assert.Equal("Quyết định 1234/QĐ-UBND ngày 10/06/2024.", check.Conditions[0].Found);

        // Without a reason the decision is refused, naming the unmet condition; the cluster stays planned.
        var refused = await StepAsync(App, Hub, planned.Id, Establish(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Chưa đáp ứng 1 điều kiện của Nghị định 32/2024/NĐ-CP", body);
        Assert.Contains("tỷ lệ lấp đầy trung bình của các cụm công nghiệp đạt trên 50%", body);
        Assert.DoesNotContain("Chưa có chủ đầu tư", body);
        Assert.Equal(ClusterStage.Planned, (await ReadAsync(App, Hub, planned.Id, Ct)).Stage);

        // 24 ha more leased in A: 132 ÷ 240 = 55% > 50%, met although 108 ha are still unleased.
        await AddProjectAsync(App, a.Id, "Công ty TNHH Điện tử Sao Mai", 24m, 120, Ct);
        var met = await ConditionsAsync(App, planned.Id, "establish", Ct);
        Assert.True(met.Conditions[2].Met, met.Conditions[2].Found);
        Assert.Contains("55,00%", met.Conditions[2].Found);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Hub, planned.Id, Establish(), Ct)).StatusCode);
        var decision = (await ReadAsync(App, Hub, planned.Id, Ct)).Decisions[^1];
        Assert.Equal((ClusterStep.Establish, (string?)null, (string?)null), (decision.Step, decision.UnmetConditions, decision.OverrideReason));
    }

    [Fact]
    public async Task Establishing_WhereTheClustersAreFilledBelowHalfButLittleLandIsLeft_IsMet()
    {
        var d = await FreshDistrictAsync(App, Ct, HaNoi);
        var token = Token();
        // 72 ÷ 160 = 45%, but 160 − 72 = 88 ha unleased: no more than 100 ha.
        var existing = await OperatingAsync(App, $"Cụm công nghiệp cũ {token}", HaNoi, [Former(d.FormerCommunes[0])], 170m, 160m, Ct);
        await AddProjectAsync(App, existing.Id, "Công ty cổ phần Chế biến nông sản Phú Thịnh", 72m, 260, Ct);
        var planned = await PlannedAsync(App, $"Cụm công nghiệp liền kề {token}", HaNoi, [Former(d.FormerCommunes[1])], Ct);

        var check = await ConditionsAsync(App, planned.Id, "establish", Ct);

        Assert.True(check.AllMet, string.Join(" | ", check.Conditions.Select(c => c.Found)));
        Assert.Equal((1, 45m, 88m), (check.Area!.Clusters, check.Area.Occupancy!.Value, check.Area.UnleasedHa));
        Assert.Contains("45,00%", check.Conditions[2].Found);
        Assert.Contains("88,00 ha", check.Conditions[2].Found);
    }

    [Fact]
    public async Task Establishing_WithoutADeveloper_IsUnmet_AndGoesAheadOnlyWithAReason_WhichIsRecorded()
    {
        var d = await FreshDistrictAsync(App, Ct, HaNoi);
        var planned = await PlannedAsync(App, $"Cụm công nghiệp chưa có chủ đầu tư {Token()}", HaNoi, [Former(d.FormerCommunes[0])], Ct, developer: false);

        var check = await ConditionsAsync(App, planned.Id, "establish", Ct);
        Assert.Equal([("plan", true), ("developer", false), ("area-occupancy", true)], check.Conditions.Select(c => (c.Code, c.Met)));
        Assert.Equal("Chưa có chủ đầu tư hạ tầng kỹ thuật.", check.Conditions[1].Found);
        Assert.Equal($"Chưa có cụm công nghiệp nào được thành lập trên địa bàn {d.Name} (cũ).", check.Conditions[2].Found);

        var refused = await StepAsync(App, Hub, planned.Id, Establish(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Hiện nay: Chưa có chủ đầu tư hạ tầng kỹ thuật.", await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Hub, planned.Id, Establish(Reason), Ct)).StatusCode);
        var cluster = await ReadAsync(App, Hub, planned.Id, Ct);
        Assert.Equal(ClusterStage.Established, cluster.Stage);
        var decision = cluster.Decisions[^1];
        Assert.Equal(Reason, decision.OverrideReason);
        Assert.Contains("Có doanh nghiệp, hợp tác xã hoặc tổ chức có tư cách pháp lý", decision.UnmetConditions);
        Assert.Contains("Chưa có chủ đầu tư hạ tầng kỹ thuật.", decision.UnmetConditions);
    }

    [Fact]
    public async Task Expanding_Beyond75Ha_IsUnmet_AndTo70HaWithEverythingElseMet_GoesAhead()
    {
        // 30 ÷ 50 = 60%: at least 60%, met; the four essential works complete.
        var c = await OperatingAsync(App, $"Cụm công nghiệp mở rộng {Token()}", HaNoi, [Commune(HoanKiem)], 60m, 50m, Ct);
        await AddProjectAsync(App, c.Id, "Công ty TNHH Bao bì Minh Châu", 30m, 210, Ct);
        await EssentialWorksAsync(App, c.Id, Ct);

        var check = await ConditionsAsync(App, c.Id, "expand", Ct, 80m);
        Assert.Equal([("size", false), ("developer", true), ("occupancy", true), ("infrastructure", true)], check.Conditions.Select(x => (x.Code, x.Met)));
        Assert.Equal("Sau khi mở rộng: 80,00 ha (hiện nay 60,00 ha).", check.Conditions[0].Found);
        Assert.Equal("60,00% (30,00 ha đã cho thuê ÷ 50,00 ha có thể cho thuê).", check.Conditions[2].Found);

        var refused = await StepAsync(App, Hub, c.Id, Expand(80m), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tổng diện tích cụm công nghiệp sau khi mở rộng không vượt quá 75 ha.", await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(App, Hub, c.Id, Expand(70m), Ct)).StatusCode);
        var expanded = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((70m, ClusterStage.Operating, (string?)null), (expanded.AreaHa, expanded.Stage, expanded.Decisions[^1].UnmetConditions));
    }

    [Fact]
    public async Task Expanding_At59Point9PerCent_OrWithoutTheEssentialWorks_IsUnmet()
    {
        // 29,95 ÷ 50 = 59,9%: short of 60%. No work recorded counts as not complete.
        var low = await OperatingAsync(App, $"Cụm công nghiệp lấp đầy thấp {Token()}", HaNoi, [Commune(HoanKiem)], 60m, 50m, Ct);
        await AddProjectAsync(App, low.Id, "Công ty TNHH Nhựa Tân Phú", 29.95m, 150, Ct);

        var check = await ConditionsAsync(App, low.Id, "expand", Ct, 70m);
        Assert.Equal([("size", true), ("developer", true), ("occupancy", false), ("infrastructure", false)], check.Conditions.Select(x => (x.Code, x.Met)));
        Assert.Equal("59,90% (29,95 ha đã cho thuê ÷ 50,00 ha có thể cho thuê).", check.Conditions[2].Found);
        Assert.Contains("Đường giao thông nội bộ (chưa ghi nhận)", check.Conditions[3].Found);
        Assert.Contains("Thu gom, xử lý nước thải tập trung (chưa ghi nhận)", check.Conditions[3].Found);

        // 30 ÷ 50 = 60%, every work recorded, the wastewater plant still being built.
        var building = await OperatingAsync(App, $"Cụm công nghiệp chờ xử lý nước thải {Token()}", HaNoi, [Commune(HoanKiem)], 60m, 50m, Ct);
        await AddProjectAsync(App, building.Id, "Công ty cổ phần Thực phẩm Hà Thành", 30m, 180, Ct);
        await EssentialWorksAsync(App, building.Id, Ct, wastewater: "Building");

        var unfinished = await ConditionsAsync(App, building.Id, "expand", Ct, 70m);
        Assert.Equal([("size", true), ("developer", true), ("occupancy", true), ("infrastructure", false)], unfinished.Conditions.Select(x => (x.Code, x.Met)));
        Assert.Equal("Chưa hoàn thành: Thu gom, xử lý nước thải tập trung: Công trình Wastewater (đang xây dựng).", unfinished.Conditions[3].Found);
        var refused = await StepAsync(App, Hub, building.Id, Expand(70m), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chưa đáp ứng 1 điều kiện", await refused.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterConditionsOnSqlite(SqliteApp app) : ClusterConditionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterConditionsOnPostgres(PostgresApp app) : ClusterConditionsTests(app);
