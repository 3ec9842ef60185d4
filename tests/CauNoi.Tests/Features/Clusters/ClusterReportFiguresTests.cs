using CauNoi.Web.Features.Clusters;
using CauNoi.Web.Features.Indicators;

namespace CauNoi.Tests.Features.Clusters;

/// <summary>
/// The clusters' periodic reports run on the indicators' forms with the regime's data periods (Thông tư 14/2024/TT-BCT):
/// six months from 15/12 of the year before to 14/6, the year from 15/12 to 14/12. A province's report is offered the
/// registry's figures as of the period's last day. The registry here is the test's own, in 2003–2004, after the statistics tests' years and before any demo cluster.
/// </summary>
public abstract class ClusterReportFiguresTests(CauNoiApp app) : AppTests(app)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<CauNoiApp> Made = [];

    /// <summary>
    /// Lai Châu (12), whose clusters no other test dates before 2005:
    /// A established 01/03/2003 (30 ha leasable), operating since 10/01/2004; projects of 12 ha (registered 01/02/2004)
    ///   and 6 ha (registered 15/06/2004, the day after the six months' cut);
    /// B established 01/05/2003 (15 ha leasable), operating since 14/06/2004 (the cut day itself); a project of 3 ha (01/01/2004);
    /// C established 01/07/2004 (10 ha leasable), operating since 01/09/2004; no project.
    /// </summary>
    private async Task RegistryAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            if (!Made.Add(App)) return;
            await using var scope = App.Db();
            var db = scope.Context;
            var commune = await db.Communes.Where(c => c.ProvinceCode == "12").OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(Ct);
            Cluster Make(string name, DateOnly established, decimal leasable, DateOnly operating, params (decimal Land, DateOnly On)[] projects) => new()
            {
                Code = $"CCN-12-R{name}", Name = $"Cụm công nghiệp báo cáo {name}", ProvinceCode = "12", Stage = ClusterStage.Operating,
                PlannedHa = 40, AreaHa = 40, LeasableHa = leasable, EstablishedOn = established, OperatingSince = operating,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Locations = [new() { CommuneCode = commune }],
                Decisions =
                [
                    new() { Step = ClusterStep.Establish, SignedOn = established, AreaHa = 40, LeasableHa = leasable, RecordedAt = DateTime.UtcNow },
                    new() { Step = ClusterStep.StartOperation, SignedOn = operating, RecordedAt = DateTime.UtcNow },
                ],
                Projects = [.. projects.Select((p, i) => new ClusterProject
                {
                    Investor = $"Công ty {name}{i}", Sector = "Cơ khí", LandHa = p.Land, RegisteredOn = p.On, Status = ProjectStatus.Operating, Workers = 10, UpdatedAt = DateTime.UtcNow,
                })],
            };
            db.Clusters.AddRange(
                Make("A", new(2003, 3, 1), 30, new(2004, 1, 10), (12, new(2004, 2, 1)), (6, new(2004, 6, 15))),
                Make("B", new(2003, 5, 1), 15, new(2004, 6, 14), (3, new(2004, 1, 1))),
                Make("C", new(2004, 7, 1), 10, new(2004, 9, 1)));
            await db.SaveChangesAsync(Ct);
        }
        finally { Once.Release(); }
    }

    [Fact]
    public async Task TheRegimesForms_CoverFrom15DecemberTo14JuneAndTo14December()
    {
        await using var scope = App.Db();
        var forms = await scope.Context.ReportForms.Where(f => f.Code.StartsWith("BC-CCN-")).ToDictionaryAsync(f => f.Code, Ct);

        Assert.Equal((new DateOnly(2024, 12, 15), new DateOnly(2025, 6, 14)), forms["BC-CCN-6T"].Covers(new Period(PeriodType.HalfYear, 2025, 1)));
        Assert.Equal((new DateOnly(2025, 6, 15), new DateOnly(2025, 12, 14)), forms["BC-CCN-6T"].Covers(new Period(PeriodType.HalfYear, 2025, 2)));
        Assert.Equal((new DateOnly(2024, 12, 15), new DateOnly(2025, 12, 14)), forms["BC-CCN-NAM"].Covers(new Period(PeriodType.Year, 2025, 1)));
    }

    [Fact]
    public async Task ASixMonthsReport_ReadsTheRegistryAsOf14June()
    {
        await RegistryAsync();
        await using var scope = App.Db();

        var figures = await ClusterReportFigures.ReadAsync(scope.Context, "BC-CCN-6T", "12", new DateOnly(2004, 6, 14), Ct);

        // A and B operate (B from the cut day); C is not yet established. Leased: 12 (A) + 3 (B) = 15 of 30 + 15 = 45 ha: 33.3%.
        Assert.NotNull(figures);
        Assert.Equal((2, 45m, (decimal?)33.3m), (figures.Operating, figures.LeasableHa, figures.Occupancy));
        Assert.Equal([("CCN_HD", (double?)2), ("CCN_DT", 45), ("CCN_LD", 33.3)], figures.Figures.Select(f => (f.Indicator, f.Value)));
    }

    [Fact]
    public async Task AYearsReport_ReadsTheRegistryAsOf14December()
    {
        await RegistryAsync();
        await using var scope = App.Db();

        var figures = await ClusterReportFigures.ReadAsync(scope.Context, "BC-CCN-NAM", "12", new DateOnly(2004, 12, 14), Ct);

        // A, B and C operate: 30 + 15 + 10 = 55 ha leasable; leased 12 + 6 + 3 = 21 ha: 38.2%.
        Assert.Equal((3, 55m, (decimal?)38.2m), (figures!.Operating, figures.LeasableHa, figures.Occupancy));
    }

    [Fact]
    public async Task AnotherForm_IsNotAnsweredByTheRegistry()
    {
        await using var scope = App.Db();
        Assert.Null(await ClusterReportFigures.ReadAsync(scope.Context, "BC-THANG", "12", new DateOnly(2004, 6, 14), Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClusterReportFiguresOnSqlite(SqliteApp app) : ClusterReportFiguresTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClusterReportFiguresOnPostgres(PostgresApp app) : ClusterReportFiguresTests(app);
