namespace CauNoi.Web.Features.Clusters;

/// <summary>One condition of the decree: its text, whether the registry's figures meet it, and what the registry found.</summary>
/// <param name="Code">plan, developer, area-occupancy (to establish); size, developer, occupancy, infrastructure (to expand).</param>
public sealed record ClusterCondition(string Code, string Text, bool Met, string Found);

/// <summary>The clusters already established in the area a new one would join, and their land.</summary>
/// <param name="Area">The former districts (or, without one, the communes) the area is read in.</param>
public sealed record AreaFigures(IReadOnlyList<string> Area, int Clusters, decimal LeasableHa, decimal LeasedHa, decimal UnleasedHa)
{
    /// <summary>Average occupancy of the area, weighted by land (Σ leased ÷ Σ leasable), in per cent; none without leasable land.</summary>
    public decimal? Occupancy => global::CauNoi.Web.Features.Clusters.Occupancy.Rate(LeasedHa, LeasableHa);
}

public sealed record ConditionCheck(ClusterStep Step, string StepName, string Basis, IReadOnlyList<ClusterCondition> Conditions, AreaFigures? Area = null)
{
    public bool AllMet => Conditions.All(c => c.Met);

    public IEnumerable<ClusterCondition> Unmet => Conditions.Where(c => !c.Met);
}

/// <summary>
/// The conditions of Nghị định 32/2024/NĐ-CP for establishing and expanding a cluster, read from the registry's own figures
/// (reference facts, section 3; the decree's article and clause numbers are not yet checked against its text). The land-use
/// plan's fit is not in the registry and is left to the officer. A district no longer exists since 1/7/2025: the area of
/// the establishment condition is the former district(s) of the cluster's communes, read through the lineage.
/// </summary>
public static class ClusterConditions
{
    public const string Decree = "Nghị định 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý, phát triển cụm công nghiệp";
    public const string Unchecked = "số điều, khoản chưa đối chiếu với văn bản gốc";

    public const decimal AreaOccupancyAbove = 50m, AreaUnleasedAtMostHa = 100m, ExpandedAtMostHa = 75m, ExpandOccupancyAtLeast = 60m;

    /// <summary>The shared works a cluster cannot expand without: each recorded, and every one of its kind complete.</summary>
    public static readonly InfrastructureKind[] Essential = [InfrastructureKind.Road, InfrastructureKind.Power, InfrastructureKind.Water, InfrastructureKind.Wastewater];

    /// <summary>The conditions of the step, or null for a step without any.</summary>
    public static async Task<ConditionCheck?> ForAsync(CauNoiDb db, Cluster cluster, ClusterStep step, decimal? areaHa, DateOnly today, CancellationToken ct) => step switch
    {
        ClusterStep.Establish => await EstablishAsync(db, cluster, today, ct),
        ClusterStep.Expand => Expand(cluster, areaHa, today),
        _ => null,
    };

    /// <summary>To establish: in the plan, a developer, and the area's clusters filled above half or with little land left.</summary>
    /// <param name="cluster">With its decisions and locations.</param>
    public static async Task<ConditionCheck> EstablishAsync(CauNoiDb db, Cluster cluster, DateOnly today, CancellationToken ct)
    {
        var plan = cluster.Decisions.Where(d => d.Step == ClusterStep.Plan).OrderByDescending(d => d.SignedOn).FirstOrDefault();
        var area = await AreaAsync(db, cluster, today, ct);
        var where = string.Join(", ", area.Area);
        var areaMet = area.Clusters == 0 || area.Occupancy > AreaOccupancyAbove || area.UnleasedHa <= AreaUnleasedAtMostHa;
        return new(ClusterStep.Establish, ClusterNames.Of(ClusterStep.Establish), $"{Decree}, điều kiện thành lập cụm công nghiệp ({Unchecked}).",
        [
            new("plan", "Có trong phương án phát triển cụm công nghiệp (danh mục cụm công nghiệp) của tỉnh đã được cấp có thẩm quyền phê duyệt.",
                plan is not null, plan is null ? "Chưa ghi nhận quyết định phê duyệt phương án phát triển có cụm công nghiệp này."
                    : $"Quyết định {plan.Number} ngày {Display.Date(plan.SignedOn)}."),
            DeveloperCondition(cluster),
            new("area-occupancy", "Trường hợp trên địa bàn đã có cụm công nghiệp được thành lập: tỷ lệ lấp đầy trung bình của các cụm công nghiệp đạt trên 50% "
                + "hoặc tổng quỹ đất công nghiệp chưa cho thuê của các cụm công nghiệp không vượt quá 100 ha.",
                areaMet, area.Clusters == 0 ? $"Chưa có cụm công nghiệp nào được thành lập trên địa bàn {where}."
                    : $"Trên địa bàn {where} có {area.Clusters} cụm công nghiệp đã thành lập: tỷ lệ lấp đầy trung bình "
                        + $"{Percent(area.Occupancy)} ({Ha(area.LeasedHa)} đã cho thuê ÷ {Ha(area.LeasableHa)} có thể cho thuê), đất công nghiệp chưa cho thuê {Ha(area.UnleasedHa)}."),
        ], area);
    }

    /// <summary>To expand: at most 75 ha after, a developer, occupancy of at least 60%, the essential infrastructure complete.</summary>
    /// <param name="cluster">With its projects and infrastructure.</param>
    /// <param name="areaHa">The area after expansion; when not yet known, what the current area leaves for it.</param>
    public static ConditionCheck Expand(Cluster cluster, decimal? areaHa, DateOnly today)
    {
        var leased = Occupancy.Leased(cluster.Projects, today);
        var rate = Occupancy.Rate(leased, cluster.LeasableHa);
        var current = cluster.AreaHa ?? cluster.PlannedHa;
        var missing = Essential.Where(k => !cluster.Infrastructure.Any(i => i.Kind == k)).Select(k => $"{ClusterNames.Of(k)} (chưa ghi nhận)");
        var unfinished = cluster.Infrastructure.Where(i => Essential.Contains(i.Kind) && i.Status != InfrastructureStatus.Complete)
            .Select(i => $"{ClusterNames.Of(i.Kind)}: {i.Description} ({ClusterNames.Of(i.Status).ToLower(VietnameseText.Culture)})");
        var incomplete = missing.Concat(unfinished).ToList();
        return new(ClusterStep.Expand, ClusterNames.Of(ClusterStep.Expand), $"{Decree}, điều kiện mở rộng cụm công nghiệp ({Unchecked}).",
        [
            areaHa is { } after
                ? new("size", "Tổng diện tích cụm công nghiệp sau khi mở rộng không vượt quá 75 ha.", after <= ExpandedAtMostHa,
                    $"Sau khi mở rộng: {Ha(after)} (hiện nay {Ha(current)}).")
                : new("size", "Tổng diện tích cụm công nghiệp sau khi mở rộng không vượt quá 75 ha.", current < ExpandedAtMostHa,
                    current < ExpandedAtMostHa ? $"Hiện nay {Ha(current)}: mở rộng thêm tối đa {Ha(ExpandedAtMostHa - current)}." : $"Hiện nay đã {Ha(current)}."),
            DeveloperCondition(cluster),
            new("occupancy", "Tỷ lệ lấp đầy của cụm công nghiệp đạt ít nhất 60%.", rate >= ExpandOccupancyAtLeast,
                rate is null ? "Cụm công nghiệp chưa có đất công nghiệp có thể cho thuê: không tính được tỷ lệ lấp đầy."
                    : $"{Percent(rate)} ({Ha(leased)} đã cho thuê ÷ {Ha(cluster.LeasableHa)} có thể cho thuê)."),
            new("infrastructure", "Đã hoàn thành xây dựng, đưa vào sử dụng các công trình hạ tầng kỹ thuật dùng chung thiết yếu: "
                + string.Join(", ", Essential.Select(k => ClusterNames.Of(k).ToLower(VietnameseText.Culture))) + ".",
                incomplete.Count == 0, incomplete.Count == 0 ? "Các công trình thiết yếu đã hoàn thành." : "Chưa hoàn thành: " + string.Join("; ", incomplete) + "."),
        ]);
    }

    /// <summary>
    /// The clusters established in the cluster's area (itself aside) and their land today. The area is the former districts
    /// its locations name or, for a commune named as it is today, those its lineage came from; without any, its communes.
    /// </summary>
    public static async Task<AreaFigures> AreaAsync(CauNoiDb db, Cluster cluster, DateOnly today, CancellationToken ct)
    {
        var stated = cluster.Locations.Where(l => l.FormerDistrictCode is not null).Select(l => (Code: l.FormerDistrictCode!, Name: l.FormerDistrictName ?? l.FormerDistrictCode!));
        var named = cluster.Locations.Where(l => l.FormerDistrictCode is null).Select(l => l.CommuneCode).ToArray();
        var traced = (await db.CommuneLineage.Where(x => named.Contains(x.CommuneCode) && x.FormerDistrictCode != null)
            .Select(x => new { x.FormerDistrictCode, x.FormerDistrictName }).Distinct().ToListAsync(ct))
            .Select(x => (Code: x.FormerDistrictCode!, Name: x.FormerDistrictName ?? x.FormerDistrictCode!));
        var districts = stated.Concat(traced).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();

        var others = db.Clusters.Where(c => c.Id != cluster.Id && c.Stage != ClusterStage.Planned);
        List<string> area;
        if (districts.Count > 0)
        {
            var codes = districts.Select(d => d.Code).ToArray();
            others = ClusterQueries.InFormerDistricts(db, others, codes);
            area = [.. districts.Select(d => $"{d.Name} (cũ)")];
        }
        else
        {
            var communes = cluster.Locations.Select(l => l.CommuneCode).ToArray();
            others = others.Where(c => c.Locations.Any(l => communes.Contains(l.CommuneCode)));
            area = await db.Communes.Where(c => communes.Contains(c.Code)).OrderBy(c => c.Code).Select(c => c.Name).ToListAsync(ct);
        }
        var found = await others.Select(c => new
        {
            c.LeasableHa,
            Projects = c.Projects.Select(p => new ClusterProject { Investor = "", Sector = "", LandHa = p.LandHa, RegisteredOn = p.RegisteredOn, StoppedOn = p.StoppedOn }).ToList(),
        }).ToListAsync(ct);
        var leasable = found.Sum(c => c.LeasableHa);
        var leased = found.Sum(c => Occupancy.Leased(c.Projects, today));
        return new(area, found.Count, leasable, leased, Math.Max(0, leasable - leased));
    }

    private static ClusterCondition DeveloperCondition(Cluster cluster) =>
        new("developer", "Có doanh nghiệp, hợp tác xã hoặc tổ chức có tư cách pháp lý, năng lực đề nghị làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp.",
            cluster.DeveloperName is not null, cluster.DeveloperName is null ? "Chưa có chủ đầu tư hạ tầng kỹ thuật."
                : $"{(cluster.DeveloperKind is { } k ? ClusterNames.Of(k) + ": " : "")}{cluster.DeveloperName}.");

    public static string Percent(decimal? rate) => rate is { } r ? Display.Number(r, 2) + "%" : "–";

    public static string Ha(decimal ha) => Display.Number(ha, 2) + " ha";
}
