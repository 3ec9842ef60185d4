using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Clusters;

/// <summary>The registry's list and the one-cluster reads its pages and its API share.</summary>
public static class ClusterQueries
{
    public const int PageSize = 50;

    /// <param name="District">A former district's code ("250") or a part of its name ("Mê Linh").</param>
    public sealed record ListParameters(string? Province = null, Region? Region = null, ClusterStage? Stage = null, string? District = null, string? Q = null, int? Page = null);

    /// <param name="LeasedHa">Land of the secondary projects in force today.</param>
    /// <param name="Occupancy">Leased ÷ leasable, in per cent; none without leasable land.</param>
    public sealed record Item(int Id, string Code, string Name, string ProvinceCode, string ProvinceName, ClusterStage Stage, decimal PlannedHa, decimal? AreaHa,
        decimal LeasableHa, decimal LeasedHa, decimal? Occupancy, int ProjectsInForce, int Workers, bool IsDemo)
    {
        public string StageName => ClusterNames.Of(Stage);
    }

    /// <summary>One page of the clusters the caller sees, filtered, by province then code; leased land and occupancy as of today.</summary>
    public static async Task<Page<Item>> ListAsync(CauNoiDb db, Scope scope, Actor? actor, ListParameters p, DateOnly today, CancellationToken ct = default)
    {
        var q = db.Clusters.VisibleTo(scope, actor);
        if (!string.IsNullOrWhiteSpace(p.Province)) q = q.Where(c => c.ProvinceCode == p.Province.Trim());
        if (p.Region is { } region)
        {
            var provinces = (await db.Provinces.Select(x => x.Code).ToListAsync(ct)).Where(code => Regions.Of(code) == region).ToArray();
            q = q.Where(c => provinces.Contains(c.ProvinceCode));
        }
        if (p.Stage is { } stage) q = q.Where(c => c.Stage == stage);
        if (!string.IsNullOrWhiteSpace(p.District)) q = InFormerDistricts(db, q, await DistrictCodesAsync(db, p.District, ct));
        var folded = VietnameseText.Fold(p.Q);
        if (folded.Length > 0) q = q.Where(c => EF.Functions.Like(c.SearchName, VietnameseText.LikeContains(folded), "\\"));
        var rows = q.OrderBy(c => c.ProvinceCode).ThenBy(c => c.Code).Select(c => new Item(c.Id, c.Code, c.Name, c.ProvinceCode,
            db.Provinces.Where(x => x.Code == c.ProvinceCode).Select(x => x.Name).First(), c.Stage, c.PlannedHa, c.AreaHa, c.LeasableHa, 0, null, 0, 0, c.IsDemo));
        var page = await Page<Item>.ReadAsync(rows, q, p.Page, PageSize, ct);
        var ids = page.Items.Select(i => i.Id).ToArray();
        var projects = (await db.ClusterProjects.Where(x => ids.Contains(x.ClusterId)).ToListAsync(ct)).ToLookup(x => x.ClusterId);
        return page with
        {
            Items = [.. page.Items.Select(i =>
            {
                var inForce = projects[i.Id].Where(x => Occupancy.InForce(x, today)).ToList();
                var leased = Occupancy.Leased(inForce, today);
                return i with { LeasedHa = leased, Occupancy = Occupancy.Rate(leased, i.LeasableHa), ProjectsInForce = inForce.Count, Workers = inForce.Sum(x => x.Workers) };
            })],
        };
    }

    /// <summary>
    /// The clusters in the former districts: a location recorded in one, or a commune named as it is today whose lineage
    /// came (whole or in part) from one. The establishment condition reads its area the same way.
    /// </summary>
    public static IQueryable<Cluster> InFormerDistricts(CauNoiDb db, IQueryable<Cluster> clusters, string[] codes) =>
        clusters.Where(c => c.Locations.Any(l => codes.Contains(l.FormerDistrictCode)
            || (l.FormerDistrictCode == null && db.CommuneLineage.Any(x => x.CommuneCode == l.CommuneCode && codes.Contains(x.FormerDistrictCode)))));

    /// <summary>The former districts a filter names: by code, or those whose name contains it (without diacritics).</summary>
    public static async Task<string[]> DistrictCodesAsync(CauNoiDb db, string district, CancellationToken ct)
    {
        var text = district.Trim();
        if (text.Length == 3 && text.All(char.IsAsciiDigit)) return [text];
        var folded = VietnameseText.Fold(text);
        var districts = await db.CommuneLineage.Where(l => l.FormerDistrictCode != null && l.FormerDistrictName != null)
            .Select(l => new { l.FormerDistrictCode, l.FormerDistrictName }).Distinct().ToListAsync(ct);
        return [.. districts.Where(d => VietnameseText.Fold(d.FormerDistrictName).Contains(folded, StringComparison.Ordinal)).Select(d => d.FormerDistrictCode!).Distinct()];
    }

    /// <summary>A cluster the caller sees, tracked with everything a write reads (its locations, decisions, infrastructure and projects); else null (404).</summary>
    public static Task<Cluster?> OpenAsync(CauNoiDb db, Scope scope, Actor? actor, int id, CancellationToken ct = default) =>
        db.Clusters.VisibleTo(scope, actor).Where(c => c.Id == id)
            .Include(c => c.Locations).Include(c => c.Decisions).Include(c => c.Infrastructure).Include(c => c.Projects)
            .AsSplitQuery().FirstOrDefaultAsync(ct);

    /// <summary>Whether the caller keeps any cluster at all (the hub, an administrator, a province's department).</summary>
    public static bool KeepsAny(Actor? actor) => actor is not null && ClusterScope.MayKeep(actor, actor.ProvinceCode ?? "");
}
