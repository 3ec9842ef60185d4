using CauNoi.Web.Features.Clusters;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>Clusters of the tests' own, made straight in the database (the registry's pages and API are tested on their own).</summary>
public static class ClusterSetup
{
    public const string HaNoi = "01", TuyenQuang = "08", HoanKiem = "00070", BaDinh = "00004";

    /// <summary>An operating cluster of the province, in the commune given, named with <paramref name="token"/>.</summary>
    public static async Task<(int Id, string Name)> CreateAsync(CauNoiApp app, string token, string provinceCode, string communeCode, CancellationToken ct)
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
