using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Shared;

/// <summary>
/// Who acts on a record, and from where: what a workflow needs to allow or refuse a step, made once per request from the
/// account <see cref="AccountCheck"/> read. Each workflow says what the caller may do to its own records (e.g.
/// <c>RecommendationActor</c>).
/// </summary>
/// <param name="IsUnitHead">Heads the caller's organisation: a Ministry unit (<see cref="Roles.UnitHead"/>) or a province's department (<see cref="Roles.DepartmentHead"/>).</param>
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

    public bool ApprovesFor(int unitId) => IsMinistry && (IsUnitHead || IsLeader) && OrganisationId == unitId;

    /// <summary>What submitting is called for this actor: a locality sends its own; the Ministry records one on a locality's behalf.</summary>
    public string SubmitLabel => IsMinistry ? "Ghi nhận kiến nghị" : "Gửi kiến nghị";

    /// <summary>The caller as the workflow sees them, from the account read once at this request.</summary>
    public static Actor? Of(CurrentUser current) => current.Account is not { } a ? null
        : new Actor(a.Id, a.FullName, a.OrganisationName, a.Kind, a.OrganisationId, a.ProvinceCode, a.CommuneCode,
            IsHub: a.IsCoordinatingHub,
            IsAdministrator: current.IsInRole(Roles.SystemAdministrator),
            IsLeader: current.IsInRole(Roles.MinistryLeader),
            IsUnitHead: current.IsInRole(Roles.UnitHead) || current.IsInRole(Roles.DepartmentHead),
            UnitAnswersNeedApproval: a.AnswersNeedApproval);
}
