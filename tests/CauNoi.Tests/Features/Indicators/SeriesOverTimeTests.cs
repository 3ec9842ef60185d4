using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>
/// A year or quarter of an indicator reported monthly is made from its months by the indicator's rule over time, and only
/// when every month is in; a province's own yearly figure wins over its months.
/// </summary>
public abstract class SeriesOverTimeTests(CauNoiApp app) : AppTests(app)
{
    private async Task<Indicator> IndicatorAsync(Aggregation overTime)
    {
        var indicator = new Indicator
        {
            Code = $"T{RecommendationSteps.Token().ToUpperInvariant()}", Name = "Chỉ tiêu thử theo thời gian", Unit = "tỷ đồng", Decimals = 1,
            OverTime = overTime, Source = "Thử nghiệm",
        };
        await using var scope = App.Db();
        scope.Context.Indicators.Add(indicator);
        await scope.Context.SaveChangesAsync(Ct);
        return indicator;
    }

    private async Task<IReadOnlyList<IndicatorSeries.Point>> SeriesAsync(Indicator indicator, string from, string to, params string[] provinces)
    {
        Assert.True(Period.TryParseRange(from, to, out var start, out var end));
        await using var scope = App.Db();
        return await IndicatorSeries.ReadAsync(scope.Context, indicator, start, end, provinces, Ct);
    }

    [Fact]
    public async Task AYear_IsTheSumOfItsTwelveMonths_AndNotComparableWithAMonthMissing()
    {
        var sales = await IndicatorAsync(Aggregation.Sum);
        for (var m = 1; m <= 12; m++) await IndicatorSetup.AcceptedAsync(App, sales.Id, $"2031-{m:00}", 10 * m, Ct);          // Hà Nội: 10 + 20 + … + 120
        for (var m = 1; m <= 11; m++) await IndicatorSetup.AcceptedAsync(App, sales.Id, $"2031-{m:00}", 5, Ct, province: "08"); // Tuyên Quang: December missing

        var year = await SeriesAsync(sales, "2031", "2031", "01", "08");

        Assert.Equal(780, year.Single(p => p.ProvinceCode == "01").Value);
        var tuyenQuang = year.Single(p => p.ProvinceCode == "08");
        Assert.Null(tuyenQuang.Value);
        Assert.Equal(IndicatorSeries.PartsMissing, tuyenQuang.Why);
        // The first quarter of each is whole: 10 + 20 + 30 and 5 × 3.
        var quarters = await SeriesAsync(sales, "2031-Q1", "2031-Q4", "01", "08");
        Assert.Equal([60, 150, 240, 330], quarters.Where(p => p.ProvinceCode == "01").Select(p => p.Value));
        Assert.Equal([15, 15, 15, null], quarters.Where(p => p.ProvinceCode == "08").Select(p => p.Value));
    }

    [Fact]
    public async Task AnAverage_AndALastValue_FollowTheCatalogue_AndAReportedYearWins()
    {
        var occupancy = await IndicatorAsync(Aggregation.Average);
        var operating = await IndicatorAsync(Aggregation.Last);
        foreach (var (m, v) in new[] { (1, 60.0), (2, 62), (3, 67) })
        {
            await IndicatorSetup.AcceptedAsync(App, occupancy.Id, $"2031-{m:00}", v, Ct);
            await IndicatorSetup.AcceptedAsync(App, operating.Id, $"2031-{m:00}", v, Ct);
            await IndicatorSetup.AcceptedAsync(App, operating.Id, $"2031-{m:00}", v, Ct, province: "08");
        }
        await IndicatorSetup.AcceptedAsync(App, operating.Id, "2031-Q1", 99, Ct, province: "01");

        Assert.Equal(63, (await SeriesAsync(occupancy, "2031-Q1", "2031-Q1", "01")).Single().Value);   // (60 + 62 + 67) ÷ 3
        var quarter = await SeriesAsync(operating, "2031-Q1", "2031-Q1", "01", "08");
        Assert.Equal(99, quarter.Single(p => p.ProvinceCode == "01").Value);   // reported, not made
        Assert.Equal(67, quarter.Single(p => p.ProvinceCode == "08").Value);   // March's
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SeriesOverTimeOnSqlite(SqliteApp app) : SeriesOverTimeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SeriesOverTimeOnPostgres(PostgresApp app) : SeriesOverTimeTests(app);
