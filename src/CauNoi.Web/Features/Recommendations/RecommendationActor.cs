namespace CauNoi.Web.Features.Recommendations;

/// <summary>What a caller is to a recommendation: its handler, the leader who approves its answer, or its owner.</summary>
public static class RecommendationActor
{
    /// <summary>The officers of the unit the recommendation is routed to or of the coordinating hub, or an administrator.</summary>
    public static bool Handles(this Actor a, Recommendation r) =>
        a.IsAdministrator || (a.Acts && a.IsMinistry && (a.IsHub || a.OrganisationId == r.RoutedUnitId));

    /// <summary>
    /// A leader of the unit that wrote the draft answer: its head (<see cref="Roles.UnitHead"/>), or a Ministry leader whose
    /// account is in that unit. Leaders do not handle records, but they approve their unit's answers.
    /// </summary>
    public static bool Approves(this Actor a, Recommendation r) => r.AnsweredByUnitId is { } unit && a.ApprovesFor(unit);

    /// <summary>
    /// The locality that raised it, the organisation it was recorded for: only it provides information, rates, reopens or
    /// closes its record. The province's department sees its communes' records (and may write in their thread), no more.
    /// </summary>
    public static bool Owns(this Actor a, Recommendation r) => !a.IsMinistry && a.OrganisationId == r.SubmittingOrganisationId;
}
