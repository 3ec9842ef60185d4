using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Promotion;

/// <summary>Who puts a proposal forward: a province's khuyến công centre, a facility itself, or another unit (a Ministry unit, a school, an association).</summary>
public enum ProposerKind { PromotionCentre = 1, Facility = 2, Unit = 3 }

/// <summary>The contents of khuyến công the decree lists (Nghị định 45/2012/NĐ-CP, Điều 4, as amended; see docs/promotion.md for what was confirmed).</summary>
public enum PromotionActivity
{
    VocationalTraining = 1,
    DemonstrationModel = 2,
    AdvancedMachinery = 3,
    RuralProductDevelopment = 4,
    FairsAndExhibitions = 5,
    Consultancy = 6,
    Communication = 7,
    ManagementTraining = 8,
    StudyTour = 9,
    ClusterDetailedPlanning = 10,
    PollutionTreatment = 11,
    Other = 99,
}

/// <summary>
/// Where a proposal stands: registered in a plan, appraised by the base-level council, rejected, approved into the plan
/// with its budget, being carried out, accepted (nghiệm thu) against its promised outputs, settled (quyết toán), or
/// stopped after approval. An adjustment keeps the stage.
/// </summary>
public enum ProposalStage { Registered = 1, Appraised = 2, Rejected = 3, Approved = 4, InProgress = 5, Accepted = 6, Settled = 7, Stopped = 8 }

/// <summary>The workflow's steps (PromotionWorkflow), each one event in the proposal's history.</summary>
public enum ProposalStep { Register = 1, Appraise = 2, Reject = 3, Approve = 4, Adjust = 5, Stop = 6, ReportProgress = 7, Accept = 8, Settle = 9 }

/// <summary>
/// A khuyến công proposal (đề án): who proposes it, the activity, the facility it benefits, the budget requested by
/// source and the budget approved, the outputs it promises, its schedule and documents. Amounts are in triệu đồng.
/// The first approved state funds are kept beside the current ones, so that an adjustment or a stop never changes what
/// the plan had counted on (the completion rate reads both).
/// </summary>
public class PromotionProposal : ISearchable
{
    public const string NumberPrefix = "KC";

    public int Id { get; set; }
    /// <summary>Unique nationally: "KCQG-2023-0001" in the national plan, "KCĐP-01-2023-0001" in a local plan.</summary>
    public required string Code { get; set; }
    public int PlanId { get; set; }
    /// <summary>The province it is carried out in (today's); a Ministry unit's proposal without one has none.</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>The province before 1/7/2025, for a proposal recorded before the merger.</summary>
    public string? FormerProvinceCode { get; set; }
    /// <summary>The beneficiary's commune, when known: the commune's office reads the proposals in it.</summary>
    public string? CommuneCode { get; set; }
    public ProposerKind ProposerKind { get; set; }
    public required string ProposerName { get; set; }
    public PromotionActivity Activity { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public required string BeneficiaryName { get; set; }
    public string? BeneficiaryTaxCode { get; set; }

    public decimal RequestedNational { get; set; }
    public decimal RequestedLocal { get; set; }
    public decimal RequestedCounterpart { get; set; }
    /// <summary>The budget in force: set at approval, changed by adjustments.</summary>
    public decimal? ApprovedNational { get; set; }
    public decimal? ApprovedLocal { get; set; }
    public decimal? ApprovedCounterpart { get; set; }
    /// <summary>The state funds (national + local) as first approved: what the plan counted on.</summary>
    public decimal? FirstApprovedStateFunds { get; set; }
    /// <summary>State funds paid out so far, from the progress reports.</summary>
    public decimal Disbursed { get; set; }
    /// <summary>The amount of the settlement (quyết toán).</summary>
    public decimal? Settled { get; set; }

    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public ProposalStage Stage { get; set; } = ProposalStage.Registered;
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? SettledOn { get; set; }
    public DateOnly? StoppedOn { get; set; }
    public string? StopReason { get; set; }
    /// <summary>How many times it was adjusted after approval; each adjustment's reason is its event.</summary>
    public int Adjustments { get; set; }
    /// <summary>The last progress report's percentage.</summary>
    public int? Percent { get; set; }

    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Code} {Title} {BeneficiaryName} {ProposerName}";

    public List<ProposalOutput> Outputs { get; set; } = [];
    public List<ProposalEvent> Events { get; set; } = [];
    public List<ProposalFile> Files { get; set; } = [];
}

/// <summary>What khuyến công outputs are counted in, summed by kind in the plan's figures.</summary>
public enum OutputKind
{
    PeopleTrained = 1,
    DemonstrationModels = 2,
    FacilitiesWithMachinery = 3,
    FacilitiesAtFairs = 4,
    FacilitiesAdvised = 5,
    ClusterPlans = 6,
    ManagersTrained = 7,
    ProductsDeveloped = 8,
    Other = 99,
}

/// <summary>An output the proposal promises, in its unit, and what acceptance found achieved.</summary>
public class ProposalOutput
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public OutputKind Kind { get; set; }
    /// <summary>"người", "mô hình", "cơ sở"; for <see cref="OutputKind.Other"/> what the proposal names.</summary>
    public required string Unit { get; set; }
    public string? Description { get; set; }
    public decimal Promised { get; set; }
    public decimal? Achieved { get; set; }
}

/// <summary>
/// A step taken on a proposal, as its history shows it: who, when, and what the step carried: a decision's number and
/// date, a reason (rejection, adjustment, stop), a progress report's percentage and work, an amount disbursed or settled.
/// </summary>
public class ProposalEvent
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public ProposalStep Step { get; set; }
    public DateTime At { get; set; }
    public string? ById { get; set; }
    public required string ByName { get; set; }
    public string? Number { get; set; }
    public DateOnly? OnDate { get; set; }
    public string? Note { get; set; }
    public int? Percent { get; set; }
    public decimal? Amount { get; set; }
}

/// <summary>A proposal's document: the dossier, a decision, a progress report's evidence, the acceptance record.</summary>
public class ProposalFile : AttachedFile
{
    public int ProposalId { get; set; }
}
