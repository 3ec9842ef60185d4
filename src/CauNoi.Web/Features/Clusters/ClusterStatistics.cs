using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The national statistics of industrial clusters for a year, as the registry stood on 31 December of it (the cut), for
/// each of the 34 provinces, each region and the country: the table of the Ministry's yearly review (seed 002: 1,084
/// clusters over 39,000 ha established, 734 over 23,300 ha operating, 13,300 projects, 64.8% occupancy, 776,000 workers).
/// A cluster counts as established from its establishment and as operating from its entry into production, with the
/// area of its last establishment or expansion decision signed by the cut; projects are those in force at the cut in
/// established clusters. Average occupancy weighs each operating cluster by its leasable land: their leased land over
/// their leasable land, not the mean of their rates. Grouped by province in the database.
/// </summary>
/// <param name="Total">The country's line, or the region's when one region is asked.</param>
/// <param name="Regions">The regions' lines, north to south (only the one asked, when one is).</param>
/// <param name="Provinces">The provinces' lines by the statistics office's code, north to south; a province without clusters has a line of zeros.</param>
public sealed record ClusterStatistics(int Year, DateOnly Cut, Region? Region, ClusterStatistics.Line Total,
    IReadOnlyList<ClusterStatistics.Line> Regions, IReadOnlyList<ClusterStatistics.Line> Provinces)
{
    /// <summary>The first year the statistics answer for.</summary>
    public const int FirstYear = 2000;

    public const string Formula = "Tỷ lệ lấp đầy bình quân = tổng diện tích đất công nghiệp đã cho thuê ÷ tổng diện tích đất công nghiệp có thể cho thuê "
        + "của các cụm công nghiệp đang hoạt động × 100%";

    /// <summary>One line of the table.</summary>
    /// <param name="Code">The province's code, the region's (North, Centre, South), or "total" for the country.</param>
    /// <param name="LeasedHa">The land of the projects in force in the operating clusters: occupancy's numerator.</param>
    /// <param name="LeasableHa">The leasable industrial land of the operating clusters: occupancy's denominator.</param>
    public sealed record Line(string Code, string Name, Region? Region, int Established, decimal EstablishedHa, int Operating, decimal OperatingHa,
        int Projects, int Workers, decimal LeasedHa, decimal LeasableHa)
    {
        /// <summary>A province's line, not a region's or the country's.</summary>
        public bool IsProvince => Code.All(char.IsAsciiDigit);

        /// <summary>Average occupancy in per cent, to one decimal as every page and export shows it; none without leasable land.</summary>
        public decimal? Occupancy => Features.Clusters.Occupancy.Rate(LeasedHa, LeasableHa) is { } rate ? Math.Round(rate, 1, MidpointRounding.AwayFromZero) : null;

        public static Line Zero(string code, string name, Region? region) => new(code, name, region, 0, 0, 0, 0, 0, 0, 0, 0);

        public static Line Sum(string code, string name, Region? region, IEnumerable<Line> lines) => lines.Aggregate(Zero(code, name, region),
            (s, l) => s with
            {
                Established = s.Established + l.Established, EstablishedHa = s.EstablishedHa + l.EstablishedHa,
                Operating = s.Operating + l.Operating, OperatingHa = s.OperatingHa + l.OperatingHa,
                Projects = s.Projects + l.Projects, Workers = s.Workers + l.Workers, LeasedHa = s.LeasedHa + l.LeasedHa, LeasableHa = s.LeasableHa + l.LeasableHa,
            });
    }

    /// <summary>The area the table covers: "Cả nước" or the region's name.</summary>
    public string Area => Total.Name;

    /// <summary>Each region's line followed by its provinces' lines, as every table shows them; the total is placed by each table.</summary>
    public IEnumerable<Line> ByRegion() => Regions.SelectMany(r => Provinces.Where(p => p.Region == r.Region).Prepend(r));

    /// <summary>
    /// Where the figures come from and what they count, as every table states it under its title: the registry's own records,
    /// not figures typed for the table.
    /// </summary>
    public string Provenance => $"Số liệu tổng hợp từ cơ sở dữ liệu cụm công nghiệp (Nghị định 32/2024/NĐ-CP, Thông tư 14/2024/TT-BCT), đến ngày {Display.Date(Cut)}: "
        + "cụm đã thành lập và đang hoạt động theo quyết định thành lập, mở rộng và ngày đi vào hoạt động đã ghi; diện tích theo quyết định thành lập hoặc mở rộng "
        + "gần nhất đến ngày đó; dự án thứ cấp và số lao động là của các dự án còn hiệu lực (đã đăng ký, chưa dừng hoạt động) trong các cụm đã thành lập; "
        + "đất có thể cho thuê và đất đã cho thuê như đã ghi nhận. " + Formula + ".";

    /// <summary>The year shown when none is asked: the last year that has ended.</summary>
    public static int LastCompleteYear(DateOnly today) => today.Year - 1;

    /// <summary>Why a year cannot be asked, or null when it can: from <see cref="FirstYear"/> to this year.</summary>
    public static string? Refusal(int year, DateOnly today) => year < FirstYear || year > today.Year
        ? $"Năm {year} không hợp lệ: chọn một năm từ {FirstYear} đến {today.Year}."
        : null;

    public static Task<ClusterStatistics> ReadAsync(CauNoiDb db, int year, Region? region, CancellationToken ct) =>
        ReadAsync(db, new DateOnly(year, 12, 31), region, ct);

    /// <summary>The registry as it stood at the end of <paramref name="cut"/>: a report's period ends on the 14th (Thông tư 14/2024/TT-BCT).</summary>
    public static async Task<ClusterStatistics> ReadAsync(CauNoiDb db, DateOnly cut, Region? region, CancellationToken ct)
    {
        var year = cut.Year;
        var provinces = (await db.Provinces.AsNoTracking().Select(p => new { p.Code, p.Name }).ToListAsync(ct))
            .Where(p => region is null || AdminUnits.Regions.Of(p.Code) == region).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var clusters = db.Clusters.AsNoTracking();
        if (region is not null)
        {
            var codes = provinces.Select(p => p.Code).ToArray();
            clusters = clusters.Where(c => codes.Contains(c.ProvinceCode));
        }
        var tallies = await TallyAsync(db, clusters, cut, ct);
        var lines = provinces.Select(p => tallies.GetValueOrDefault(p.Code) is { } t
                ? t with { Name = p.Name, Region = AdminUnits.Regions.Of(p.Code) }
                : Line.Zero(p.Code, p.Name, AdminUnits.Regions.Of(p.Code)))
            .ToList();
        var regions = lines.GroupBy(l => l.Region!.Value).OrderBy(g => g.Key)
            .Select(g => Line.Sum(g.Key.ToString(), AdminUnits.Regions.Name(g.Key), g.Key, g)).ToList();
        var total = region is not null ? regions.Single() : Line.Sum("total", "Cả nước", null, regions);
        return new ClusterStatistics(year, cut, region, total, regions, lines);
    }

    /// <summary>
    /// The rules in the summary as SQL, in two GROUP BY queries: the established clusters by province and stage, with the
    /// area and leasable land of their last decision by the cut; the projects in force in them by province.
    /// </summary>
    private static async Task<Dictionary<string, Line>> TallyAsync(CauNoiDb db, IQueryable<Cluster> clusters, DateOnly cut, CancellationToken ct)
    {
        var established = clusters.Where(c => c.EstablishedOn <= cut);
        var sizing = db.ClusterDecisions.Where(d => (d.Step == ClusterStep.Establish || d.Step == ClusterStep.Expand) && d.SignedOn <= cut);
        // The decision in force at the cut for each figure: the last signed by then that sets it (an anti-join, not a lookup per cluster).
        var areas = sizing.Where(d => d.AreaHa != null && !sizing.Any(e => e.ClusterId == d.ClusterId && e.AreaHa != null
            && (e.SignedOn > d.SignedOn || e.SignedOn == d.SignedOn && e.Id > d.Id)));
        var leasables = sizing.Where(d => d.LeasableHa != null && !sizing.Any(e => e.ClusterId == d.ClusterId && e.LeasableHa != null
            && (e.SignedOn > d.SignedOn || e.SignedOn == d.SignedOn && e.Id > d.Id)));
        var clusterGroups = await (
                from c in established
                join a in areas on c.Id equals a.ClusterId into area
                from a in area.DefaultIfEmpty()
                join l in leasables on c.Id equals l.ClusterId into leasable
                from l in leasable.DefaultIfEmpty()
                // A cluster recorded without its decisions (an imported list) keeps the areas it was recorded with.
                select new { c.ProvinceCode, Operating = c.OperatingSince <= cut, AreaHa = (a == null ? c.AreaHa : a.AreaHa) ?? 0, LeasableHa = l == null ? c.LeasableHa : l.LeasableHa!.Value })
            .GroupBy(c => new { c.ProvinceCode, c.Operating })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Operating, Count = g.Count(), AreaHa = g.Sum(c => c.AreaHa), LeasableHa = g.Sum(c => c.LeasableHa) })
            .ToListAsync(ct);
        var byProvince = clusterGroups.GroupBy(g => g.ProvinceCode).ToDictionary(p => p.Key, p =>
        {
            var operating = p.Where(g => g.Operating).ToList();
            return new Line(p.Key, "", null, p.Sum(g => g.Count), p.Sum(g => g.AreaHa), operating.Sum(g => g.Count), operating.Sum(g => g.AreaHa),
                0, 0, 0, operating.Sum(g => g.LeasableHa));
        });
        var projects = await db.ClusterProjects.Where(Occupancy.InForceOn(cut))
            .Join(established, p => p.ClusterId, c => c.Id, (p, c) => new { c.ProvinceCode, Operating = c.OperatingSince <= cut, p.LandHa, p.Workers })
            .GroupBy(p => p.ProvinceCode)
            .Select(g => new { Code = g.Key, Count = g.Count(), Workers = g.Sum(p => p.Workers), LeasedHa = g.Sum(p => p.Operating ? p.LandHa : 0) })
            .ToListAsync(ct);
        foreach (var p in projects)
            byProvince[p.Code] = byProvince[p.Code] with { Projects = p.Count, Workers = p.Workers, LeasedHa = p.LeasedHa };
        return byProvince;
    }
}
