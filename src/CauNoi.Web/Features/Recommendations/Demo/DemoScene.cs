namespace CauNoi.Web.Features.Recommendations.Demo;

/// <summary>
/// Where a demo recommendation happens and the names and figures its texts are made of: the
/// same scene gives the same cluster, line and numbers, so a duplicate reads like its original.
/// </summary>
public sealed class DemoScene(Random rng)
{
    public static readonly DateOnly Reform = new(2025, 7, 1);

    public required DemoProvince Province { get; init; }
    public DemoCommune? Commune { get; init; }
    public required DateOnly Day { get; init; }
    /// <summary>Two commune names of the province that clusters, lines and substations are named after.</summary>
    public required string Place1 { get; init; }
    public required string Place2 { get; init; }
    public string ClusterSuffix { get; init; } = "";
    public int Ha { get; init; }
    public int Pct { get; init; }
    public int Households { get; init; }
    public int Count { get; init; }
    public int Billions { get; init; }
    public int Staff { get; init; }

    public bool AfterReform => Day >= Reform;
    public int Year => Day.Year;

    public string Pick(params string[] options) => options[rng.Next(options.Length)];
    public bool Chance(double p) => rng.NextDouble() < p;
    public int Next(int count) => rng.Next(count);

    /// <summary>"Sở Công Thương Hà Nội" or "Phòng Kinh tế xã Tân Lập": who speaks.</summary>
    public string Sender => Commune is null ? Province.DepartmentName : Commune.OfficeInline;
    /// <summary>Who an answer asks to act.</summary>
    public string Addressee => Commune is null ? $"Sở Công Thương {Province.Short}" : $"Ủy ban nhân dân {Commune.Inline}";
    public string Locality => Commune?.Inline ?? Province.Inline;
    public string Where => Commune is null ? Province.Inline : $"{Commune.Inline}, {Province.Inline}";
    /// <summary>"trên địa bàn tỉnh", "trên địa bàn phường".</summary>
    public string Area => $"trên địa bàn {Commune?.Type ?? Province.Kind}";
    public string InArea => $"Trên địa bàn {Commune?.Type ?? Province.Kind}";
    public string ProvincePeople => $"Ủy ban nhân dân {Province.Inline}";
    public string CommunePeople => Commune is null ? "Ủy ban nhân dân cấp xã" : $"Ủy ban nhân dân {Commune.Inline}";

    public string Cluster => $"Cụm công nghiệp {Place1}{ClusterSuffix}";
    public string Line => $"Đường dây 110 kV {Place1} – {Place2}";
    public string Substation => $"Trạm biến áp 110 kV {Place1}";
    public string Market => $"Chợ {Place1}";

    public static DemoScene Create(Random rng, DemoProvince province, DemoCommune? commune, DateOnly day)
    {
        // Named places: the commune itself first, else communes of the province (xã rather than phường for clusters).
        var named = province.Communes.Where(c => c.Bare.Length > 0 && !char.IsDigit(c.Bare[0])).ToList();
        var rural = named.Where(c => c.Type != "phường").ToList();
        var first = commune is { } c0 && !char.IsDigit(c0.Bare[0]) ? c0.Bare : (rural.Count > 0 ? rural : named)[rng.Next((rural.Count > 0 ? rural : named).Count)].Bare;
        var second = named[rng.Next(named.Count)].Bare;
        if (second == first && named.Count > 1) second = named.First(c => c.Bare != first).Bare;
        return new DemoScene(rng)
        {
            Province = province, Commune = commune, Day = day, Place1 = first, Place2 = second,
            ClusterSuffix = rng.Next(10) switch { 0 => " 1", 1 => " 2", 2 => " mở rộng", _ => "" },
            Ha = rng.Next(12, 76), Pct = rng.Next(18, 71), Households = rng.Next(6, 140), Count = rng.Next(2, 13),
            Billions = rng.Next(3, 90), Staff = rng.Next(1, 4),
        };
    }
}
