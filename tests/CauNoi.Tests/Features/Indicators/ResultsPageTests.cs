using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Indicators;

/// <summary>The results page: provinces ranked by their figure, a merged province marked, a region's provinces alone, and the tile map.</summary>
public abstract class ResultsPageTests(CauNoiApp app) : AppTests(app)
{
    private async Task<string> IndicatorAsync()
    {
        var code = "R" + RecommendationSteps.Token().ToUpperInvariant();
        await using var scope = App.Db();
        var db = scope.Context;
        var indicator = new Indicator { Code = code, Name = "Doanh thu thử " + code, Unit = "tỷ đồng", Decimals = 1, Source = "Thử nghiệm", SortOrder = 999 };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(Ct);
        foreach (var (province, former, value) in new[] { ("01", "01", 300.0), ("04", "04", 200.0), ("08", "02", 40.0), ("08", "08", 60.0), ("79", "79", 500.0), ("08", (string?)null, 999.0) })
            db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = indicator.Id, ProvinceCode = province, FormerProvinceCode = former, PeriodType = PeriodType.Month,
                Year = former is null ? 2025 : 2024, Number = former is null ? 7 : 5, Value = value,
            });
        await db.SaveChangesAsync(Ct);
        return code;
    }

    [Fact]
    public async Task ProvincesAreRankedByTheirFigure_AMergedOneMarked_AndTheRestShownAsWithoutFigures()
    {
        var code = await IndicatorAsync();

        var (status, page) = await (await PageClient.SignedIn(App, "xa.hoankiem")).GetAsync($"/chi-tieu/ket-qua?chi-tieu={code}&ky=2024-05");

        Assert.Equal(HttpStatusCode.OK, status);
        // The country's line and the three regions' come first.
        Assert.Equal(["total", "North", "Centre", "South"], page.QuerySelectorAll("#provinces tbody tr").Take(4).Select(r => r.GetAttribute("data-code")));
        var rows = page.QuerySelectorAll("#provinces tbody tr").Skip(4).Take(3)
            .Select(r => (r.GetAttribute("data-code"), r.Children[0].TextContent.Trim(), r.Children[2].TextContent.Trim())).ToList();
        Assert.Equal([("01", "1", "300,0"), ("04", "2", "200,0"), ("08", "3", "100,0")], rows);   // Tuyên Quang: Hà Giang 40 + Tuyên Quang 60
        Assert.Contains("gộp tỉnh cũ", page.QuerySelector("#provinces tr[data-code='08']")!.TextContent);
        // Thành phố Hồ Chí Minh merged three former provinces: one of them alone is not its figure.
        Assert.Contains(IndicatorSeries.Incomplete, page.QuerySelector("#provinces tr[data-code='79']")!.TextContent);
        Assert.Contains("Chưa có số liệu được chấp nhận", page.QuerySelector("#provinces tr[data-code='48']")!.TextContent);
        Assert.Contains("Thiếu số liệu của một số tỉnh", page.QuerySelector("#provinces tr[data-code=total]")!.TextContent);
        Assert.Equal(34, page.QuerySelectorAll("#tile-map .tile").Length);
        Assert.Equal("tile shade-5", page.QuerySelector("#tile-map [data-code='01']")!.ClassName);
    }

    [Fact]
    public async Task ARegion_ShowsItsOwnProvincesAlone()
    {
        var code = await IndicatorAsync();

        var (_, page) = await (await PageClient.SignedIn(App, "so.hanoi")).GetAsync($"/chi-tieu/ket-qua?chi-tieu={code}&ky=2024-05&vung=South");

        var shown = page.QuerySelectorAll("#provinces tbody tr").Skip(1).Select(r => r.GetAttribute("data-code")).Order().ToList();
        Assert.Equal(["75", "79", "80", "82", "86", "91", "92", "96"], shown);   // from Đồng Nai (75) south
        Assert.Equal("Khu vực phía Nam", page.QuerySelector("#provinces tr[data-code=total] td:nth-child(2)")!.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResultsPageOnSqlite(SqliteApp app) : ResultsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResultsPageOnPostgres(PostgresApp app) : ResultsPageTests(app);
