using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Clusters;

/// <summary>The drafts as the registry's records: names and codes, decisions, developers, infrastructure, inspections.</summary>
public sealed partial class DemoClusterRegistry
{
    private const string Note = DemoTasks.Label + "Cụm công nghiệp minh họa: tên, số liệu và quyết định do hệ thống tạo ra, không phải số liệu thực tế.";

    private List<Cluster> Clusters(List<Draft> drafts)
    {
        var names = new Dictionary<string, HashSet<string>>();
        var numbers = new Dictionary<string, int>();
        var clusters = new List<Cluster>();
        foreach (var d in drafts.OrderBy(d => d.Province.Code, StringComparer.Ordinal).ThenBy(d => d.EstablishedOn ?? d.PlannedOn))
        {
            var province = d.Province.NewProvinceCode;
            var taken = names.TryGetValue(province, out var set) ? set : names[province] = [];
            numbers[province] = numbers.GetValueOrDefault(province) + 1;
            var c = Record(d, $"CCN-{province}-{numbers[province]:D4}", Name(d, taken));
            clusters.Add(c);
        }
        return clusters;
    }

    private Cluster Record(Draft d, string code, string name)
    {
        var stage = d.OperatingSince is not null ? ClusterStage.Operating : d.InfrastructureOn is not null ? ClusterStage.Building
            : d.EstablishedOn is not null ? ClusterStage.Established : ClusterStage.Planned;
        var established = d.EstablishedOn is not null;
        var place = DemoClusterPlaces.Of[d.Province.Code];
        var located = rng.NextDouble() < (established ? 0.75 : 0.4);
        var c = new Cluster
        {
            Code = code, Name = name, ProvinceCode = d.Province.NewProvinceCode, FormerProvinceCode = d.Province.Code, Stage = stage,
            EstablishedOn = d.EstablishedOn, OperatingSince = d.OperatingSince, Sectors = [.. d.Sectors.Select(i => DemoClusterWords.Sectors[i].Sector)],
            Latitude = located ? Math.Round(Math.Clamp(place.Latitude + 0.12 * Normal(), 8.6, 23.3), 5) : null,
            Longitude = located ? Math.Round(Math.Clamp(place.Longitude + 0.12 * Normal(), 102.2, 109.4), 5) : null,
            Note = Note, CreatedAt = now, UpdatedAt = now, IsDemo = true, Version = 1,
        };
        c.Locations.Add(new ClusterLocation
        {
            CommuneCode = d.Spot.CommuneCode, FormerCommuneCode = d.Spot.FormerCommuneCode, FormerCommuneName = d.Spot.FormerCommuneName,
            FormerDistrictCode = d.Spot.FormerDistrictCode, FormerDistrictName = d.Spot.FormerDistrictName,
        });
        var establishedArea = d.Expanded?.Before ?? d.Area;
        c.PlannedHa = Math.Round(Math.Max(establishedArea, d.CurrentArea) * Between(1m, 1.1m), 1);
        Decide(c, d, ClusterStep.Plan, d.PlannedOn, c.PlannedHa, null);
        if (!established) return c;
        Decide(c, d, ClusterStep.Establish, d.EstablishedOn!.Value, establishedArea, d.Leasable(establishedArea));
        if (d.Expanded is { } expanded) Decide(c, d, ClusterStep.Expand, expanded.On, d.Area, d.Leasable(d.Area));
        if (d.InfrastructureOn is { } building) Decide(c, d, ClusterStep.StartInfrastructure, building, null, null);
        if (d.OperatingSince is { } operating) Decide(c, d, ClusterStep.StartOperation, operating, null, null);
        if (d.ExpandedLater is { } later) Decide(c, d, ClusterStep.Expand, later.On, later.After, d.Leasable(later.After));
        c.Decisions = [.. c.Decisions.OrderBy(x => x.SignedOn)];
        (c.AreaHa, c.LeasableHa) = (d.CurrentArea, d.Leasable(d.CurrentArea));
        Developer(c, d);
        Infrastructure(c, stage);
        foreach (var p in d.Projects)
        {
            p.Status = p.StoppedOn is not null ? ProjectStatus.Stopped
                : stage == ClusterStage.Operating ? (p.RegisteredOn.Year <= 2023 || rng.NextDouble() < 0.4 ? ProjectStatus.Operating : ProjectStatus.Building)
                : rng.NextDouble() < 0.6 ? ProjectStatus.Building : ProjectStatus.Registered;
            c.Projects.Add(p);
        }
        // Inspection teams since 2023: one to each cluster in the demo communes, and to a few others.
        if (d.Spot.CommuneCode is "00004" or "00070" || rng.NextDouble() < 0.035) c.Inspections.Add(Inspection(c, d));
        return c;
    }

    private void Decide(Cluster c, Draft d, ClusterStep step, DateOnly on, decimal? area, decimal? leasable)
    {
        var district = step is ClusterStep.StartInfrastructure or ClusterStep.StartOperation && d.Spot.FormerDistrictName is not null;
        c.Decisions.Add(new ClusterDecision
        {
            Step = step, Number = $"{rng.Next(100, 4800)}/QĐ-UBND", SignedOn = on, AreaHa = area, LeasableHa = leasable,
            Signer = district
                ? $"{DemoNames.Person(rng.Next(300))}, Chủ tịch Ủy ban nhân dân {Lower(d.Spot.FormerDistrictName!)}"
                : $"{DemoNames.Person(rng.Next(300))}, Phó Chủ tịch Ủy ban nhân dân {Lower(d.Province.Name)}",
            RecordedAt = on.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
        });
    }

    /// <summary>Mostly a business; a district's public unit for some, a crafts cooperative for a few.</summary>
    private void Developer(Cluster c, Draft d)
    {
        var brand = DemoClusterWords.Brands[rng.Next(DemoClusterWords.Brands.Length)];
        var roll = rng.NextDouble();
        (c.DeveloperKind, c.DeveloperName) = roll switch
        {
            < 0.06 => (DeveloperKind.Cooperative, $"Hợp tác xã Dịch vụ tiểu thủ công nghiệp {Short(d.Spot.FormerCommuneName)}"),
            < 0.28 when d.Spot.FormerDistrictName is { } district => (DeveloperKind.PublicUnit, rng.NextDouble() < 0.5
                ? $"Ban Quản lý dự án đầu tư xây dựng {Lower(district)}" : $"Trung tâm Phát triển cụm công nghiệp {Lower(district)}"),
            _ => (DeveloperKind.Enterprise, rng.NextDouble() < 0.6 ? $"Công ty Cổ phần Đầu tư phát triển hạ tầng {brand}" : $"Công ty TNHH Đầu tư xây dựng {brand}"),
        };
        c.DeveloperTaxCode = $"{d.Province.Code}{rng.Next(10_000_000, 99_999_999)}";
    }

    /// <summary>The shared works, as far as the cluster's stage has taken them; wastewater treatment lags, as inspections find.</summary>
    private void Infrastructure(Cluster c, ClusterStage stage)
    {
        var area = (double)c.AreaHa!.Value;
        InfrastructureStatus Done(double complete) => stage switch
        {
            ClusterStage.Operating => rng.NextDouble() < complete ? InfrastructureStatus.Complete : InfrastructureStatus.Building,
            ClusterStage.Building => rng.NextDouble() < 0.6 ? InfrastructureStatus.Building : InfrastructureStatus.NotStarted,
            _ => InfrastructureStatus.NotStarted,
        };
        long Cubic(double perHa) => (long)Math.Round(area * perHa / 50) * 50;
        c.Infrastructure.Add(new() { Kind = InfrastructureKind.Road, Description = "Đường giao thông nội bộ", Capacity = $"{Display.Number((decimal)(area * (0.04 + 0.04 * rng.NextDouble())))} km", Status = Done(0.95) });
        c.Infrastructure.Add(new() { Kind = InfrastructureKind.Power, Description = "Đường dây 22 kV và trạm biến áp", Capacity = $"{rng.Next(1, 5)} x {new[] { 630, 1000, 1600, 2500 }[rng.Next(4)]} kVA", Status = Done(0.97) });
        c.Infrastructure.Add(new() { Kind = InfrastructureKind.Water, Description = "Hệ thống cấp nước sạch", Capacity = $"{Display.Number(Math.Max(100, Cubic(25 + 20 * rng.NextDouble())))} m³/ngày đêm", Status = Done(0.9) });
        c.Infrastructure.Add(new() { Kind = InfrastructureKind.Wastewater, Description = "Trạm xử lý nước thải tập trung", Capacity = $"{Display.Number(Math.Max(100, Cubic(18 + 17 * rng.NextDouble())))} m³/ngày đêm", Status = Done(0.72) });
        if (rng.NextDouble() < 0.6) c.Infrastructure.Add(new() { Kind = InfrastructureKind.Drainage, Description = "Hệ thống thoát nước mưa", Status = Done(0.9) });
    }

    /// <summary>A team of the Department or of the province's department, with what it found.</summary>
    private ClusterInspection Inspection(Cluster c, Draft d)
    {
        var byHub = rng.NextDouble() < 0.5;
        var department = $"Sở Công Thương {Lower(d.Province.Name)}: {DemoNames.Person(rng.Next(300))}, Phó Giám đốc{(byHub ? "" : " (trưởng đoàn)")}";
        var members = byHub ? $"Cục Công Thương địa phương: {DemoNames.Person(rng.Next(300))}, Phó Cục trưởng (trưởng đoàn); {department}" : department;
        return new ClusterInspection
        {
            InspectedOn = Day(Max(new DateOnly(2023, 3, 1), c.EstablishedOn!.Value.AddDays(90)), Last), OrganisationId = byHub ? hub : departments[c.ProvinceCode],
            Members = $"{DemoTasks.Label}{members}; chủ đầu tư hạ tầng: {c.DeveloperName}.", RecordedAt = now,
            Findings = [.. DemoClusterWords.Findings.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).Select(f => new ClusterFinding { Text = f })],
        };
    }

    /// <summary>"Cụm công nghiệp" and the former commune's name (now and then the district's), unique in today's province.</summary>
    private string Name(Draft d, HashSet<string> taken)
    {
        var place = d.Spot.FormerDistrictName is { } district && rng.NextDouble() < 0.2 ? Short(district) : Short(d.Spot.FormerCommuneName);
        var name = $"Cụm công nghiệp {place}";
        for (var n = 2; !taken.Add(name); n++) name = $"Cụm công nghiệp {place} {n}";
        return name;
    }

    private static readonly string[] Kinds = ["Thị trấn ", "Thị xã ", "Thành phố ", "Xã ", "Phường ", "Huyện ", "Quận "];

    private static string Short(string unit) => Kinds.FirstOrDefault(k => unit.StartsWith(k, StringComparison.Ordinal)) is { } kind ? unit[kind.Length..] : unit;

    private static string Lower(string unit) => char.ToLower(unit[0], VietnameseText.Culture) + unit[1..];

    // ---- drawing ----

    /// <summary>Whole shares of <paramref name="total"/> in proportion to the weights (largest remainders), each at least one if asked.</summary>
    private static int[] Apportion(double[] weights, int total, bool atLeastOne = false)
    {
        var sum = weights.Sum();
        var quotas = weights.Select(w => w / sum * total).ToArray();
        var shares = quotas.Select(q => Math.Max(atLeastOne ? 1 : 0, (int)Math.Floor(q))).ToArray();
        var order = quotas.Select((q, i) => (Remainder: q - Math.Floor(q), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Select(x => x.i).ToArray();
        for (var k = 0; shares.Sum() < total; k++) shares[order[k % order.Length]]++;
        for (var k = order.Length - 1; shares.Sum() > total; k = k == 0 ? order.Length - 1 : k - 1)
            if (shares[order[k]] > (atLeastOne ? 1 : 0)) shares[order[k]]--;
        return shares;
    }

    /// <summary>Values in proportion to the draws, within [min, max], rounded, that add up to <paramref name="total"/> exactly.</summary>
    private static decimal[] Spread(double[] draws, decimal total, decimal min, decimal max, int decimals = 2)
    {
        var values = draws;
        for (var pass = 0; pass < 30; pass++)
        {
            var scale = (double)total / values.Sum();
            values = [.. values.Select(v => Math.Clamp(v * scale, (double)min, (double)max))];
        }
        var rounded = values.Select(v => Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero)).ToArray();
        var rest = total - rounded.Sum();
        var step = decimals == 0 ? 1m : 0.01m;
        for (var i = 0; rest != 0; i = (i + 1) % rounded.Length)
        {
            var change = Math.Sign(rest) * Math.Min(Math.Abs(rest), Math.Max(step, Math.Abs(rest) / rounded.Length));
            change = Math.Round(change, decimals, MidpointRounding.ToZero);
            if (change == 0) change = Math.Sign(rest) * step;
            if (rounded[i] + change < min || rounded[i] + change > max) continue;
            (rounded[i], rest) = (rounded[i] + change, rest - change);
        }
        return rounded;
    }

    private int Weighted(int low, int high, Func<int, double> weight)
    {
        var total = Enumerable.Range(low, high - low + 1).Sum(weight);
        var pick = rng.NextDouble() * total;
        for (var i = low; i < high; i++)
            if ((pick -= weight(i)) < 0) return i;
        return high;
    }

    private DateOnly Day(DateOnly from, DateOnly to) => to <= from ? from : DateOnly.FromDayNumber(rng.Next(from.DayNumber, to.DayNumber + 1));

    private decimal Between(decimal low, decimal high) => Round2(low + (high - low) * (decimal)rng.NextDouble());

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static decimal Min(decimal a, decimal b) => a < b ? a : b;
}
