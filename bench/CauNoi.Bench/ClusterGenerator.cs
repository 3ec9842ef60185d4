using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Clusters;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.Bench;

/// <summary>
/// Adds a registry of industrial clusters at the scale issue 13 measures: <c>--clusters</c> clusters (default 5,000) over
/// today's 34 provinces, each in one of the province's communes, established between 2000 and 2024 with an establishment
/// decision and, for one in three, an expansion; two in three operating; and <c>--projects</c> secondary projects (default
/// 50,000) spread over the established ones, one in twelve stopped. Written through EF Core in batches: 55,000 rows take
/// seconds, so a bulk path would buy nothing here.
/// </summary>
public static class ClusterGenerator
{
    private const int Batch = 500;

    public static async Task<int> RunAsync(CauNoiDb db, BenchOptions o, CancellationToken ct = default)
    {
        var clusters = int.Parse(o.Values.GetValueOrDefault("clusters", "5000"));
        var projects = int.Parse(o.Values.GetValueOrDefault("projects", "50000"));
        if (await db.Clusters.AnyAsync(c => c.Code.StartsWith("BENCH-"), ct))
        {
            Console.Error.WriteLine("The database already holds generated clusters.");
            return 2;
        }
        // Generated rows are not an officer's change: no audit entries, as the reference data's load writes none.
        db.SuppressAudit = true;
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(o.Seed);
        var communes = (await db.Communes.AsNoTracking().Select(c => new { c.Code, c.ProvinceCode }).ToListAsync(ct))
            .GroupBy(c => c.ProvinceCode).ToDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray());
        var provinces = communes.Keys.Order().ToArray();
        var perCluster = (double)projects / clusters;
        var made = 0;
        var now = DateTime.UtcNow;
        for (var start = 0; start < clusters; start += Batch)
        {
            var batch = new List<Cluster>();
            for (var i = start; i < Math.Min(clusters, start + Batch); i++)
            {
                var province = provinces[i % provinces.Length];
                var area = Math.Round(10 + (decimal)rng.NextDouble() * 60, 2);
                var leasable = Math.Round(area * 0.7m, 2);
                var established = new DateOnly(2000 + rng.Next(0, 25), rng.Next(1, 13), rng.Next(1, 29));
                var cluster = new Cluster
                {
                    Code = $"BENCH-{i + 1:00000}", Name = $"Cụm công nghiệp sinh tự động {i + 1:00000}", ProvinceCode = province,
                    Stage = ClusterStage.Established, PlannedHa = area, AreaHa = area, LeasableHa = leasable, EstablishedOn = established,
                    DeveloperName = $"Công ty hạ tầng {i + 1:00000}", DeveloperKind = DeveloperKind.Enterprise, CreatedAt = now, UpdatedAt = now,
                    Locations = [new() { CommuneCode = communes[province][rng.Next(communes[province].Length)] }],
                    Decisions = [new() { Step = ClusterStep.Establish, Number = $"{i + 1}/QĐ-UBND", SignedOn = established, AreaHa = area, LeasableHa = leasable, RecordedAt = now }],
                };
                if (rng.Next(3) == 0)
                {
                    var expanded = established.AddYears(rng.Next(1, 5));
                    cluster.AreaHa = Math.Min(75, area + 10);
                    cluster.LeasableHa = Math.Round(cluster.AreaHa.Value * 0.7m, 2);
                    cluster.Decisions.Add(new() { Step = ClusterStep.Expand, Number = $"{i + 1}/QĐ-UBND-MR", SignedOn = expanded, AreaHa = cluster.AreaHa, LeasableHa = cluster.LeasableHa, RecordedAt = now });
                }
                if (rng.Next(3) != 0)
                {
                    cluster.Stage = ClusterStage.Operating;
                    cluster.OperatingSince = established.AddMonths(rng.Next(12, 48));
                    cluster.Decisions.Add(new() { Step = ClusterStep.StartOperation, SignedOn = cluster.OperatingSince.Value, RecordedAt = now });
                }
                var count = (int)Math.Round(perCluster * (0.5 + rng.NextDouble()));
                for (var p = 0; p < count && made < projects; p++, made++)
                {
                    var registered = established.AddDays(rng.Next(30, 3000));
                    var stopped = rng.Next(12) == 0 ? registered.AddDays(rng.Next(200, 2000)) : (DateOnly?)null;
                    cluster.Projects.Add(new ClusterProject
                    {
                        Investor = $"Công ty sản xuất {made + 1:000000}", Sector = "Cơ khí", CapitalBillionVnd = rng.Next(5, 500),
                        LandHa = Math.Round(leasable / (count + 2) * (decimal)(0.5 + rng.NextDouble()), 2), RegisteredOn = registered, StoppedOn = stopped,
                        Status = stopped is null ? ProjectStatus.Operating : ProjectStatus.Stopped, Workers = rng.Next(10, 150), UpdatedAt = now,
                    });
                }
                batch.Add(cluster);
            }
            db.Clusters.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"{clusters:N0} clusters and {made:N0} projects in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }
}
