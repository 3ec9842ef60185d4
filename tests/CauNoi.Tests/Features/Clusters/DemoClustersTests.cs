using System.Text.RegularExpressions;
using CauNoi.Web.Features.Clusters;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// The demo registry, read back from the database by the statistics' rules written out here by hand: at the end of 2022 it
/// must give the Department's figures for that year (seed 002), so that the demo cannot drift from them.
/// </summary>
public abstract class DemoClustersTests(CauNoiApp app) : AppTests(app)
{
    private static readonly DateOnly Cut = new(2022, 12, 31);

    [Fact]
    public async Task DemoRegistry_At2022sEnd_GivesTheSeedsFigures()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var demo = db.Clusters.Where(c => c.IsDemo);

        Assert.Equal(1084, await demo.CountAsync(c => c.EstablishedOn <= Cut, Ct));
        Assert.Equal(734, await demo.CountAsync(c => c.OperatingSince <= Cut, Ct));

        // Each established cluster's area and leasable land at the cut: its latest establishment or expansion signed by then.
        var established = await demo.Where(c => c.EstablishedOn <= Cut).Select(c => new
        {
            c.Id, Operating = c.OperatingSince <= Cut,
            Last = c.Decisions.Where(d => (d.Step == ClusterStep.Establish || d.Step == ClusterStep.Expand) && d.SignedOn <= Cut)
                .OrderByDescending(d => d.SignedOn).ThenByDescending(d => d.Id).Select(d => new { d.AreaHa, d.LeasableHa }).First(),
        }).ToListAsync(Ct);
        var area = established.Sum(c => c.Last.AreaHa!.Value);
        var operatingArea = established.Where(c => c.Operating).Sum(c => c.Last.AreaHa!.Value);
        Assert.InRange(area, 39_000m, 39_100m);
        Assert.InRange(operatingArea, 23_300m, 23_400m);

        // Projects in force on 31/12/2022 (registered by then, not stopped by then) in the established clusters.
        var ids = established.Select(c => c.Id).ToHashSet();
        var inForce = (await db.ClusterProjects.Where(p => p.RegisteredOn <= Cut && (p.StoppedOn == null || p.StoppedOn > Cut))
            .Select(p => new { p.ClusterId, p.LandHa, p.Workers }).ToListAsync(Ct)).Where(p => ids.Contains(p.ClusterId)).ToList();
        Assert.InRange(inForce.Count, 13_300, 13_400);
        Assert.InRange(inForce.Sum(p => p.Workers), 776_000, 776_999);

        // Occupancy over the operating clusters, weighted by their leasable land.
        var operating = established.Where(c => c.Operating).ToDictionary(c => c.Id, c => c.Last.LeasableHa!.Value);
        var leased = inForce.Where(p => operating.ContainsKey(p.ClusterId)).Sum(p => p.LandHa);
        Assert.Equal(64.8m, Math.Round(leased / operating.Values.Sum() * 100, 1));
    }

    [Fact]
    public async Task DemoRegistry_IsSpreadOverTheFormerProvinces_LabelledAndMappedToTodaysCommunes()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var clusters = await db.Clusters.Where(c => c.IsDemo).Include(c => c.Locations).Include(c => c.Decisions).AsSplitQuery().ToListAsync(Ct);
        var formers = await db.FormerProvinces.ToDictionaryAsync(p => p.Code, p => p.NewProvinceCode, Ct);

        Assert.All(clusters, c =>
        {
            Assert.Matches(new Regex($"^CCN-{c.ProvinceCode}-\\d{{4}}$"), c.Code);
            Assert.StartsWith("Cụm công nghiệp ", c.Name);
            Assert.StartsWith("[Dữ liệu minh họa]", c.Note);
            Assert.Equal(c.ProvinceCode, formers[c.FormerProvinceCode!]);
            Assert.NotNull(Assert.Single(c.Locations).FormerCommuneName);
            Assert.Contains(c.Decisions, d => d.Step == ClusterStep.Plan);
        });
        Assert.Equal(clusters.Count, clusters.Select(c => c.Code).Distinct().Count());
        Assert.Equal(63, clusters.Select(c => c.FormerProvinceCode).Distinct().Count());
        // More in the Red River delta and the north-central provinces than in the mountains.
        Assert.True(clusters.Count(c => c.FormerProvinceCode == "34") > 2 * clusters.Count(c => c.FormerProvinceCode == "12"));
        Assert.True(clusters.Count(c => c.FormerProvinceCode == "38") > 2 * clusters.Count(c => c.FormerProvinceCode == "11"));

        // Each location is a row of the lineage: the former commune went into today's commune.
        var locations = clusters.Select(c => c.Locations[0]).ToList();
        var lineage = (await db.CommuneLineage.Select(l => new { l.CommuneCode, l.FormerCommuneCode }).ToListAsync(Ct)).ToHashSet();
        Assert.All(locations, l => Assert.Contains(new { l.CommuneCode, l.FormerCommuneCode }, lineage));
        // The demo communes' accounts see clusters of their own.
        Assert.Contains(locations, l => l.CommuneCode == "00004");
        Assert.Contains(locations, l => l.CommuneCode == "00070");

        var established = clusters.Where(c => c.EstablishedOn <= Cut).ToList();
        Assert.All(established, c => Assert.InRange(c.EstablishedOn!.Value.Year, 2005, 2022));
        Assert.Equal([DeveloperKind.Enterprise, DeveloperKind.Cooperative, DeveloperKind.PublicUnit], established.Select(c => c.DeveloperKind!.Value).Distinct().Order());
        Assert.Contains(established, c => c.Decisions.Count(d => d.Step == ClusterStep.Expand) > 0);
        var located = established.Where(c => c.Latitude is not null).ToList();
        Assert.True(located.Count > established.Count / 2);
        Assert.All(located, c => Assert.True(c.Latitude is > 8.5 and < 23.4 && c.Longitude is > 102 and < 109.5, $"{c.Code}: {c.Latitude}, {c.Longitude}"));

        // After 2022: clusters established and planned, projects stopped and registered; none changes 2022.
        Assert.Contains(clusters, c => c.EstablishedOn > Cut);
        Assert.Contains(clusters, c => c.Stage == ClusterStage.Planned && c.EstablishedOn is null);
        Assert.True(await db.ClusterProjects.CountAsync(p => p.StoppedOn > Cut && p.Status == ProjectStatus.Stopped, Ct) > 50);
        Assert.True(await db.ClusterProjects.CountAsync(p => p.RegisteredOn > Cut, Ct) > 200);
        Assert.True(await db.ClusterInspections.AnyAsync(i => db.ClusterLocations.Any(l => l.ClusterId == i.ClusterId && l.CommuneCode == "00004"), Ct));
    }

    [Fact]
    public async Task DemoRegistry_NeverLeasesMoreThanACluster_HasToLease()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var leasable = await db.Clusters.Where(c => c.IsDemo && c.EstablishedOn != null).ToDictionaryAsync(c => c.Id, c => c.LeasableHa, Ct);
        var leasedNow = (await db.ClusterProjects.Where(p => p.StoppedOn == null).Select(p => new { p.ClusterId, p.LandHa }).ToListAsync(Ct))
            .GroupBy(p => p.ClusterId).ToDictionary(g => g.Key, g => g.Sum(p => p.LandHa));

        Assert.All(leasedNow.Where(l => leasable.ContainsKey(l.Key)), l => Assert.True(l.Value <= leasable[l.Key], $"cluster {l.Key}: {l.Value} > {leasable[l.Key]}"));
    }

    [Fact]
    public async Task DemoRegistry_IsLoadedOnce()
    {
        await using var scope = App.Db();
        var before = await scope.Context.Clusters.CountAsync(Ct);

        await DemoClusters.LoadAsync(scope.Context, TimeProvider.System, Ct);

        Assert.Equal(before, await scope.Context.Clusters.CountAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoClustersOnSqlite(SqliteApp app) : DemoClustersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoClustersOnPostgres(PostgresApp app) : DemoClustersTests(app);
