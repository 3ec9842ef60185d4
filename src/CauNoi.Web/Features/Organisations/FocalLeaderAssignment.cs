using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Organisations;

/// <summary>
/// The Ministry leader who follows one province's issues (decision 2172/QĐ-BCT of 29/7/2025),
/// effective-dated so that a reassignment keeps the history of who followed what when.
/// </summary>
public class FocalLeaderAssignment
{
    public int Id { get; set; }
    public required string ProvinceCode { get; set; }
    public required string LeaderId { get; set; }
    public AppUser? Leader { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Last day in force; null while in force.</summary>
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>The decision that made the assignment, e.g. "2172/QĐ-BCT".</summary>
    public string? Decision { get; set; }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || EffectiveTo >= day);
}
