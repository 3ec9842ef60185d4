using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// Where a cluster stands in the lifecycle of Nghị định 32/2024/NĐ-CP: in the province's development plan (phương án
/// phát triển cụm công nghiệp), established (thành lập), its shared infrastructure being built, then in production.
/// Expansion (mở rộng) is a step taken from an established cluster that keeps its stage.
/// </summary>
public enum ClusterStage { Planned = 1, Established = 2, Building = 3, Operating = 4 }

/// <summary>Who invests in and runs a cluster's shared infrastructure (chủ đầu tư xây dựng hạ tầng kỹ thuật).</summary>
public enum DeveloperKind { Enterprise = 1, Cooperative = 2, PublicUnit = 3 }

/// <summary>
/// An industrial cluster (cụm công nghiệp) of the national registry. Its areas change only by its decisions
/// (<see cref="ClusterDecision"/>); its leased land and occupancy are computed from its secondary projects, never typed.
/// </summary>
public class Cluster : ISearchable
{
    public int Id { get; set; }
    /// <summary>The registry's code, unique nationally ("CCN-01-0007").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>The province before 1/7/2025, for a cluster recorded before the merger.</summary>
    public string? FormerProvinceCode { get; set; }
    public ClusterStage Stage { get; set; }
    /// <summary>Area in the development plan (ha).</summary>
    public decimal PlannedHa { get; set; }
    /// <summary>Area in force: the establishment decision's, then each expansion's (ha); none before establishment.</summary>
    public decimal? AreaHa { get; set; }
    /// <summary>Industrial land that can be leased under the detailed plan (ha); leased land is the projects'.</summary>
    public decimal LeasableHa { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    public DateOnly? OperatingSince { get; set; }
    public string? DeveloperName { get; set; }
    public DeveloperKind? DeveloperKind { get; set; }
    public string? DeveloperTaxCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>The sectors the cluster attracts (ngành nghề thu hút), in the words of its decision.</summary>
    public List<string> Sectors { get; set; } = [];
    public string? Note { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Code} {Name} {DeveloperName}";

    public List<ClusterLocation> Locations { get; set; } = [];
    public List<ClusterDecision> Decisions { get; set; } = [];
    public List<ClusterInfrastructure> Infrastructure { get; set; } = [];
    public List<ClusterProject> Projects { get; set; } = [];
    public List<ClusterInspection> Inspections { get; set; } = [];
}

/// <summary>
/// A commune the cluster lies in: today's commune, and for a cluster recorded before 1/7/2025 the former commune and
/// district it was recorded in (the statistics office's lineage maps one to the other).
/// </summary>
public class ClusterLocation
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public required string CommuneCode { get; set; }
    public string? FormerCommuneCode { get; set; }
    public string? FormerCommuneName { get; set; }
    public string? FormerDistrictCode { get; set; }
    public string? FormerDistrictName { get; set; }
}

/// <summary>The lifecycle's decisions, each one step: its number, date and signer, and the areas it sets.</summary>
public enum ClusterStep { Plan = 1, Establish = 2, Expand = 3, StartInfrastructure = 4, StartOperation = 5 }

/// <summary>
/// A decision that moved the cluster on: the plan that lists it, its establishment, an expansion, the start of its
/// infrastructure, its entry into production. Establishment and expansion carry the areas they set and, when a
/// condition of the decree was unmet, which ones and the officer's reason for going ahead (the override).
/// </summary>
public class ClusterDecision
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public ClusterStep Step { get; set; }
    public string? Number { get; set; }
    public DateOnly SignedOn { get; set; }
    public string? Signer { get; set; }
    /// <summary>The cluster's area after the step (ha), for a plan, an establishment or an expansion.</summary>
    public decimal? AreaHa { get; set; }
    /// <summary>The leasable industrial land after the step (ha), where the step sets it.</summary>
    public decimal? LeasableHa { get; set; }
    /// <summary>The conditions the registry found unmet when the step was taken, one per line; none when all were met.</summary>
    public string? UnmetConditions { get; set; }
    public string? OverrideReason { get; set; }
    public string? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
}

public enum InfrastructureKind { Road = 1, Power = 2, Water = 3, Wastewater = 4, Drainage = 5, Other = 9 }
public enum InfrastructureStatus { NotStarted = 1, Building = 2, Complete = 3 }

/// <summary>A work of the shared infrastructure (hạ tầng kỹ thuật dùng chung): roads, power, water, wastewater treatment.</summary>
public class ClusterInfrastructure
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public InfrastructureKind Kind { get; set; }
    public required string Description { get; set; }
    /// <summary>As written ("2.000 m³/ngày đêm", "2 x 40 MVA").</summary>
    public string? Capacity { get; set; }
    public InfrastructureStatus Status { get; set; }
}

public enum ProjectStatus { Registered = 1, Building = 2, Operating = 3, Stopped = 4 }

/// <summary>
/// A secondary project (dự án thứ cấp): a business investing in the cluster. Its land is the cluster's leased land while
/// it is in force (<see cref="Occupancy.InForce"/>); a stopped project carries the day it stopped.
/// </summary>
public class ClusterProject : ISearchable
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public required string Investor { get; set; }
    public required string Sector { get; set; }
    /// <summary>Registered capital (tỷ đồng).</summary>
    public decimal CapitalBillionVnd { get; set; }
    public decimal LandHa { get; set; }
    public ProjectStatus Status { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public DateOnly? StoppedOn { get; set; }
    public int Workers { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Investor} {Sector}";
}

/// <summary>An inspection team's visit (đoàn kiểm tra): when, who, and what it found.</summary>
public class ClusterInspection
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public DateOnly InspectedOn { get; set; }
    /// <summary>The team as written ("Cục Công Thương địa phương: ông Nguyễn Văn A (trưởng đoàn); Sở Công Thương: ...").</summary>
    public required string Members { get; set; }
    public int? OrganisationId { get; set; }
    public string? RecordedById { get; set; }
    public DateTime RecordedAt { get; set; }
    public List<ClusterFinding> Findings { get; set; } = [];
}

/// <summary>One finding of an inspection; it may become a task of the tasks register.</summary>
public class ClusterFinding
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    public required string Text { get; set; }
    public int? TaskId { get; set; }
}

/// <summary>
/// Occupancy (tỷ lệ lấp đầy): the land leased to secondary projects in force, over the cluster's leasable industrial
/// land. Computed, never typed; no rate when there is no leasable land. A project is in force on a day from its
/// registration until the day it stopped, so the registry answers for any past day as for today.
/// </summary>
public static class Occupancy
{
    public static bool InForce(ClusterProject project, DateOnly on) =>
        project.RegisteredOn <= on && (project.StoppedOn is null || project.StoppedOn > on);

    /// <summary><see cref="InForce"/> as a query the database answers, for reading many clusters at once.</summary>
    public static System.Linq.Expressions.Expression<Func<ClusterProject, bool>> InForceOn(DateOnly on) =>
        p => p.RegisteredOn <= on && (p.StoppedOn == null || p.StoppedOn > on);

    public static decimal Leased(IEnumerable<ClusterProject> projects, DateOnly on) => projects.Where(p => InForce(p, on)).Sum(p => p.LandHa);

    /// <summary>Per cent, or null without leasable land.</summary>
    public static decimal? Rate(decimal leased, decimal leasable) => leasable > 0 ? leased / leasable * 100m : null;
}
