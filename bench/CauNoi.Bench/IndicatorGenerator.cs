using System.Diagnostics;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.Bench;

/// <summary>
/// Adds the indicators pillar at national scale to a generated database: at least <c>--values</c> accepted figures (default
/// 10,000,000). Every stored (not derived) indicator of the catalogue, and as many generated ones as it takes ("SL0001"…,
/// each a sum in tỷ đồng), get ten years of monthly and yearly figures: on the 63 former provinces before 1 July 2025
/// (yearly up to 2024), on today's 34 since (yearly from 2025). Sizes follow a province's weight with a yearly growth and a
/// December peak. The monthly form BC-THANG gets its departments' reports for every due period of those years: nine in ten
/// approved by the due day, most of the rest late, one in fifty missing.
/// </summary>
public static class IndicatorGenerator
{
    private const int Batch = 20_000;
    private static readonly DateOnly Merger = new(2025, 7, 1);

    private static readonly Table Values = new("IndicatorValues", "Id", "IndicatorId", "ProvinceCode", "FormerProvinceCode", "PeriodType", "Year", "Number",
        "Value", "Revision", "ReportId", "AcceptedAt", "IsDemo");
    private static readonly Table Reports = new("FormReports", "Id", "FormId", "OrganisationId", "ProvinceCode", "PeriodType", "Year", "Number", "State",
        "Revision", "ReceivedAt", "AcceptedAt", "UpdatedAt", "Version");

    public static async Task<int> RunAsync(CauNoiDb db, DatabaseInfo info, BenchOptions o, CancellationToken ct = default)
    {
        var target = long.Parse(o.Values.GetValueOrDefault("values", "10000000"));
        if (await db.IndicatorValues.AnyAsync(ct))
        {
            Console.Error.WriteLine("The database already holds indicator values.");
            return 2;
        }
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(o.Seed);
        var today = VietnamTime.Today(TimeProvider.System);
        var former = await db.FormerProvinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new Place(p.NewProvinceCode, p.Code)).ToListAsync(ct);
        var current = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new Place(p.Code, null)).ToListAsync(ct);
        var first = new Period(PeriodType.Month, today.Year - 10, today.Month);
        var last = Period.Holding(PeriodType.Month, today.Year, today.Month).Previous();
        var months = Periods(first, last).ToList();
        var years = Enumerable.Range(first.Year, last.Year - first.Year).Select(y => new Period(PeriodType.Year, y, 1)).ToList();
        long perIndicator = months.Sum(p => PlacesOf(p, former, current).Count) + years.Sum(p => PlacesOf(p, former, current).Count);

        var stored = await db.Indicators.Where(i => i.Derived == null).Select(i => i.Id).ToListAsync(ct);
        var missing = (int)Math.Max(0, (target + perIndicator - 1) / perIndicator - stored.Count);
        var made = Enumerable.Range(1, missing).Select(i => new Indicator
        {
            Code = $"SL{i:0000}", Name = $"Chỉ tiêu sinh tự động {i:0000}", Unit = "tỷ đồng", Decimals = 1, SortOrder = 1000 + i,
            Source = "Sinh tự động để đo hiệu năng (không phải số liệu thật)",
        }).ToList();
        db.Indicators.AddRange(made);
        await db.SaveChangesAsync(ct);
        stored.AddRange(made.Select(i => i.Id));
        Console.WriteLine($"{stored.Count:N0} indicators × {perIndicator:N0} figures each ({months.Count} months, {years.Count} years)");

        await using IBulkSink sink = info.Provider == DatabaseProvider.Postgres
            ? await PostgresSink.OpenAsync(info.ConnectionString, deferIndexes: true, ct, loaded: ["IndicatorValues", "FormReports"])
            : SqliteSink.Open(info.ConnectionString);
        var weight = current.Concat(former).DistinctBy(p => p.FormerCode ?? p.Code).ToDictionary(p => p.FormerCode ?? p.Code, _ => 0.3 + rng.NextDouble() * 3);
        var rows = new List<object?[]>(Batch);
        long id = 1, count = 0;
        var accepted = DateTime.UtcNow;
        foreach (var indicator in stored)
        {
            var size = 50 + rng.NextDouble() * 5000;
            foreach (var p in months.Concat(years))
                foreach (var place in PlacesOf(p, former, current))
                {
                    var seasonal = p.Type == PeriodType.Year ? 12 : p.Number == 12 ? 1.25 : 1 + 0.05 * Math.Sin(p.Number);
                    var value = Math.Round(size * weight[place.FormerCode ?? place.Code] * seasonal * Math.Pow(1.08, p.Year - first.Year) * (0.9 + rng.NextDouble() * 0.2), 1);
                    rows.Add([id++, indicator, place.Code, place.FormerCode, (int)p.Type, p.Year, p.Number, value, 1, null, accepted, false]);
                    if (rows.Count == Batch) { sink.Write(Values, rows); count += rows.Count; rows.Clear(); }
                }
            if (count / 1_000_000 != (count + rows.Count) / 1_000_000 || indicator == stored[^1])
                Console.WriteLine($"  {count + rows.Count:N0} values, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        sink.Write(Values, rows);
        count += rows.Count;
        rows.Clear();

        var form = await db.ReportForms.AsNoTracking().Include(f => f.Organisations).FirstAsync(f => f.Code == "BC-THANG", ct);
        var organisations = await db.Organisations.AsNoTracking().Where(x => form.Organisations.Select(f => f.OrganisationId).Contains(x.Id))
            .Select(x => new { x.Id, x.ProvinceCode }).ToListAsync(ct);
        var reports = 0;
        foreach (var p in months.Where(p => form.DueOn(p) < today))
            foreach (var organisation in organisations)
            {
                var roll = rng.NextDouble();
                if (roll < 0.02) continue;
                var due = form.DueOn(p).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                var received = roll < 0.9 ? due.AddDays(-rng.Next(0, 5)) : due.AddDays(rng.Next(1, 10));
                rows.Add([(long)++reports, form.Id, organisation.Id, organisation.ProvinceCode, (int)p.Type, p.Year, p.Number, (int)ReportState.Accepted, 1,
                    received, received.AddDays(2), received.AddDays(2), 4]);
            }
        sink.Write(Reports, rows);
        Console.WriteLine($"  indexes and commit, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        await sink.FinishAsync(ct);
        Console.WriteLine($"{count:N0} values and {reports:N0} reports of {form.Code} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    private sealed record Place(string Code, string? FormerCode);

    /// <summary>Who reports a period: the former provinces for a period that ends before the merger, today's after.</summary>
    private static List<Place> PlacesOf(Period p, List<Place> former, List<Place> current) =>
        p.Covers(1).End < Merger ? former : current;

    private static IEnumerable<Period> Periods(Period from, Period to)
    {
        for (var p = from; p.CompareTo(to) <= 0; p = p.Next()) yield return p;
    }
}
