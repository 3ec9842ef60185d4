using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>Who acts on a recommendation, and from where: what the workflow needs to allow or refuse a step.</summary>
/// <param name="UnitAnswersNeedApproval">The actor's unit has its leader approve answers before they are sent (read with the account).</param>
public sealed record Actor(
    string? UserId, string Name, string OrganisationName, OrganisationKind OrganisationKind, int OrganisationId,
    string? ProvinceCode, string? CommuneCode, bool IsHub, bool IsAdministrator, bool IsLeader, bool IsUnitHead = false,
    bool UnitAnswersNeedApproval = false)
{
    public bool IsMinistry => OrganisationKind == OrganisationKind.MinistryUnit;

    /// <summary>
    /// A Ministry leader reads every record and directs; submitting, importing and handling records are the officers'
    /// work (and an administrator's). Decided here once for every step.
    /// </summary>
    public bool Acts => IsAdministrator || !IsLeader;

    /// <summary>The officers of the unit the recommendation is routed to or of the coordinating hub, or an administrator.</summary>
    public bool Handles(Recommendation r) =>
        IsAdministrator || (Acts && IsMinistry && (IsHub || OrganisationId == r.RoutedUnitId));

    /// <summary>
    /// A leader of the unit that wrote the draft answer: its head (<see cref="Roles.UnitHead"/>), or a Ministry leader whose
    /// account is in that unit. Leaders do not handle records, but they approve their unit's answers.
    /// </summary>
    public bool Approves(Recommendation r) => r.AnsweredByUnitId is { } unit && ApprovesFor(unit);

    public bool ApprovesFor(int unitId) => IsMinistry && (IsUnitHead || IsLeader) && OrganisationId == unitId;

    /// <summary>
    /// The locality that raised it, the organisation it was recorded for: only it provides information, rates, reopens or
    /// closes its record. The province's department sees its communes' records (and may write in their thread), no more.
    /// </summary>
    public bool Owns(Recommendation r) => !IsMinistry && OrganisationId == r.SubmittingOrganisationId;

    /// <summary>What submitting is called for this actor: a locality sends its own; the Ministry records one on a locality's behalf.</summary>
    public string SubmitLabel => IsMinistry ? "Ghi nhận kiến nghị" : "Gửi kiến nghị";

    /// <summary>The caller as the workflow sees them, from the account read once at this request.</summary>
    public static Actor? Of(CurrentUser current) => current.Account is not { } a ? null
        : new Actor(a.Id, a.FullName, a.OrganisationName, a.Kind, a.OrganisationId, a.ProvinceCode, a.CommuneCode,
            IsHub: a.IsCoordinatingHub,
            IsAdministrator: current.IsInRole(Roles.SystemAdministrator),
            IsLeader: current.IsInRole(Roles.MinistryLeader),
            IsUnitHead: current.IsInRole(Roles.UnitHead),
            UnitAnswersNeedApproval: a.AnswersNeedApproval);
}
