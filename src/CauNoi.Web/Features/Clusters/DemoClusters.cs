using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The demo data set's national registry of industrial clusters (<see cref="DemoClusterRegistry"/>): made up, marked
/// <c>IsDemo</c> with a note saying so, and built so that the statistics of 2022 read from it are the figures the
/// Department gave for the end of 2022 (seed 002): 1,084 clusters over more than 39,000 ha established, 734 over more
/// than 23,300 ha operating, more than 13,300 projects, an average occupancy of 64.8%, more than 776,000 workers.
/// Loaded once, with the other demo sets, and written by the bulk path without tracking: the tests start the application
/// many times, and the registry's twenty-odd thousand records then cost about half a second.
/// </summary>
public static class DemoClusters
{
    public static readonly DateOnly Cut = new(2022, 12, 31);
    public const int Established = 1_084, Operating = 734, Projects = 13_347, Workers = 776_412;
    public const decimal EstablishedArea = 39_046.72m, OperatingArea = 23_318.46m, Occupancy = 0.648m;
    /// <summary>Clusters established since 2023, and clusters still only in a province's development plan.</summary>
    public const int EstablishedLater = 28, PlannedOnly = 40;
    public const int Seed = 2022_1084;

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Clusters.AnyAsync(ct)) return;
        var lineage = (await db.CommuneLineage.AsNoTracking().Where(l => l.FormerCommuneCode != null && l.FormerCommuneName != null)
                .Select(l => new { l.FormerProvinceCode, l.CommuneCode, l.FormerCommuneCode, l.FormerCommuneName, l.FormerDistrictCode, l.FormerDistrictName })
                .ToListAsync(ct))
            .OrderBy(l => l.FormerCommuneCode, StringComparer.Ordinal).ThenBy(l => l.CommuneCode, StringComparer.Ordinal)
            .ToLookup(l => l.FormerProvinceCode);
        var provinces = (await db.FormerProvinces.AsNoTracking().Select(p => new { p.Code, p.Name, p.NewProvinceCode }).ToListAsync(ct))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new DemoClusterRegistry.Former(p.Code, p.Name, p.NewProvinceCode,
                [.. lineage[p.Code].Select(l => new DemoClusterRegistry.Spot(l.CommuneCode, l.FormerCommuneCode!, l.FormerCommuneName!, l.FormerDistrictCode, l.FormerDistrictName))]))
            .ToList();
        if (provinces.Count == 0) return;
        var organisations = await db.Organisations.Where(o => o.IsLocalAffairsHub || o.Kind == OrganisationKind.ProvincialDepartment)
            .Select(o => new { o.Id, o.ProvinceCode, o.IsLocalAffairsHub }).ToListAsync(ct);
        var departments = organisations.Where(o => o.ProvinceCode is not null).ToDictionary(o => o.ProvinceCode!, o => o.Id);
        var hub = organisations.First(o => o.IsLocalAffairsHub).Id;

        var clusters = new DemoClusterRegistry(new Random(Seed), provinces, departments, hub, clock.GetUtcNow().UtcDateTime).Build();
        await WriteAsync(db, clusters, ct);
    }

    /// <summary>
    /// Table by table, untracked: the clusters and the inspections with keys drawn from their tables' counters, so that what
    /// hangs on them names them; the search columns as a save would fill them (the texts are already in NFC).
    /// </summary>
    private static async Task WriteAsync(CauNoiDb db, List<Cluster> clusters, CancellationToken ct)
    {
        var keys = await db.DrawKeysAsync<Cluster>(clusters.Count, ct);
        for (var i = 0; i < clusters.Count; i++) (clusters[i].Id, clusters[i].SearchName) = ((int)keys[i], VietnameseText.Fold(clusters[i].SearchSource));
        List<TRow> Of<TRow>(Func<Cluster, List<TRow>> rows, Action<TRow, int> link) =>
            [.. clusters.SelectMany(c => rows(c).Select(r => { link(r, c.Id); return r; }))];
        var projects = Of(c => c.Projects, (p, id) => (p.ClusterId, p.SearchName) = (id, VietnameseText.Fold(p.SearchSource)));
        var inspections = Of(c => c.Inspections, (i, id) => i.ClusterId = id);
        var inspectionKeys = await db.DrawKeysAsync<ClusterInspection>(inspections.Count, ct);
        for (var i = 0; i < inspections.Count; i++) inspections[i].Id = (int)inspectionKeys[i];

        await db.InsertInBulkAsync(clusters, ct, withKeys: true);
        await db.InsertInBulkAsync(Of(c => c.Locations, (l, id) => l.ClusterId = id), ct);
        await db.InsertInBulkAsync(Of(c => c.Decisions, (d, id) => d.ClusterId = id), ct);
        await db.InsertInBulkAsync(Of(c => c.Infrastructure, (x, id) => x.ClusterId = id), ct);
        await db.InsertInBulkAsync(projects, ct);
        await db.InsertInBulkAsync(inspections, ct, withKeys: true);
        await db.InsertInBulkAsync(inspections.SelectMany(i => i.Findings.Select(f => { f.InspectionId = i.Id; return f; })), ct);
    }
}
