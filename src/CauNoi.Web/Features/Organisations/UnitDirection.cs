using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Organisations;

/// <summary>
/// A Ministry leader's direction of one Ministry unit (a Thứ trưởng "phụ trách" Cục Điện lực, say), by the decision that
/// divided the work among the leaders, effective-dated like <see cref="FocalLeaderAssignment"/>. The leader's weekly brief
/// follows what is routed to, led by, or reported to the units they direct.
/// </summary>
public class UnitDirection
{
    public int Id { get; set; }
    public required string LeaderId { get; set; }
    public AppUser? Leader { get; set; }
    public int UnitId { get; set; }
    public Organisation? Unit { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Last day in force; null while in force.</summary>
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>The decision that divided the work, e.g. "1507/QĐ-BCT".</summary>
    public string? Decision { get; set; }
}
