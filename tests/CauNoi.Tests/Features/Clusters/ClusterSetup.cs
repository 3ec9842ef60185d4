using CauNoi.Web.Features.Clusters;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>Clusters registered through the API, and the places the tests put them.</summary>
public static class ClusterSetup
{
    /// <summary>The hub (Cục Công Thương địa phương), which keeps every province's clusters.</summary>
    public const string Hub = "cuc.ctdp";
    public const string HaNoi = "01", TuyenQuang = "08", HoanKiem = "00070", BaDinh = "00004";
    public const string Reason = "UBND tỉnh quyết định thành lập để di dời các cơ sở sản xuất ra khỏi khu dân cư.";

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    /// <summary>A former district no cluster touches yet, with former communes that each went whole into one commune of today.</summary>
    public sealed record District(string Code, string Name, string ProvinceCode, IReadOnlyList<string> FormerCommunes);

    public static async Task<District> FreshDistrictAsync(CauNoiApp app, CancellationToken ct, string? province = null)
    {
        await using var scope = app.Db();
        var db = scope.Context;
        var located = await db.ClusterLocations.Select(l => new { l.CommuneCode, l.FormerDistrictCode }).ToListAsync(ct);
        // As ClusterQueries.InFormerDistricts reads a location: its stated former district, or every district its commune came from.
        var communes = located.Where(l => l.FormerDistrictCode == null).Select(l => l.CommuneCode).Distinct().ToArray();
        var touched = located.Select(l => l.FormerDistrictCode).OfType<string>()
            .Concat(await db.CommuneLineage.Where(x => communes.Contains(x.CommuneCode) && x.FormerDistrictCode != null).Select(x => x.FormerDistrictCode!).ToListAsync(ct))
            .ToHashSet();
        var rows = await db.CommuneLineage.Where(x => x.FormerDistrictCode != null && x.FormerCommuneCode != null && (province == null || x.Commune!.ProvinceCode == province))
            .Select(x => new { x.FormerDistrictCode, x.FormerDistrictName, x.FormerCommuneCode, x.IsPartial, x.Commune!.ProvinceCode }).ToListAsync(ct);
        var whole = rows.GroupBy(r => r.FormerCommuneCode).Where(g => g.Count() == 1 && !g.Single().IsPartial).Select(g => g.Single());
        var district = whole.Where(r => !touched.Contains(r.FormerDistrictCode!)).GroupBy(r => r.FormerDistrictCode)
            .Where(g => g.Count() >= 3).OrderBy(g => g.Key, StringComparer.Ordinal).First();
        return new(district.Key!, district.First().FormerDistrictName!, district.First().ProvinceCode, [.. district.Select(r => r.FormerCommuneCode!).Order(StringComparer.Ordinal)]);
    }

    public static async Task<ClusterDetail> CreateAsync(CauNoiApp app, object body, CancellationToken ct, string caller = Hub)
    {
        var response = await (await app.ApiAs(caller)).PostAsJsonAsync("/api/v1/clusters", body, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<ClusterDetail>(ApiJson.Options, ct))!;
    }

    /// <summary>A planned cluster in the development plan of the province, with a developer unless told otherwise.</summary>
    public static Task<ClusterDetail> PlannedAsync(CauNoiApp app, string name, string province, object[] locations, CancellationToken ct,
        bool developer = true, decimal plannedHa = 50m, decimal leasableHa = 35m, string caller = Hub) =>
        CreateAsync(app, new
        {
            name, provinceCode = province, locations, plannedHa, leasableHa,
            developerName = developer ? "Công ty cổ phần Đầu tư hạ tầng An Phát" : null, developerKind = developer ? "Enterprise" : null,
            developerTaxCode = developer ? "0101234567" : null, sectors = new[] { "Cơ khí", "Chế biến nông sản" },
            planNumber = "1234/QĐ-UBND", planSignedOn = new DateOnly(2024, 6, 10), planSigner = "Phó Chủ tịch UBND tỉnh",
        }, ct, caller);

    /// <summary>A cluster already operating (from a province's list), established on 15/3/2020.</summary>
    public static Task<ClusterDetail> OperatingAsync(CauNoiApp app, string name, string province, object[] locations, decimal areaHa, decimal leasableHa, CancellationToken ct) =>
        CreateAsync(app, new
        {
            name, provinceCode = province, locations, plannedHa = areaHa, leasableHa,
            developerName = "Hợp tác xã Dịch vụ hạ tầng Tân Tiến", developerKind = "Cooperative",
            existing = new { stage = "Operating", establishNumber = "567/QĐ-UBND", establishedOn = new DateOnly(2020, 3, 15), areaHa, operatingSince = new DateOnly(2021, 1, 4) },
        }, ct);

    public static object Former(string code) => new { formerCommuneCode = code };

    public static object Commune(string code) => new { communeCode = code };

    public static async Task<HttpResponseMessage> ProjectAsync(CauNoiApp app, int cluster, string investor, decimal landHa, int workers, CancellationToken ct,
        string status = "Operating", DateOnly? registeredOn = null, DateOnly? stoppedOn = null, string caller = Hub) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync($"/api/v1/clusters/{cluster}/projects", new
        {
            investor, sector = "Cơ khí chế tạo", capitalBillionVnd = 120.5m, landHa, status,
            registeredOn = registeredOn ?? new DateOnly(2022, 5, 1), stoppedOn, workers,
        }, ct);

    public static async Task AddProjectAsync(CauNoiApp app, int cluster, string investor, decimal landHa, int workers, CancellationToken ct,
        string status = "Operating", DateOnly? stoppedOn = null)
    {
        var response = await ProjectAsync(app, cluster, investor, landHa, workers, ct, status, stoppedOn: stoppedOn);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
    }

    public static async Task AddWorkAsync(CauNoiApp app, int cluster, string kind, string status, CancellationToken ct)
    {
        var response = await (await app.ApiAs(Hub)).PostAsJsonAsync($"/api/v1/clusters/{cluster}/infrastructure",
            new { kind, description = $"Công trình {kind}", capacity = "theo quy hoạch chi tiết", status }, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The four essential works (road, power, water, wastewater), each complete unless named otherwise.</summary>
    public static async Task EssentialWorksAsync(CauNoiApp app, int cluster, CancellationToken ct, string wastewater = "Complete")
    {
        foreach (var kind in new[] { "Road", "Power", "Water" }) await AddWorkAsync(app, cluster, kind, "Complete", ct);
        await AddWorkAsync(app, cluster, "Wastewater", wastewater, ct);
    }

    public static async Task<HttpResponseMessage> StepAsync(CauNoiApp app, string caller, int cluster, object body, CancellationToken ct) =>
        await (await app.ApiAs(caller)).PostAsJsonAsync($"/api/v1/clusters/{cluster}/steps", body, ct);

    public static async Task<ClusterDetail> ReadAsync(CauNoiApp app, string caller, int id, CancellationToken ct)
    {
        var response = await (await app.ApiAs(caller)).GetAsync($"/api/v1/clusters/{id}", ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<ClusterDetail>(ApiJson.Options, ct))!;
    }

    public static async Task<ConditionCheck> ConditionsAsync(CauNoiApp app, int id, string step, CancellationToken ct, decimal? areaHa = null)
    {
        var response = await (await app.ApiAs(Hub)).GetAsync($"/api/v1/clusters/{id}/conditions?step={step}" + (areaHa is { } a ? $"&areaHa={a.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : ""), ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<ConditionCheck>(ApiJson.Options, ct))!;
    }

    public static string Token() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>An operating cluster of the province, in the commune given, named with <paramref name="token"/>, made straight in the database.</summary>
    public static async Task<(int Id, string Name)> InDatabaseAsync(CauNoiApp app, string token, string provinceCode, string communeCode, CancellationToken ct)
    {
        await using var scope = app.Db();
        var cluster = new Cluster
        {
            Code = $"CCN-{provinceCode}-T{token[..Math.Min(token.Length, 8)]}", Name = $"Cụm công nghiệp thử nghiệm {token}", ProvinceCode = provinceCode,
            Stage = ClusterStage.Operating, PlannedHa = 50, AreaHa = 50, LeasableHa = 35, EstablishedOn = new(2015, 3, 2), OperatingSince = new(2016, 6, 1),
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Locations = [new ClusterLocation { CommuneCode = communeCode }],
        };
        scope.Context.Clusters.Add(cluster);
        await scope.Context.SaveChangesAsync(ct);
        return (cluster.Id, cluster.Name);
    }

    /// <summary>A commune of the province, other than the demo accounts' own.</summary>
    public static async Task<string> CommuneOfAsync(CauNoiApp app, string provinceCode, CancellationToken ct)
    {
        await using var scope = app.Db();
        return await scope.Context.Communes.Where(c => c.ProvinceCode == provinceCode && c.Code != HoanKiem && c.Code != BaDinh)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(ct);
    }

    /// <summary>The field errors of a refusal (400), by field.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var problem = System.Text.Json.JsonSerializer.Deserialize<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(body, ApiJson.Options)!;
        return new Dictionary<string, string[]>(problem.Errors, StringComparer.OrdinalIgnoreCase);
    }
}
