using System.Collections.Concurrent;
using System.Text.Json;
using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// The national statistics equal a small registry worked out by hand, for 2001 and 2002, years the demo data leaves empty
/// (its clusters are established later), so these clusters are the only ones counted. Each cut is 31 December.
/// <code>
/// A, Cao Bằng (04, North): established 15/03/2001 (50 ha, 40 ha leasable), operating from 01/09/2001,
///    expanded 10/06/2002 (70 ha, 56 ha leasable). Projects: p1 10 ha, 100 workers, from 01/04/2001;
///    p2 8 ha, 50 workers, 01/10/2001, stopped 01/05/2002; p3 20 ha, 300 workers, 01/02/2002;
///    p4 4 ha, 20 workers, registered on the cut 31/12/2002; p5 5 ha, 5 workers, registered and stopped 31/12/2001.
/// B, Cao Bằng: established 01/04/2002 (30 ha, 20 leasable), building, never operating; expanded 01/02/2003 to 45 ha
///    (after both cuts). Project q1 6 ha, 40 workers, 01/09/2002.
/// C, Gia Lai (52, Centre): established 20/11/2000 (40 ha, 30 leasable), expanded 01/03/2002 to 48 ha with no leasable
///    land in the decision (30 stays), operating from 15/01/2002. Projects r1 12 ha, 200 workers, 01/05/2001;
///    r2 9 ha, 80 workers, 01/07/2002, stopped 10/01/2003 (after the 2002 cut).
/// D, Cà Mau (96, South): in the plan only (25 ha): never counted.
/// E, Cà Mau: recorded without decisions (an imported list): established 11/11/2002 with 20 ha, 15 leasable, operating
///    from the cut 31/12/2002, no projects.
/// F, Hà Nội (01), in Hoàn Kiếm: in the plan only, with coordinates: on the map of Hà Nội's accounts, in no figure.
/// </code>
/// </summary>
public abstract class ClusterStatisticsTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>A line as the API serves it: counts, areas (ha), projects, occupancy (%, one decimal) and workers.</summary>
    private sealed record Figures(int Established, decimal EstablishedHa, int Operating, decimal OperatingHa, int Projects, decimal? Occupancy, int Workers);

    private static readonly Figures None = new(0, 0, 0, 0, 0, null, 0);

    private static readonly Dictionary<int, Dictionary<string, Figures>> Expected = new()
    {
        [2001] = new()
        {
            // A: 50 ha, operating; p1 and p2 in force (p5 stopped on the cut): 2 projects, 100 + 50 workers, 10 + 8 = 18 ha of 40: 45.0%.
            ["04"] = new(1, 50, 1, 50, 2, 45.0m, 150),
            // C: 40 ha, not yet operating: no occupancy; r1: 1 project, 200 workers.
            ["52"] = new(1, 40, 0, 0, 1, null, 200),
            ["96"] = None,
            ["North"] = new(1, 50, 1, 50, 2, 45.0m, 150),
            ["Centre"] = new(1, 40, 0, 0, 1, null, 200),
            ["South"] = None,
            // 1 + 1 established, 50 + 40 = 90 ha; only A operating: 18 / 40 = 45.0%; 2 + 1 projects, 150 + 200 workers.
            ["total"] = new(2, 90, 1, 50, 3, 45.0m, 350),
        },
        [2002] = new()
        {
            // A 70 ha (expanded), B 30 ha (its 2003 expansion not counted): 2 clusters, 100 ha; A alone operating, 70 ha.
            // In force: p1, p3, p4 in A (p2 stopped 01/05/2002) and q1 in B: 4 projects, 100 + 300 + 20 + 40 = 460 workers.
            // Occupancy of A only (B is not operating): 10 + 20 + 4 = 34 ha of 56 = 60.71%: 60.7%.
            ["04"] = new(2, 100, 1, 70, 4, 60.7m, 460),
            // C 48 ha, operating; r1 and r2 (stopped after the cut): 2 projects, 280 workers; 12 + 9 = 21 ha of 30 = 70.0%.
            ["52"] = new(1, 48, 1, 48, 2, 70.0m, 280),
            // E with its recorded 20 ha, operating from the cut; no projects: 0 of 15 ha = 0.0%.
            ["96"] = new(1, 20, 1, 20, 0, 0.0m, 0),
            ["North"] = new(2, 100, 1, 70, 4, 60.7m, 460),
            ["Centre"] = new(1, 48, 1, 48, 2, 70.0m, 280),
            ["South"] = new(1, 20, 1, 20, 0, 0.0m, 0),
            // 4 clusters, 100 + 48 + 20 = 168 ha; 3 operating, 70 + 48 + 20 = 138 ha; 6 projects, 740 workers.
            // Weighted by leasable land: (34 + 21 + 0) / (56 + 30 + 15) = 55 / 101 = 54.46%: 54.5% (the mean of the rates would be 43.6%).
            ["total"] = new(4, 168, 3, 138, 6, 54.5m, 740),
        },
    };

    private sealed record Registry(int A, int C, int F);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<Registry>>> Registries = new();

    private Task<Registry> RegistryAsync() => Registries.GetOrAdd(App, a => new Lazy<Task<Registry>>(async () =>
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = a.Db();
        var db = scope.Context;
        var hoanKiem = await db.Users.Where(u => u.UserName == "xa.hoankiem")
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => o.CommuneCode).SingleAsync(ct);
        var token = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        static DateOnly D(int y, int m, int d) => new(y, m, d);
        Cluster New(string letter, string province, ClusterStage stage, decimal planned) => new()
        {
            Code = $"CCN-T{token}-{letter}", Name = $"Cụm công nghiệp thử {letter} {token}", ProvinceCode = province, Stage = stage, PlannedHa = planned,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        static ClusterDecision Decision(ClusterStep step, DateOnly on, decimal? area = null, decimal? leasable = null) =>
            new() { Step = step, SignedOn = on, AreaHa = area, LeasableHa = leasable, Number = "1/QĐ-UBND", RecordedAt = DateTime.UtcNow };
        static ClusterProject Project(decimal land, int workers, DateOnly from, DateOnly? stopped = null) => new()
        {
            Investor = "Công ty thử", Sector = "Cơ khí", LandHa = land, Workers = workers, RegisteredOn = from, StoppedOn = stopped,
            Status = stopped is null ? ProjectStatus.Operating : ProjectStatus.Stopped, UpdatedAt = DateTime.UtcNow,
        };

        var clusterA = New("A", "04", ClusterStage.Operating, 60);
        clusterA.AreaHa = 70; clusterA.LeasableHa = 56; clusterA.EstablishedOn = D(2001, 3, 15); clusterA.OperatingSince = D(2001, 9, 1);
        clusterA.Latitude = 22.67; clusterA.Longitude = 106.25;
        clusterA.Decisions = [Decision(ClusterStep.Plan, D(2000, 3, 1), 60), Decision(ClusterStep.Establish, D(2001, 3, 15), 50, 40),
            Decision(ClusterStep.StartOperation, D(2001, 9, 1)), Decision(ClusterStep.Expand, D(2002, 6, 10), 70, 56)];
        clusterA.Projects = [Project(10, 100, D(2001, 4, 1)), Project(8, 50, D(2001, 10, 1), D(2002, 5, 1)), Project(20, 300, D(2002, 2, 1)),
            Project(4, 20, D(2002, 12, 31)), Project(5, 5, D(2001, 12, 31), D(2001, 12, 31))];

        var clusterB = New("B", "04", ClusterStage.Building, 30);
        clusterB.AreaHa = 45; clusterB.LeasableHa = 30; clusterB.EstablishedOn = D(2002, 4, 1);
        clusterB.Decisions = [Decision(ClusterStep.Establish, D(2002, 4, 1), 30, 20), Decision(ClusterStep.StartInfrastructure, D(2002, 8, 1)),
            Decision(ClusterStep.Expand, D(2003, 2, 1), 45, 30)];
        clusterB.Projects = [Project(6, 40, D(2002, 9, 1))];

        var clusterC = New("C", "52", ClusterStage.Operating, 40);
        clusterC.AreaHa = 48; clusterC.LeasableHa = 32; clusterC.EstablishedOn = D(2000, 11, 20); clusterC.OperatingSince = D(2002, 1, 15);
        clusterC.Latitude = 13.98; clusterC.Longitude = 108.0;
        clusterC.Decisions = [Decision(ClusterStep.Establish, D(2000, 11, 20), 40, 30), Decision(ClusterStep.Expand, D(2002, 3, 1), 48),
            Decision(ClusterStep.StartOperation, D(2002, 1, 15))];
        clusterC.Projects = [Project(12, 200, D(2001, 5, 1)), Project(9, 80, D(2002, 7, 1), D(2003, 1, 10))];

        var clusterD = New("D", "96", ClusterStage.Planned, 25);
        clusterD.Decisions = [Decision(ClusterStep.Plan, D(2001, 1, 1), 25)];

        var clusterE = New("E", "96", ClusterStage.Operating, 20);
        clusterE.AreaHa = 20; clusterE.LeasableHa = 15; clusterE.EstablishedOn = D(2002, 11, 11); clusterE.OperatingSince = D(2002, 12, 31);

        var clusterF = New("F", "01", ClusterStage.Planned, 15);
        clusterF.Latitude = 21.03; clusterF.Longitude = 105.85;
        clusterF.Locations = [new ClusterLocation { CommuneCode = hoanKiem! }];

        db.Clusters.AddRange(clusterA, clusterB, clusterC, clusterD, clusterE, clusterF);
        await db.SaveChangesAsync(ct);
        return new Registry(clusterA.Id, clusterC.Id, clusterF.Id);
    })).Value;

    private async Task<JsonElement> StatisticsAsync(string query, string caller = "so.tuyenquang")
    {
        await RegistryAsync();
        var response = await (await App.ApiAs(caller)).GetAsync("/api/v1/clusters/statistics?" + query, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    private static Figures Of(JsonElement line) => new(line.GetProperty("established").GetInt32(), line.GetProperty("establishedHa").GetDecimal(),
        line.GetProperty("operating").GetInt32(), line.GetProperty("operatingHa").GetDecimal(), line.GetProperty("projects").GetInt32(),
        line.GetProperty("occupancy").ValueKind == JsonValueKind.Null ? null : line.GetProperty("occupancy").GetDecimal(), line.GetProperty("workers").GetInt32());

    [Theory]
    [InlineData(2001)]
    [InlineData(2002)]
    public async Task TheTable_EqualsTheHandWorkedRegistry_ForEachProvinceRegionAndTheCountry(int year)
    {
        var json = await StatisticsAsync($"year={year}");

        var expected = Expected[year];
        Assert.Equal((year, $"{year}-12-31"), (json.GetProperty("year").GetInt32(), json.GetProperty("cut").GetString()));
        var provinces = json.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(34, provinces.Count);
        foreach (var p in provinces)
            Assert.Equal((p.GetProperty("code").GetString(), expected.GetValueOrDefault(p.GetProperty("code").GetString()!, None)), (p.GetProperty("code").GetString(), Of(p)));
        Assert.Equal(["North", "Centre", "South"], json.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        foreach (var r in json.GetProperty("regions").EnumerateArray())
            Assert.Equal(expected[r.GetProperty("code").GetString()!], Of(r));
        var total = json.GetProperty("total");
        Assert.Equal(("total", "Cả nước"), (total.GetProperty("code").GetString(), total.GetProperty("name").GetString()));
        Assert.Equal(expected["total"], Of(total));
    }

    [Fact]
    public async Task AProjectStoppedBeforeTheCut_AndAnExpansionAfterIt_AreNotCounted_AsTheyAreOnceTheirDayHasPassed()
    {
        var caoBang2002 = (await StatisticsAsync("year=2002")).GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "04");
        var caoBang2003 = (await StatisticsAsync("year=2003")).GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "04");

        // 2002: p2 (stopped 01/05/2002) is out: 4 projects, not 5; B's expansion of 01/02/2003 is not yet in: 70 + 30 = 100 ha, not 115.
        Assert.Equal((4, 100m), (caoBang2002.GetProperty("projects").GetInt32(), caoBang2002.GetProperty("establishedHa").GetDecimal()));
        // 2003: B is 45 ha: 70 + 45 = 115 ha; the same four projects; A's land and leasable land are unchanged: 34 / 56.
        Assert.Equal((4, 115m, 34m, 56m), (caoBang2003.GetProperty("projects").GetInt32(), caoBang2003.GetProperty("establishedHa").GetDecimal(),
            caoBang2003.GetProperty("leasedHa").GetDecimal(), caoBang2003.GetProperty("leasableHa").GetDecimal()));
    }

    [Fact]
    public async Task ARegion_ShowsItsProvinces_AndItsOwnLineAsTheTotal()
    {
        var json = await StatisticsAsync("year=2002&region=North", "xa.hoankiem");

        Assert.Equal("North", json.GetProperty("region").GetString());
        Assert.Equal(15, json.GetProperty("provinces").GetArrayLength());
        Assert.Equal(("North", "Khu vực phía Bắc"), (json.GetProperty("total").GetProperty("code").GetString(), json.GetProperty("total").GetProperty("name").GetString()));
        Assert.Equal(Expected[2002]["North"], Of(json.GetProperty("total")));
        Assert.Equal(Expected[2002]["04"], Of(json.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "04")));
    }

    [Fact]
    public async Task WithoutAYear_TheLastCompleteYearIsShown()
    {
        var json = await StatisticsAsync("");

        Assert.Equal(VietnamTime.Today(TimeProvider.System).Year - 1, json.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task TheXlsxAndTheDocx_AnswerWithTheirContentTypes_AndHoldTheCountrysTotal()
    {
        await RegistryAsync();
        var api = await App.ApiAs("cuc.ctdp");

        var xlsx = await api.GetAsync("/api/v1/clusters/statistics?year=2002&format=xlsx", Ct);
        var docx = await api.GetAsync("/api/v1/clusters/statistics?year=2002&format=docx", Ct);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("thong-ke-cum-cong-nghiep-2002.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        var sheet = SpreadsheetReader.Read(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal("Thống kê cụm công nghiệp năm 2002: Cả nước", sheet[0][0]);
        // The country first, then each region over its provinces: Mã, name, established, ha, operating, ha, projects, leased, leasable, occupancy, workers.
        var header = sheet.Single(r => r[0] == "Mã tỉnh").Number;
        var rows = sheet.Where(r => r.Number > header).ToList();
        Assert.Equal(["", "Cả nước", "4", "168", "3", "138", "6", "55", "101", "54.5", "740"], rows[0].Cells);
        Assert.Equal(["", "Khu vực phía Bắc", "2", "100", "1", "70", "4", "34", "56", "60.7", "460"], rows[1].Cells);
        Assert.Equal(["04", "Tỉnh Cao Bằng", "2", "100", "1", "70", "4", "34", "56", "60.7", "460"], rows.Single(r => r[0] == "04").Cells);
        Assert.Equal(1 + 3 + 34, rows.Count);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, Ct));
        var body = document.MainDocumentPart!.Document.Body!;
        var annex = body.Descendants<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .Single(t => t[0][0] == "STT");
        Assert.Equal(["", "Cả nước", "4", "168,00", "3", "138,00", "6", "54,5", "740"], annex[^1]);
        Assert.Equal(["I", "Khu vực phía Bắc", "2", "100,00", "1", "70,00", "4", "60,7", "460"], annex[1]);
        Assert.Equal(["III", "Khu vực phía Nam", "1", "20,00", "1", "20,00", "0", "0,0", "0"], annex.Single(r => r[0] == "III"));
        Assert.Equal(1 + 3 + 34 + 1, annex.Count);
        var paragraphs = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Đến ngày 31/12/2002, cả nước có 4 cụm công nghiệp đã thành lập với tổng diện tích 168,00 ha; trong đó 3 cụm đang hoạt động với tổng diện tích "
            + "138,00 ha. Các cụm đã thành lập có 6 dự án thứ cấp, sử dụng 740 lao động; tỷ lệ lấp đầy bình quân của các cụm đang hoạt động đạt 54,5%.", paragraphs);
        Assert.Contains("Tình hình phát triển cụm công nghiệp năm 2002", paragraphs);
    }

    [Theory]
    [InlineData("year=1999", "Năm 1999 không hợp lệ: chọn một năm từ 2000 đến")]
    [InlineData("year=9999", "Năm 9999 không hợp lệ: chọn một năm từ 2000 đến")]
    [InlineData("year=hai-nghin", "Năm “hai-nghin” không hợp lệ: ghi năm bằng bốn chữ số")]
    [InlineData("year=2002&region=West", "Khu vực “West” không hợp lệ")]
    [InlineData("year=2002&format=pdf", "Định dạng “pdf” không được hỗ trợ")]
    public async Task ABadQuestion_IsRefusedWithAVietnameseProblem(string query, string detail)
    {
        var response = await (await App.ApiAs("so.hanoi")).GetAsync("/api/v1/clusters/statistics?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Dữ liệu không hợp lệ", problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("so.hanoi")]
    [InlineData("xa.hoankiem")]
    public async Task TheStatisticsPage_ShowsTheTable_WithTheFormulaAndItsDownloads(string caller)
    {
        await RegistryAsync();
        var client = await PageClient.SignedIn(App, caller);

        var (status, page) = await client.GetAsync("/cum-cong-nghiep/thong-ke?nam=2002");

        Assert.Equal(HttpStatusCode.OK, status);
        string[] Cells(string code) => [.. page.QuerySelector($"#statistics tr[data-code='{code}']")!.Children.Select(c => c.TextContent.Trim())];
        Assert.Equal(["Cả nước", "4", "168,00", "3", "138,00", "6", "54,5%", "740"], Cells("total"));
        Assert.Equal(["Khu vực miền Trung", "1", "48,00", "1", "48,00", "2", "70,0%", "280"], Cells("Centre"));
        Assert.Equal(["Tỉnh Cao Bằng", "2", "100,00", "1", "70,00", "4", "60,7%", "460"], Cells("04"));
        Assert.Equal(["Thành phố Hà Nội", "0", "0,00", "0", "0,00", "0", "–", "0"], Cells("01"));
        var order = page.QuerySelectorAll("#statistics tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(["total", "North", "01", "04"], order.Take(4));
        Assert.Equal(order.IndexOf("Centre") + 1, order.IndexOf("38"));
        Assert.Contains("tổng diện tích đất công nghiệp đã cho thuê ÷ tổng diện tích đất công nghiệp có thể cho thuê của các cụm công nghiệp đang hoạt động × 100%",
            page.QuerySelector("#formula")!.TextContent);
        Assert.Contains("như đã ghi nhận", page.QuerySelector("#provenance")!.TextContent);
        Assert.Equal("/api/v1/clusters/statistics?year=2002&format=xlsx", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
        Assert.Equal("/api/v1/clusters/statistics?year=2002&format=docx", page.QuerySelector("#download-docx")!.GetAttribute("href"));

        var (refusedStatus, refused) = await client.GetAsync("/cum-cong-nghiep/thong-ke?nam=1999");
        Assert.Equal(HttpStatusCode.OK, refusedStatus);
        Assert.StartsWith("Năm 1999 không hợp lệ", refused.QuerySelector("#refusal")!.TextContent);
    }

    [Theory]
    [InlineData("cuc.ctdp", true, true)]
    [InlineData("so.hanoi", false, true)]
    [InlineData("xa.hoankiem", false, true)]
    [InlineData("so.tuyenquang", false, false)]
    public async Task TheMap_ColoursProvincesFromTheNationalFigures_AndDrawsOnlyTheClustersTheCallerMaySee(string caller, bool seesAll, bool seesHaNoi)
    {
        var registry = await RegistryAsync();
        var client = await PageClient.SignedIn(App, caller);

        var (status, map) = await client.GetAsync("/cum-cong-nghiep/ban-do?nam=2002");
        var (_, operating) = await client.GetAsync("/cum-cong-nghiep/ban-do?nam=2002&to-mau=hoat-dong");
        var (listStatus, list) = await client.GetAsync("/cum-cong-nghiep/ban-do?nam=2002&xem=danh-sach");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (status, listStatus));
        // Every caller's tiles carry the national figures: Cao Bằng 60,7% and one operating cluster, Gia Lai 70,0% and one.
        Assert.Equal("60,7%", map.QuerySelector("#tile-map [data-code='04'] .tile-value")!.TextContent);
        Assert.Equal("70,0%", map.QuerySelector("#tile-map [data-code='52'] .tile-value")!.TextContent);
        Assert.Equal("1", operating.QuerySelector("#tile-map [data-code='04'] .tile-value")!.TextContent);
        Assert.Equal(["Tỉnh Gia Lai", "1", "1", "70,0%"], list.QuerySelector("#province-list tr[data-code='52']")!.Children.Select(c => c.TextContent.Trim()));
        // The points: A (Cao Bằng) and C (Gia Lai) to the Ministry; F (Hà Nội, Hoàn Kiếm) to whoever sees Hà Nội's or Hoàn Kiếm's clusters.
        bool Drawn(int id) => map.QuerySelector($"#cluster-points circle[data-id='{id}']") is not null;
        bool Listed(int id) => list.QuerySelector($"#point-list tr[data-id='{id}']") is not null;
        Assert.Equal((seesAll, seesAll, seesHaNoi), (Drawn(registry.A), Drawn(registry.C), Drawn(registry.F)));
        Assert.Equal((seesAll, seesAll, seesHaNoi), (Listed(registry.A), Listed(registry.C), Listed(registry.F)));
        // A at 106.25° E, 22.67° N: x = (106.25 − 102) × 50 = 212.5, y = (23.5 − 22.67) × 50 = 41.5.
        if (seesAll) Assert.Equal(("212.5", "41.5"), (map.QuerySelector($"circle[data-id='{registry.A}']")!.GetAttribute("cx"), map.QuerySelector($"circle[data-id='{registry.A}']")!.GetAttribute("cy")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterStatisticsOnSqlite(SqliteApp app) : ClusterStatisticsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterStatisticsOnPostgres(PostgresApp app) : ClusterStatisticsTests(app);
