using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>The demo figures: labelled, on the former provinces before the merger and today's after, and plausible in size.</summary>
public abstract class DemoIndicatorsTests(CauNoiApp app) : AppTests(app)
{
    private async Task<double> NationalAsync(string code, int year)
    {
        await using var scope = App.Db();
        var id = await scope.Context.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync(Ct);
        return (await scope.Context.IndicatorValues.Where(v => v.IndicatorId == id && v.IsDemo && v.PeriodType == PeriodType.Month && v.Year == year)
            .Select(v => v.Value).ToListAsync(Ct)).Sum();
    }

    [Fact]
    public async Task ThePeriodsBeforeJuly2025_BelongToThe63FormerProvinces_AndTheLaterOnesToThe34()
    {
        await using var scope = App.Db();
        var retail = await scope.Context.Indicators.Where(i => i.Code == "BLHH_DV").Select(i => i.Id).SingleAsync(Ct);
        var values = scope.Context.IndicatorValues.Where(v => v.IndicatorId == retail && v.IsDemo && v.PeriodType == PeriodType.Month);

        Assert.Equal(63, await values.Where(v => v.Year == 2025 && v.Number == 6).Select(v => v.FormerProvinceCode).Distinct().CountAsync(Ct));
        Assert.Equal(34, await values.Where(v => v.Year == 2025 && v.Number == 7 && v.FormerProvinceCode == null).CountAsync(Ct));
        Assert.False(await values.AnyAsync(v => v.Year == 2025 && v.Number == 7 && v.FormerProvinceCode != null, Ct));
        // Hà Giang (02) merged into Tuyên Quang (08): its figures carry today's province beside its own code.
        Assert.True(await values.AnyAsync(v => v.FormerProvinceCode == "02" && v.ProvinceCode == "08", Ct));
        // A figure of today's provinces in use came from its accepted report.
        Assert.False(await values.AnyAsync(v => v.FormerProvinceCode == null && (v.ReportId == null || v.Report!.State != ReportState.Accepted), Ct));
    }

    [Fact]
    public async Task The2024Totals_AreNearThePublishedOnes()
    {
        // General Statistics Office, 2024: retail sales of goods and consumer services 6,391 thousand billion đồng; exports 405.5 billion USD.
        Assert.InRange(await NationalAsync("BLHH_DV", 2024), 6_391_000 * 0.85, 6_391_000 * 1.15);
        Assert.InRange(await NationalAsync("XK", 2024), 405_500 * 0.85, 405_500 * 1.15);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoIndicatorsOnSqlite(SqliteApp app) : DemoIndicatorsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoIndicatorsOnPostgres(PostgresApp app) : DemoIndicatorsTests(app);
