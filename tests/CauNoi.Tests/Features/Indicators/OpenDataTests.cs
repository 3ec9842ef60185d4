using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>The open data: accepted figures for anyone, without an account, as JSON and as CSV.</summary>
public abstract class OpenDataTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task AnyoneWithoutAnAccount_DownloadsTheAcceptedFigures_AsCsv()
    {
        var code = "O" + RecommendationSteps.Token().ToUpperInvariant();
        await using (var scope = App.Db())
        {
            var indicator = new Indicator { Code = code, Name = "Mở", Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm" };
            scope.Context.Indicators.Add(indicator);
            await scope.Context.SaveChangesAsync(Ct);
            scope.Context.IndicatorValues.AddRange(
                new IndicatorValue { IndicatorId = indicator.Id, ProvinceCode = "08", FormerProvinceCode = "02", PeriodType = PeriodType.Month, Year = 2024, Number = 2, Value = 40.5,
                    AcceptedAt = new DateTime(2024, 3, 12, 3, 0, 0, DateTimeKind.Utc) },
                new IndicatorValue { IndicatorId = indicator.Id, ProvinceCode = "08", PeriodType = PeriodType.Month, Year = 2025, Number = 8, Value = 123.4, Revision = 2,
                    AcceptedAt = new DateTime(2025, 9, 15, 3, 0, 0, DateTimeKind.Utc) });
            await scope.Context.SaveChangesAsync(Ct);
        }
        using var anonymous = App.CreateClient();

        var response = await anonymous.GetAsync($"/api/v1/open-data/values.csv?indicator={code}&from=2024-01&to=2025-12", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            "indicator,province_code,former_province_code,period,value,revision,accepted_at,is_demo",
            $"{code},08,02,2024-02,40.5,1,2024-03-12T03:00:00Z,false",
            $"{code},08,,2025-08,123.4,2,2025-09-15T03:00:00Z,false",
        ], lines);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/v1/open-data/values?indicator={code}&from=2025-12&to=2024-01", Ct)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenDataOnSqlite(SqliteApp app) : OpenDataTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OpenDataOnPostgres(PostgresApp app) : OpenDataTests(app);
