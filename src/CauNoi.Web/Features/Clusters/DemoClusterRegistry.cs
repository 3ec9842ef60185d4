namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// Makes the demo registry: the clusters established by the end of 2022 spread over the former provinces by weight, the
/// oldest mostly in operation, their areas, leasable land and secondary projects drawn at random and then scaled so that
/// the year's totals, read by the statistics' rules, are the seed's (<see cref="DemoClusters"/>); then what happened
/// after 2022 (projects stopped and registered, expansions, clusters planned and established), which leaves 2022 as it is.
/// One seeded <see cref="Random"/>: the same registry every time.
/// </summary>
/// <param name="departments">Each province's department of industry and trade, by province; <paramref name="hub"/> the Department.</param>
public sealed partial class DemoClusterRegistry(Random rng, IReadOnlyList<DemoClusterRegistry.Former> provinces, IReadOnlyDictionary<string, int> departments, int hub,
    DateTime now)
{
    /// <summary>A former commune and what it is today, from the statistics office's lineage.</summary>
    public sealed record Spot(string CommuneCode, string FormerCommuneCode, string FormerCommuneName, string? FormerDistrictCode, string? FormerDistrictName);

    public sealed record Former(string Code, string Name, string NewProvinceCode, IReadOnlyList<Spot> Spots);

    private static readonly DateOnly Cut = DemoClusters.Cut, Last = new(2025, 6, 15);

    private sealed class Draft(Former province, Spot spot, decimal share, int[] sectors)
    {
        public Former Province { get; } = province;
        public Spot Spot { get; } = spot;
        /// <summary>Leasable land ÷ area, the same at every decision.</summary>
        public decimal Share { get; } = share;
        /// <summary>The sectors it attracts (<see cref="DemoClusterWords.Sectors"/>).</summary>
        public int[] Sectors { get; } = sectors;
        public DateOnly PlannedOn { get; set; }
        public DateOnly? EstablishedOn { get; set; }
        public DateOnly? InfrastructureOn { get; set; }
        public DateOnly? OperatingSince { get; set; }
        /// <summary>The area at the end of 2022 (for a cluster established later, at its establishment).</summary>
        public decimal Area { get; set; }
        /// <summary>An expansion by the end of 2022: the day, and the area the establishment had set.</summary>
        public (DateOnly On, decimal Before)? Expanded { get; set; }
        /// <summary>An expansion after 2022: the day and the area it sets.</summary>
        public (DateOnly On, decimal After)? ExpandedLater { get; set; }
        /// <summary>Land leased to the projects in force at the end of 2022.</summary>
        public decimal Leased { get; set; }
        public List<ClusterProject> Projects { get; } = [];
        public decimal Leasable(decimal area) => Round2(area * Share);
        public decimal CurrentArea => ExpandedLater?.After ?? Area;
        public bool OperatesByCut => OperatingSince <= Cut;
    }

    public List<Cluster> Build()
    {
        var drafts = EstablishedByCut();
        var operating = drafts.OrderByDescending(d => (Cut.DayNumber - d.EstablishedOn!.Value.DayNumber) * (0.5 + rng.NextDouble()))
            .Take(DemoClusters.Operating).ToHashSet();
        foreach (var d in drafts) Timeline(d, operating.Contains(d));
        Areas([.. drafts.Where(d => d.OperatesByCut)], DemoClusters.OperatingArea, 10m, 75m, () => 10 + 65 * Math.Pow(rng.NextDouble(), 1.6));
        Areas([.. drafts.Where(d => !d.OperatesByCut)], DemoClusters.EstablishedArea - DemoClusters.OperatingArea, 12m, 75m, () => 15 + 60 * Math.Pow(rng.NextDouble(), 1.1));
        foreach (var d in drafts) Expansions(d);
        Leased([.. drafts.Where(d => d.OperatesByCut)]);
        var inForce = ProjectsInForce(drafts);
        Workers(inForce);
        AfterTheCut(drafts, inForce);
        drafts.AddRange(LaterClusters());
        foreach (var d in drafts.Where(d => d.EstablishedOn > Cut)) LaterProjects(d);
        return Clusters(drafts);
    }

    /// <summary>The clusters established by the end of 2022, each in a former commune of its province; Hà Nội's first in the demo communes.</summary>
    private List<Draft> EstablishedByCut()
    {
        var counts = Apportion([.. provinces.Select(p => DemoClusterPlaces.Of[p.Code].Weight)], DemoClusters.Established);
        var drafts = new List<Draft>();
        for (var i = 0; i < provinces.Count; i++)
        {
            var province = provinces[i];
            var demo = province.Code == "01" ? DemoClusterPlaces.DemoCommunes.Select((c, k) => province.Spots.Where(s => s.CommuneCode == c).ElementAt(k % 2)).ToList() : [];
            for (var k = 0; k < counts[i]; k++)
            {
                var spot = k < demo.Count ? demo[k] : SpotIn(province);
                var year = Weighted(2005, 2022, y => 1 + 0.06 * (y - 2005));
                var day = Day(new DateOnly(year, 1, 5), new DateOnly(year, 12, 20));
                drafts.Add(New(province, spot, d => d.EstablishedOn = day));
            }
        }
        return drafts;
    }

    /// <summary>Its plan before it, the start of its infrastructure, production (by 2022 for those operating then, a few after).</summary>
    private void Timeline(Draft d, bool operatesByCut)
    {
        var established = d.EstablishedOn!.Value;
        d.PlannedOn = Max(established.AddDays(-rng.Next(120, 1100)), new DateOnly(2003, 3, 1));
        if (operatesByCut)
        {
            var latest = Math.Min(Cut.DayNumber, established.DayNumber + 5 * 365);
            var earliest = Math.Min(established.DayNumber + 300, latest - 1);
            d.OperatingSince = DateOnly.FromDayNumber(rng.Next(Math.Max(earliest, established.DayNumber + 1), latest + 1));
            if (rng.NextDouble() < 0.85 && d.OperatingSince.Value.DayNumber - established.DayNumber > 60)
                d.InfrastructureOn = DateOnly.FromDayNumber(rng.Next(established.DayNumber + 30, d.OperatingSince.Value.DayNumber));
            return;
        }
        if (rng.NextDouble() < 0.65) d.InfrastructureOn = Min(established.AddDays(rng.Next(90, 420)), Last);
        if (established.Year <= 2021 && rng.NextDouble() < 0.2)
            d.OperatingSince = Day(Max(new DateOnly(2023, 1, 15), (d.InfrastructureOn ?? established).AddDays(30)), Last);
    }

    /// <summary>Each cluster's area at the end of 2022, drawn and scaled to the total.</summary>
    private void Areas(List<Draft> drafts, decimal total, decimal min, decimal max, Func<double> draw)
    {
        var areas = Spread([.. drafts.Select(_ => draw())], total, min, max);
        for (var i = 0; i < drafts.Count; i++) drafts[i].Area = areas[i];
    }

    /// <summary>A few clusters were expanded by 2022 (their establishment set less), a few busy ones after it.</summary>
    private void Expansions(Draft d)
    {
        var established = d.EstablishedOn!.Value;
        if (established.Year <= 2019 && rng.NextDouble() < 0.07)
            d.Expanded = (Day(established.AddYears(2), Cut.AddDays(-10)), Round2(d.Area * Between(0.6m, 0.85m)));
    }

    /// <summary>
    /// The land leased at the end of 2022 in the clusters then operating: an occupancy drawn for each (older clusters fuller),
    /// scaled so that the area-weighted average is the seed's, the last hundredths set on one cluster.
    /// </summary>
    private void Leased(List<Draft> operating)
    {
        var leasable = operating.Select(d => d.Leasable(d.Area)).ToArray();
        var rates = operating.Select(d => 0.18 + 0.55 * (rng.NextDouble() + rng.NextDouble()) / 2 + 0.025 * (Cut.DayNumber - d.EstablishedOn!.Value.DayNumber) / 365.0).ToArray();
        var target = (double)(DemoClusters.Occupancy * leasable.Sum());
        for (var pass = 0; pass < 30; pass++)
        {
            var leased = rates.Select((r, i) => r * (double)leasable[i]).Sum();
            rates = [.. rates.Select(r => Math.Clamp(r * target / leased, 0.06, 1.0))];
        }
        for (var i = 0; i < operating.Count; i++) operating[i].Leased = Round2((decimal)rates[i] * leasable[i]);
        var rest = Round2(DemoClusters.Occupancy * leasable.Sum()) - operating.Sum(d => d.Leased);
        var roomy = operating.Select((d, i) => (d, i)).First(x => x.d.Leased + rest <= leasable[x.i] && x.d.Leased + rest > 1);
        roomy.d.Leased += rest;
    }

    /// <summary>
    /// The secondary projects in force at the end of 2022: the seed's number, shared by the clusters' leased land (some land
    /// also in clusters established but not yet operating), each cluster's land split among its projects.
    /// </summary>
    private List<ClusterProject> ProjectsInForce(List<Draft> drafts)
    {
        foreach (var d in drafts.Where(d => !d.OperatesByCut && d.EstablishedOn!.Value < Cut.AddDays(-180) && rng.NextDouble() < 0.6))
            d.Leased = Round2(d.Leasable(d.Area) * Between(0.05m, 0.45m));
        var leasing = drafts.Where(d => d.Leased > 0).ToList();
        var counts = Apportion([.. leasing.Select(d => (double)d.Leased)], DemoClusters.Projects, atLeastOne: true);
        var all = new List<ClusterProject>();
        for (var i = 0; i < leasing.Count; i++)
        {
            var d = leasing[i];
            var lands = Spread([.. Enumerable.Range(0, counts[i]).Select(_ => 0.3 - Math.Log(1 - rng.NextDouble()))], d.Leased, 0.05m, d.Leased);
            var earliest = d.EstablishedOn!.Value.AddDays(30);
            foreach (var land in lands)
            {
                var project = Project(d, land, Day(Min(earliest, Cut), Cut));
                // Before an expansion only the land then leasable could be leased.
                if (d.Expanded is { } expanded && project.RegisteredOn < expanded.On
                    && d.Projects.Where(p => p.RegisteredOn < expanded.On).Sum(p => p.LandHa) + land > 0.9m * d.Leasable(expanded.Before))
                    project.RegisteredOn = Day(expanded.On, Cut);
                d.Projects.Add(project);
                all.Add(project);
            }
        }
        return all;
    }

    /// <summary>The workers of the projects in force at the end of 2022, about as many per hectare, scaled to the seed's total.</summary>
    private void Workers(List<ClusterProject> inForce)
    {
        var workers = Spread([.. inForce.Select(p => (double)p.LandHa * 67 * Math.Exp(0.4 * Normal()))], DemoClusters.Workers, 3, 5_000, decimals: 0);
        for (var i = 0; i < inForce.Count; i++) inForce[i].Workers = (int)workers[i];
    }

    /// <summary>
    /// What changed after 2022, none of it in force at its end: projects stopped in 2023–2025, projects that had stopped
    /// before the end of 2022 (in clusters with land to spare), projects registered since, and expansions of busy clusters.
    /// </summary>
    private void AfterTheCut(List<Draft> drafts, List<ClusterProject> inForce)
    {
        foreach (var p in inForce.Where(_ => rng.NextDouble() < 0.012))
            (p.StoppedOn, p.Status) = (Day(new DateOnly(2023, 2, 1), Last), ProjectStatus.Stopped);
        foreach (var d in drafts.Where(d => d.OperatesByCut && d.Expanded is null && d.EstablishedOn!.Value.Year <= 2018 && d.Leased <= 0.8m * d.Leasable(d.Area)))
        {
            if (rng.NextDouble() > 0.45) continue;
            var registered = Day(d.EstablishedOn!.Value.AddDays(60), Cut.AddYears(-2));
            var stopped = Day(registered.AddYears(1), Cut.AddDays(-30));
            var project = Project(d, Min(Round2(0.1m * d.Leasable(d.Area)), Between(0.2m, 1.2m)), registered);
            (project.StoppedOn, project.Status, project.Workers) = (stopped, ProjectStatus.Stopped, rng.Next(8, 90));
            d.Projects.Add(project);
        }
        foreach (var d in drafts.Where(d => d.OperatesByCut && d.Area <= 55m && d.Leased >= 0.7m * d.Leasable(d.Area) && rng.NextDouble() < 0.08))
            d.ExpandedLater = (Day(Max(new DateOnly(2023, 3, 1), d.OperatingSince!.Value.AddDays(60)), Last.AddDays(-20)), Min(75m, Round2(d.Area * Between(1.2m, 1.4m))));
        foreach (var d in drafts) LaterProjects(d);
    }

    /// <summary>Projects registered since 2023, where the cluster has leasable land left.</summary>
    private void LaterProjects(Draft d)
    {
        var count = d.OperatingSince is not null ? rng.Next(0, 3) : rng.Next(0, 2);
        var from = Max(new DateOnly(2023, 1, 5), d.EstablishedOn!.Value.AddDays(30));
        for (var k = 0; k < count && from < Last; k++)
        {
            var room = d.Leasable(d.CurrentArea) - d.Projects.Where(p => p.StoppedOn is null).Sum(p => p.LandHa);
            var land = Min(Round2(room * 0.5m), Between(0.3m, 2m));
            if (land < 0.2m) return;
            var project = Project(d, land, Day(from, Last));
            project.Workers = (int)Math.Max(3, Math.Round((double)land * (30 + 70 * rng.NextDouble())));
            d.Projects.Add(project);
        }
    }

    /// <summary>Clusters established from 2023 (a few already operating), and clusters still only in the plan.</summary>
    private IEnumerable<Draft> LaterClusters()
    {
        var weights = provinces.Select(p => DemoClusterPlaces.Of[p.Code].Weight).ToArray();
        for (var k = 0; k < DemoClusters.EstablishedLater + DemoClusters.PlannedOnly; k++)
        {
            var province = provinces[Weighted(0, provinces.Count - 1, i => weights[i])];
            var d = New(province, SpotIn(province), d => d.Area = Between(15m, 75m));
            if (k < DemoClusters.EstablishedLater)
            {
                d.EstablishedOn = Day(new DateOnly(2023, 2, 1), new DateOnly(2025, 5, 31));
                d.PlannedOn = d.EstablishedOn.Value.AddDays(-rng.Next(150, 900));
                if (rng.NextDouble() < 0.6) d.InfrastructureOn = Min(d.EstablishedOn.Value.AddDays(rng.Next(60, 240)), Last);
                if (k < 4 && d.EstablishedOn.Value.AddDays(150) < Last) d.OperatingSince = Day(d.EstablishedOn.Value.AddDays(120), Last);
            }
            else d.PlannedOn = Day(new DateOnly(2021, 6, 1), new DateOnly(2025, 5, 31));
            yield return d;
        }
    }

    private ClusterProject Project(Draft d, decimal land, DateOnly registered)
    {
        var sectors = DemoClusterWords.Sectors[d.Sectors[rng.Next(d.Sectors.Length)]].Projects;
        var sector = sectors[rng.Next(sectors.Length)];
        return new ClusterProject
        {
            Investor = $"{DemoClusterWords.Companies[rng.Next(DemoClusterWords.Companies.Length)]} {sector} {DemoClusterWords.Brands[rng.Next(DemoClusterWords.Brands.Length)]}",
            Sector = sector, LandHa = land, RegisteredOn = registered, CapitalBillionVnd = Math.Max(0.5m, Math.Round(land * Between(8m, 45m), 1)),
            Status = ProjectStatus.Registered, UpdatedAt = now,
        };
    }

    private Draft New(Former province, Spot spot, Action<Draft> set)
    {
        var first = Weighted(0, DemoClusterWords.Sectors.Length - 1, i => i switch { 0 => 5, 1 => 4, 2 => 3, 6 => 2, _ => 1 });
        var sectors = new[] { first, rng.Next(DemoClusterWords.Sectors.Length), rng.Next(DemoClusterWords.Sectors.Length) }.Take(rng.Next(1, 4)).Distinct().ToArray();
        var draft = new Draft(province, spot, Between(0.62m, 0.78m), sectors);
        set(draft);
        return draft;
    }

    private Spot SpotIn(Former province)
    {
        var rural = province.Spots.Where(s => s.FormerCommuneName.StartsWith("Xã ", StringComparison.Ordinal) || s.FormerCommuneName.StartsWith("Thị trấn ", StringComparison.Ordinal)).ToList();
        var from = rural.Count > 0 ? rural : province.Spots;
        return from[rng.Next(from.Count)];
    }
}
