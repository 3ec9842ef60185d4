using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>Targets set with their document, refused to whom may not set them, and the share of target computed from them.</summary>
public abstract class TargetsTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task ATarget_IsSetWithItsDocument_ReplacedWhenSetAgain_AndGivesTheShareReached()
    {
        var token = RecommendationSteps.Token().ToUpperInvariant();
        string sales = $"B{token}", share = $"K{token}";
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var b = new Indicator { Code = sales, Name = "Bán lẻ thử", Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm" };
            db.Indicators.Add(b);
            await db.SaveChangesAsync(Ct);
            db.Indicators.Add(new Indicator { Code = share, Name = "Tỷ lệ thực hiện kế hoạch thử", Unit = "%", Decimals = 1, Derived = DerivedKind.ShareOfTarget, BaseIndicatorId = b.Id, Source = "Thử nghiệm" });
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = b.Id, ProvinceCode = "08", PeriodType = PeriodType.Year, Year = 2025, Number = 1, Value = 90 });
            await db.SaveChangesAsync(Ct);
        }
        var hub = await App.ApiAs("cuc.ctdp");
        object Target(double value, string document) => new { indicator = sales, year = 2025, province = "08", value, documentNumber = document };

        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiAs("so.tuyenquang")).PostAsJsonAsync("/api/v1/targets", Target(120, "12/QĐ-BCT"), Ct)).StatusCode);
        var wrong = await hub.PostAsJsonAsync("/api/v1/targets", Target(120, "quyết định 12"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("không đúng dạng", (await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("DocumentNumber")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await hub.PostAsJsonAsync("/api/v1/targets", Target(100, "12/QĐ-BCT"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await hub.PostAsJsonAsync("/api/v1/targets", Target(120, "45/QĐ-BCT"), Ct)).StatusCode);

        var listed = await (await App.ApiAs("xa.hoankiem")).GetFromJsonAsync<List<JsonElement>>($"/api/v1/targets?indicator={sales}", Ct);
        var target = Assert.Single(listed!);
        Assert.Equal((120.0, "45/QĐ-BCT", "Tỉnh Tuyên Quang", "Trần Thị Hương"),
            (target.GetProperty("value").GetDouble(), target.GetProperty("documentNumber").GetString(), target.GetProperty("place").GetString(), target.GetProperty("setBy").GetString()));
        var series = await (await App.ApiAs("xa.hoankiem")).GetFromJsonAsync<JsonElement>($"/api/v1/reports/indicators?indicator={share}&from=2025&province=08", Ct);
        // 90 ÷ 120 × 100 = 75
        Assert.Equal(75.0, Assert.Single(series.GetProperty("points").EnumerateArray()).GetProperty("value").GetDouble());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TargetsOnSqlite(SqliteApp app) : TargetsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TargetsOnPostgres(PostgresApp app) : TargetsTests(app);
