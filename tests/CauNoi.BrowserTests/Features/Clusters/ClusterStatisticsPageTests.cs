using System.Collections.Concurrent;
using CauNoi.Web.Features.Clusters;

namespace CauNoi.BrowserTests.Features.Clusters;

/// <summary>
/// The statistics of industrial clusters and their map, read by the Ministry's hub and by Hà Nội's department, at desktop
/// and phone width: the table scrolls inside its box rather than the page, no date breaks over two lines, no axe-core
/// violation. The registry is a small one of the test's own, established in 2004, a year the demo data leaves empty.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/cluster-statistics-1366.png, -390.png, cluster-map-1366.png, -390.png,
/// cluster-map-list-1366.png, -390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterStatisticsPageTests(BrowserApp app) : BrowserTests(app)
{
    /// <summary>About where each province's clusters lie (its seat), to scatter two or three around.</summary>
    private static readonly (string Code, double Latitude, double Longitude)[] Seats =
    [
        ("01", 21.03, 105.85), ("04", 22.67, 106.26), ("08", 21.82, 105.21), ("11", 21.39, 103.02), ("12", 22.40, 103.46), ("14", 21.33, 103.91),
        ("15", 21.90, 104.50), ("19", 21.59, 105.85), ("20", 21.85, 106.76), ("22", 20.95, 107.08), ("24", 21.25, 106.15), ("25", 21.32, 105.40),
        ("31", 20.86, 106.68), ("33", 20.65, 106.05), ("37", 20.25, 105.97), ("38", 19.81, 105.78), ("40", 18.67, 105.69), ("42", 18.34, 105.90),
        ("44", 17.20, 106.80), ("46", 16.46, 107.59), ("48", 16.05, 108.20), ("51", 15.12, 108.80), ("52", 13.90, 108.70), ("56", 12.24, 109.19),
        ("66", 12.67, 108.04), ("68", 11.94, 108.44), ("75", 10.95, 106.82), ("79", 10.78, 106.70), ("80", 10.54, 106.41), ("82", 10.36, 106.36),
        ("86", 10.25, 105.97), ("91", 10.01, 105.08), ("92", 10.03, 105.78), ("96", 9.18, 105.15),
    ];

    private static readonly ConcurrentDictionary<BrowserApp, Lazy<Task>> Registries = new();

    private Task RegistryAsync() => Registries.GetOrAdd(App, a => new Lazy<Task>(async () =>
    {
        await using var scope = a.Db();
        var random = new Random(2004);
        var n = 0;
        foreach (var (code, latitude, longitude) in Seats)
            for (var i = 0; i < 2 + random.Next(2); i++)
            {
                var area = 20 + random.Next(55);
                var on = new DateOnly(2004, 1 + random.Next(6), 1 + random.Next(28));
                var operating = random.Next(3) > 0;
                var cluster = new Cluster
                {
                    Code = $"CCN-TD-{++n:000}", Name = $"Cụm công nghiệp thử {n}", ProvinceCode = code, Stage = operating ? ClusterStage.Operating : ClusterStage.Building,
                    PlannedHa = area, AreaHa = area, LeasableHa = area * 0.7m, EstablishedOn = on, OperatingSince = operating ? on.AddMonths(3) : null,
                    Latitude = latitude + (random.NextDouble() - 0.5) * 0.4, Longitude = longitude + (random.NextDouble() - 0.5) * 0.4,
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                };
                for (var p = 0; p < random.Next(8); p++)
                    cluster.Projects.Add(new ClusterProject
                    {
                        Investor = "Công ty thử", Sector = "Cơ khí", LandHa = 1 + random.Next(5), Workers = 20 + random.Next(300), RegisteredOn = on.AddDays(30 + p),
                        Status = ProjectStatus.Operating, UpdatedAt = DateTime.UtcNow,
                    });
                scope.Context.Clusters.Add(cluster);
            }
        await scope.Context.SaveChangesAsync(TestContext.Current.CancellationToken);
    })).Value;

    [Theory]
    [InlineData("cuc.ctdp")]
    [InlineData("so.hanoi")]
    public async Task TheStatisticsAndTheMap_AreReadableAndAccessible_AtDesktopAndPhoneWidth(string userName)
    {
        await RegistryAsync();
        var (page, problems) = await SignedInAsync(userName);

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(page, "/cum-cong-nghiep/thong-ke?nam=2004", "Thống kê cụm công nghiệp");
            await Expect(page.Locator("#statistics tbody tr")).ToHaveCountAsync(1 + 3 + 34);
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-statistics-{width}.png");

            await VisitAsync(page, "/cum-cong-nghiep/ban-do?nam=2004", "Bản đồ cụm công nghiệp");
            await Expect(page.Locator("#tile-map .tile")).ToHaveCountAsync(34);
            await AssertFitsAsync(page, width);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-map-{width}.png");

            await page.GetByRole(AriaRole.Link, new() { Name = "Số cụm đang hoạt động" }).ClickAsync();
            await Expect(page.Locator("#colour-switch [aria-current=true]")).ToHaveTextAsync("Số cụm đang hoạt động");
            await page.GetByRole(AriaRole.Link, new() { Name = "Danh sách", Exact = true }).ClickAsync();
            await Expect(page.Locator("#province-list tbody tr")).ToHaveCountAsync(34);
            await AssertFitsAsync(page, width);
            await AssertAccessibleAsync(page);
            if (userName == "cuc.ctdp") await ScreenshotAsync(page, $"cluster-map-list-{width}.png");
        }
        problems.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
