using CauNoi.Web.Features.Clusters;
using static CauNoi.Tests.Features.Clusters.ClusterSetup;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// The lifecycle: planned, established, infrastructure started, operating; expansion from any established stage. Each
/// step from its stages only (409 otherwise), by the province's department or the hub only (403 to those who see the
/// cluster but do not keep it, 404 to those who do not see it).
/// </summary>
public abstract class ClusterLifecycleTests(CauNoiApp app) : AppTests(app)
{
    private static object Step(string step, string? number, DateOnly signedOn, decimal? areaHa = null, decimal? leasableHa = null, int? version = null) =>
        new { step, number, signedOn, signer = "Chủ tịch UBND tỉnh", areaHa, leasableHa, overrideReason = Reason, version };

    private async Task<HttpStatusCode> TakeAsync(int id, object body, string caller = Hub) => (await StepAsync(App, caller, id, body, Ct)).StatusCode;

    [Fact]
    public async Task EachStep_IsTakenFromItsStagesOnly_AndSetsWhatItsDecisionSays()
    {
        var c = await PlannedAsync(App, $"Cụm công nghiệp vòng đời {Token()}", HaNoi, [Commune(HoanKiem)], Ct);
        Assert.Equal(ClusterStage.Planned, c.Stage);
        Assert.Equal(["establish"], c.NextSteps.Select(s => s.Step));

        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("start-operation", null, new DateOnly(2025, 1, 5))));
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("start-infrastructure", null, new DateOnly(2025, 1, 5))));
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("expand", "16/QĐ-UBND", new DateOnly(2025, 1, 5), 60m)));
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("plan", "17/QĐ-UBND", new DateOnly(2025, 1, 5))));

        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("establish", "15/qđ-ubnd", new DateOnly(2025, 1, 10), 48.5m, 34.2m)));
        var established = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((ClusterStage.Established, new DateOnly(2025, 1, 10), 48.5m, 34.2m), (established.Stage, established.EstablishedOn, established.AreaHa, established.LeasableHa));
        Assert.Equal("15/QĐ-UBND", established.Decisions[^1].Number);
        Assert.Equal(["expand", "start-infrastructure", "start-operation"], established.NextSteps.Select(s => s.Step).Order());
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("establish", "18/QĐ-UBND", new DateOnly(2025, 2, 1), 48.5m)));

        // Not before the decision before it, nor after today.
        var early = await StepAsync(App, Hub, c.Id, Step("start-infrastructure", null, new DateOnly(2025, 1, 9)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("không được trước ngày của quyết định trước đó (10/01/2025)", await early.Content.ReadAsStringAsync(Ct));
        var future = await StepAsync(App, Hub, c.Id, Step("start-infrastructure", null, Today.AddDays(1)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("không được sau hôm nay", await future.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("start-infrastructure", null, new DateOnly(2025, 3, 1))));
        Assert.Equal(ClusterStage.Building, (await ReadAsync(App, Hub, c.Id, Ct)).Stage);
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("start-infrastructure", null, new DateOnly(2025, 3, 2))));

        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("start-operation", null, new DateOnly(2025, 9, 1))));
        var operating = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((ClusterStage.Operating, new DateOnly(2025, 9, 1)), (operating.Stage, operating.OperatingSince));
        Assert.Equal(["expand"], operating.NextSteps.Select(s => s.Step));
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("start-operation", null, new DateOnly(2025, 9, 2))));
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("start-infrastructure", null, new DateOnly(2025, 9, 2))));
        Assert.Equal([ClusterStep.Plan, ClusterStep.Establish, ClusterStep.StartInfrastructure, ClusterStep.StartOperation], operating.Decisions.Select(d => d.Step));
    }

    [Fact]
    public async Task Production_MayStartFromEstablished_AndAnExpansionGrowsTheAreaAndKeepsTheStage()
    {
        var c = await PlannedAsync(App, $"Cụm công nghiệp sản xuất sớm {Token()}", HaNoi, [Commune(HoanKiem)], Ct);
        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("establish", "20/QĐ-UBND", new DateOnly(2025, 2, 10), 40m, 30m)));
        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("start-operation", null, new DateOnly(2025, 4, 1))));

        var same = await StepAsync(App, Hub, c.Id, Step("expand", "21/QĐ-UBND", new DateOnly(2025, 5, 1), 40m), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("Diện tích sau khi mở rộng (40,00 ha) phải lớn hơn diện tích hiện nay (40,00 ha)", await same.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("expand", "21/QĐ-UBND", new DateOnly(2025, 5, 1), 45m, 33m)));
        var expanded = await ReadAsync(App, Hub, c.Id, Ct);
        Assert.Equal((ClusterStage.Operating, 45m, 33m), (expanded.Stage, expanded.AreaHa, expanded.LeasableHa));
        Assert.Equal((45m, 33m), (expanded.Decisions[^1].AreaHa!.Value, expanded.Decisions[^1].LeasableHa!.Value));
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndAMalformedNumberIsRefusedInVietnamese()
    {
        var c = await PlannedAsync(App, $"Cụm công nghiệp phiên bản {Token()}", HaNoi, [Commune(HoanKiem)], Ct);
        Assert.Equal(HttpStatusCode.Conflict, await TakeAsync(c.Id, Step("establish", "22/QĐ-UBND", new DateOnly(2025, 2, 10), 40m, version: c.Version + 1)));

        var malformed = await StepAsync(App, Hub, c.Id, Step("establish", "quyết định 22", new DateOnly(2025, 2, 10), 40m, version: c.Version), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("không đúng dạng", await malformed.Content.ReadAsStringAsync(Ct));
        var missing = await StepAsync(App, Hub, c.Id, new { step = "establish", signedOn = new DateOnly(2025, 2, 10), version = c.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Nhập số quyết định thành lập cụm công nghiệp", body);
        Assert.Contains("Nhập diện tích cụm công nghiệp được thành lập (ha).", body);
        Assert.Equal(ClusterStage.Planned, (await ReadAsync(App, Hub, c.Id, Ct)).Stage);
    }

    [Fact]
    public async Task OnlyTheProvincesDepartmentAndTheHub_TakeSteps()
    {
        var hanoi = await PlannedAsync(App, $"Cụm công nghiệp của Hà Nội {Token()}", HaNoi, [Commune(HoanKiem)], Ct, caller: "so.hanoi");
        var body = Step("establish", "30/QĐ-UBND", new DateOnly(2025, 3, 10), 42m, 30m);

        // Another province's department neither registers in Hà Nội nor sees its clusters.
        var elsewhere = await (await App.ApiAs("so.tuyenquang")).PostAsJsonAsync("/api/v1/clusters", new
        {
            name = "Cụm công nghiệp ngoài tỉnh", provinceCode = HaNoi, locations = new[] { Commune(HoanKiem) }, plannedHa = 30m,
            planNumber = "1/QĐ-UBND", planSignedOn = new DateOnly(2024, 1, 1),
        }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await TakeAsync(hanoi.Id, body, "so.tuyenquang"));
        // The commune it lies in, a Ministry unit and the Ministry's leader read it but do not keep it.
        foreach (var reader in new[] { "xa.hoankiem", "cuc.dienluc", "lanhdao" })
        {
            var refused = await StepAsync(App, reader, hanoi.Id, body, Ct);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{reader}: {(int)refused.StatusCode}");
            Assert.Contains("không được cập nhật cụm công nghiệp", await refused.Content.ReadAsStringAsync(Ct));
        }
        Assert.Equal(HttpStatusCode.OK, await TakeAsync(hanoi.Id, body, "so.hanoi"));

        // The hub keeps every province's clusters.
        string tuyenQuangCommune;
        await using (var scope = App.Db())
            tuyenQuangCommune = await scope.Context.Communes.Where(x => x.ProvinceCode == TuyenQuang).OrderBy(x => x.Code).Select(x => x.Code).FirstAsync(Ct);
        var tuyenQuang = await PlannedAsync(App, $"Cụm công nghiệp của Tuyên Quang {Token()}", TuyenQuang, [Commune(tuyenQuangCommune)], Ct, caller: "so.tuyenquang");
        Assert.Equal(HttpStatusCode.NotFound, await TakeAsync(tuyenQuang.Id, body, "so.hanoi"));
        Assert.Equal(HttpStatusCode.OK, await TakeAsync(tuyenQuang.Id, body, Hub));
        Assert.Equal(ClusterStage.Established, (await ReadAsync(App, "so.tuyenquang", tuyenQuang.Id, Ct)).Stage);
    }

    [Fact]
    public async Task ADecision_IsInTheAuditTrail_WithTheClustersChangedFields()
    {
        var c = await PlannedAsync(App, $"Cụm công nghiệp nhật ký {Token()}", HaNoi, [Commune(HoanKiem)], Ct);
        Assert.Equal(HttpStatusCode.OK, await TakeAsync(c.Id, Step("establish", "31/QĐ-UBND", new DateOnly(2025, 3, 12), 44m, 30m)));

        await using var scope = App.Db();
        var entries = await scope.Context.AuditEntries.Where(e => (e.EntityType == "Cluster" && e.EntityKey == c.Id.ToString())
            || (e.EntityType == "ClusterDecision" && e.NewValues!.Contains("31/QĐ-UBND"))).ToListAsync(Ct);
        Assert.Contains(entries, e => e.EntityType == "ClusterDecision" && e.Action == "Created");
        var update = Assert.Single(entries, e => e.EntityType == "Cluster" && e.Action == "Updated");
        Assert.Contains("\"Stage\"", update.NewValues);
        Assert.Contains("\"EstablishedOn\"", update.NewValues);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterLifecycleOnSqlite(SqliteApp app) : ClusterLifecycleTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterLifecycleOnPostgres(PostgresApp app) : ClusterLifecycleTests(app);
