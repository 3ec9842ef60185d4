using CauNoi.Web.Features.AdminUnits;
using Land = CauNoi.Web.Features.Clusters.Occupancy;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// One cluster as its page and the API show it: where it lies now and before the merger, its areas and land, occupancy
/// computed from its projects in force today, its decisions, infrastructure and projects, and the steps the caller may
/// take next with the decree's conditions for each.
/// </summary>
public sealed record ClusterDetail(
    int Id, string Code, string Name, string ProvinceCode, string ProvinceName, ClusterStage Stage, decimal PlannedHa, decimal? AreaHa,
    decimal LeasableHa, decimal LeasedHa, decimal? Occupancy, int ProjectsInForce, int Workers, DateOnly? EstablishedOn, DateOnly? OperatingSince,
    string? DeveloperName, DeveloperKind? DeveloperKind, string? DeveloperTaxCode, double? Latitude, double? Longitude, IReadOnlyList<string> Sectors,
    string? Note, bool IsDemo, int Version, bool MayKeep,
    IReadOnlyList<ClusterDetail.Place> Locations, IReadOnlyList<ClusterDetail.Decision> Decisions, IReadOnlyList<ClusterDetail.Work> Infrastructure,
    IReadOnlyList<ClusterDetail.Project> Projects, IReadOnlyList<ClusterDetail.NextStep> NextSteps)
{
    public string StageName => ClusterNames.Of(Stage);
    public string? DeveloperKindName => DeveloperKind is { } k ? ClusterNames.Of(k) : null;
    public Region Region => Regions.Of(ProvinceCode);
    public string RegionName => Regions.Name(Region);

    public sealed record Place(string CommuneCode, string CommuneName, string? FormerCommuneCode, string? FormerCommuneName, string? FormerDistrictCode, string? FormerDistrictName);

    public sealed record Decision(int Id, ClusterStep Step, string? Number, DateOnly SignedOn, string? Signer, decimal? AreaHa, decimal? LeasableHa,
        string? UnmetConditions, string? OverrideReason, DateTime RecordedAt)
    {
        public string StepName => ClusterNames.Of(Step);
    }

    public sealed record Work(int Id, InfrastructureKind Kind, string Description, string? Capacity, InfrastructureStatus Status)
    {
        public string KindName => ClusterNames.Of(Kind);
        public string StatusName => ClusterNames.Of(Status);
    }

    /// <param name="InForce">Its land counts as leased today.</param>
    public sealed record Project(int Id, string Investor, string Sector, decimal CapitalBillionVnd, decimal LandHa, ProjectStatus Status,
        DateOnly RegisteredOn, DateOnly? StoppedOn, int Workers, bool InForce)
    {
        public string StatusName => ClusterNames.Of(Status);
    }

    /// <param name="Step">On the wire ("establish").</param>
    /// <param name="Conditions">The decree's conditions, for an establishment or an expansion.</param>
    public sealed record NextStep(string Step, string Name, bool Secondary, ConditionCheck? Conditions);

    public static async Task<ClusterDetail?> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, int id, DateOnly today, CancellationToken ct = default)
    {
        var c = await db.Clusters.AsNoTracking().VisibleTo(scope, actor).Where(x => x.Id == id)
            .Include(x => x.Locations).Include(x => x.Decisions).Include(x => x.Infrastructure).Include(x => x.Projects)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        return c is null ? null : await OfAsync(db, c, actor, today, ct);
    }

    /// <param name="c">With its locations, decisions, infrastructure and projects.</param>
    public static async Task<ClusterDetail> OfAsync(CauNoiDb db, Cluster c, Actor? actor, DateOnly today, CancellationToken ct = default)
    {
        var communes = c.Locations.Select(l => l.CommuneCode).ToArray();
        var names = await db.Communes.Where(x => communes.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => x.Name, ct);
        var province = await db.Provinces.Where(p => p.Code == c.ProvinceCode).Select(p => p.Name).FirstAsync(ct);
        var inForce = c.Projects.Where(p => Land.InForce(p, today)).ToList();
        var leased = Land.Leased(inForce, today);
        var steps = new List<NextStep>();
        if (actor is not null)
            foreach (var step in ClusterLifecycle.Table.Allowed(actor, c, today))
            {
                var row = ClusterLifecycle.Table[step];
                steps.Add(new(row.Wire, row.Name, row.Secondary, await ClusterConditions.ForAsync(db, c, step, null, today, ct)));
            }
        return new(c.Id, c.Code, c.Name, c.ProvinceCode, province, c.Stage, c.PlannedHa, c.AreaHa, c.LeasableHa, leased, Land.Rate(leased, c.LeasableHa),
            inForce.Count, inForce.Sum(p => p.Workers), c.EstablishedOn, c.OperatingSince, c.DeveloperName, c.DeveloperKind, c.DeveloperTaxCode,
            c.Latitude, c.Longitude, c.Sectors, c.Note, c.IsDemo, c.Version, actor is not null && ClusterScope.MayKeep(actor, c.ProvinceCode),
            [.. c.Locations.OrderBy(l => l.Id).Select(l => new Place(l.CommuneCode, names.GetValueOrDefault(l.CommuneCode, l.CommuneCode), l.FormerCommuneCode,
                l.FormerCommuneName, l.FormerDistrictCode, l.FormerDistrictName))],
            [.. c.Decisions.OrderBy(d => d.SignedOn).ThenBy(d => d.Id).Select(d => new Decision(d.Id, d.Step, d.Number, d.SignedOn, d.Signer, d.AreaHa,
                d.LeasableHa, d.UnmetConditions, d.OverrideReason, d.RecordedAt))],
            [.. c.Infrastructure.OrderBy(i => i.Kind).ThenBy(i => i.Id).Select(i => new Work(i.Id, i.Kind, i.Description, i.Capacity, i.Status))],
            [.. c.Projects.OrderBy(p => p.RegisteredOn).ThenBy(p => p.Id).Select(p => new Project(p.Id, p.Investor, p.Sector, p.CapitalBillionVnd, p.LandHa,
                p.Status, p.RegisteredOn, p.StoppedOn, p.Workers, Land.InForce(p, today)))],
            steps);
    }
}
