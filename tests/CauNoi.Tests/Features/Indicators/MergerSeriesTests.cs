using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// A former province's series shown on today's province across the merger of 1 July 2025, worked by hand. Tuyên Quang
/// (08) is today's merger of the former Hà Giang (02) and Tuyên Quang (08).
/// </summary>
public abstract class MergerSeriesTests(CauNoiApp app) : AppTests(app)
{
    private sealed record Made(string Additive, string Index, string Share, string Growth);

    /// <summary>Indicators of this test's own: an additive one, an index weighted by a yearly one, a share that cannot be combined, and growth on a year earlier.</summary>
    private async Task<Made> IndicatorsAsync()
    {
        var token = RecommendationSteps.Token().ToUpperInvariant();
        await using var scope = App.Db();
        var db = scope.Context;
        var additive = new Indicator { Code = $"A{token}", Name = "Cộng", Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm" };
        var weight = new Indicator { Code = $"W{token}", Name = "Quyền số", Unit = "tỷ đồng", Decimals = 0, Source = "Thử nghiệm" };
        db.Indicators.AddRange(additive, weight);
        await db.SaveChangesAsync(Ct);
        var index = new Indicator { Code = $"I{token}", Name = "Chỉ số", Unit = "%", Decimals = 1, OverPlaces = Aggregation.Weighted, WeightIndicatorId = weight.Id, Source = "Thử nghiệm" };
        var share = new Indicator { Code = $"S{token}", Name = "Tỷ lệ", Unit = "%", Decimals = 1, OverPlaces = Aggregation.None, Source = "Thử nghiệm" };
        var growth = new Indicator { Code = $"G{token}", Name = "Tăng", Unit = "%", Decimals = 1, Derived = DerivedKind.GrowthYearOnYear, BaseIndicatorId = additive.Id, Source = "Thử nghiệm" };
        db.Indicators.AddRange(index, share, growth);
        await db.SaveChangesAsync(Ct);
        foreach (var (code, value) in new[] { ("02", 300.0), ("08", 100.0) })
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = weight.Id, ProvinceCode = "08", FormerProvinceCode = code, PeriodType = PeriodType.Year, Year = 2024, Number = 1, Value = value });
        await db.SaveChangesAsync(Ct);
        return new(additive.Code, index.Code, share.Code, growth.Code);
    }

    private async Task AddAsync(string code, string period, double value, string? former)
    {
        Assert.True(Period.TryParse(period, out var p));
        await using var scope = App.Db();
        var id = await scope.Context.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync(Ct);
        scope.Context.IndicatorValues.Add(new IndicatorValue
            { IndicatorId = id, ProvinceCode = "08", FormerProvinceCode = former, PeriodType = p.Type, Year = p.Year, Number = p.Number, Value = value });
        await scope.Context.SaveChangesAsync(Ct);
    }

    private async Task<List<(string Period, double? Value, bool Merged, string? Why)>> SeriesAsync(string indicator, string from, string to)
    {
        var response = await (await App.ApiAs("xa.hoankiem")).GetAsync($"/api/v1/reports/indicators?indicator={indicator}&from={from}&to={to}&province=08", Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. answer.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("period").GetString()!,
            p.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : p.GetProperty("value").GetDouble(),
            p.GetProperty("merged").GetBoolean(), p.GetProperty("notComparable").GetString()))];
    }

    [Fact]
    public async Task AnAdditiveSeries_SumsTheFormerProvinces_UntilTodaysProvinceReportsItself_AndGrowthRunsAcrossTheMerger()
    {
        var made = await IndicatorsAsync();
        await AddAsync(made.Additive, "2024-07", 40, "02");
        await AddAsync(made.Additive, "2024-07", 60, "08");
        await AddAsync(made.Additive, "2024-08", 45, "02");   // Tuyên Quang's August is missing
        await AddAsync(made.Additive, "2025-07", 110, null);

        var series = await SeriesAsync(made.Additive, "2024-07", "2025-07");

        Assert.Equal([("2024-07", 100.0, true, null), ("2024-08", null, true, IndicatorSeries.Incomplete), ("2025-07", 110.0, false, null)], series);
        // (110 ÷ 100 − 1) × 100 = 10: July 2025 on the merged July 2024.
        Assert.Equal([("2025-07", 10.0, true, null)], await SeriesAsync(made.Growth, "2025-07", "2025-07"));
    }

    [Fact]
    public async Task AnIndex_IsWeightedByEachFormerProvincesWeight_AndAShare_IsNotComparable()
    {
        var made = await IndicatorsAsync();
        await AddAsync(made.Index, "2025-03", 110, "02");
        await AddAsync(made.Index, "2025-03", 102, "08");
        await AddAsync(made.Share, "2025-03", 60, "02");
        await AddAsync(made.Share, "2025-03", 70, "08");

        // (110 × 300 + 102 × 100) ÷ 400 = 108, with the weights of 2024 as 2025's are not in yet.
        Assert.Equal([("2025-03", 108.0, true, null)], await SeriesAsync(made.Index, "2025-03", "2025-03"));
        Assert.Equal([("2025-03", null, true, IndicatorSeries.NotCombinable)], await SeriesAsync(made.Share, "2025-03", "2025-03"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MergerSeriesOnSqlite(SqliteApp app) : MergerSeriesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MergerSeriesOnPostgres(PostgresApp app) : MergerSeriesTests(app);
