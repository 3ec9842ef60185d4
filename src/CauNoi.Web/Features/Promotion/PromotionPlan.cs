namespace CauNoi.Web.Features.Promotion;

/// <summary>The national plan (kế hoạch khuyến công quốc gia), funded from the Ministry's budget, or a province's local plan.</summary>
public enum PlanKind { National = 1, Local = 2 }

/// <summary>
/// A year's khuyến công plan: the national one, or a province's local one, with its budget by source (triệu đồng): the
/// national budget, the local budget, and the facilities' own counterpart funds. Proposals are registered into it,
/// appraised, approved with their budgets, adjusted or stopped, carried out, accepted and settled.
/// </summary>
public class PromotionPlan
{
    public int Id { get; set; }
    public int Year { get; set; }
    public PlanKind Kind { get; set; }
    /// <summary>A local plan's province; none for the national plan.</summary>
    public string? ProvinceCode { get; set; }
    public required string Title { get; set; }
    /// <summary>The decision approving the plan ("123/QĐ-BCT"), once there is one.</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>The day by which proposals are registered for the plan: late registration is one of the programme's pains.</summary>
    public DateOnly? RegistrationDeadline { get; set; }
    public decimal BudgetNational { get; set; }
    public decimal BudgetLocal { get; set; }
    public decimal BudgetCounterpart { get; set; }
    public string? Note { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<PromotionProposal> Proposals { get; set; } = [];
}
