using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The caller as khuyến công sees them: the account, and the id of the programme's owning unit (Cục Đổi mới sáng tạo,
/// Chuyển đổi xanh và Khuyến công, code "DMST"), read from the database once per request.
/// </summary>
public sealed record PromotionActor(Actor Actor, int? OwnerId)
{
    public bool IsOwner => OwnerId is { } owner && Actor.OrganisationId == owner;

    public static async Task<PromotionActor?> OfAsync(CauNoiDb db, CurrentUser current, CancellationToken ct = default) =>
        Actor.Of(current) is { } actor ? new PromotionActor(actor, await PromotionScope.OwnerIdAsync(db, ct)) : null;
}

/// <summary>
/// Who reads and who keeps khuyến công records. Every Ministry account reads both plans and every proposal; a province's
/// department (and a focal leader, through the scope's provinces) reads the national plans, its province's local plans
/// and its province's proposals; a commune's office reads the proposals in its commune (and the plans they sit in). The
/// owning unit DMST keeps the national plan and decides its proposals; a province's department keeps its local plans,
/// registers its province's proposals into either plan, runs their base-level appraisal, reports their progress and
/// decides its local plan's proposals. Leaders read only; administrators may do everything.
/// </summary>
public static class PromotionScope
{
    public const string OwnerCode = "DMST";

    /// <summary>The owning unit's organisation id, by its code; none when the directory has no such unit.</summary>
    public static Task<int?> OwnerIdAsync(CauNoiDb db, CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Code == OwnerCode).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);

    public static IQueryable<PromotionPlan> VisibleTo(this IQueryable<PromotionPlan> plans, Scope scope, Actor? actor)
    {
        if (actor is null) return plans.Where(_ => false);
        if (scope.SeesAll || actor.IsMinistry) return plans;
        var provinces = scope.ProvinceCodes.ToArray();
        if (scope.CommuneCode is { } commune)
        {
            var province = actor.ProvinceCode;
            return plans.Where(p => p.Kind == PlanKind.National || p.ProvinceCode == province);
        }
        return plans.Where(p => p.Kind == PlanKind.National || provinces.Contains(p.ProvinceCode!));
    }

    public static IQueryable<PromotionProposal> VisibleTo(this IQueryable<PromotionProposal> proposals, Scope scope, Actor? actor)
    {
        if (actor is null) return proposals.Where(_ => false);
        if (scope.SeesAll || actor.IsMinistry) return proposals;
        if (scope.CommuneCode is { } commune) return proposals.Where(p => p.CommuneCode == commune);
        var provinces = scope.ProvinceCodes.ToArray();
        return proposals.Where(p => provinces.Contains(p.ProvinceCode!));
    }

    /// <summary>Keeps the plan: DMST the national plan, a province's department its own local plan.</summary>
    public static bool MayKeepPlan(PromotionActor caller, PlanKind kind, string? provinceCode) =>
        caller.Actor.Acts && (caller.Actor.IsAdministrator
            || kind == PlanKind.National && caller.IsOwner
            || kind == PlanKind.Local && IsDepartmentOf(caller.Actor, provinceCode));

    /// <summary>Registers, appraises and reports on a proposal of this province: its department; DMST for a proposal without a province.</summary>
    public static bool MayRegister(PromotionActor caller, string? provinceCode) =>
        caller.Actor.Acts && (caller.Actor.IsAdministrator
            || provinceCode is null && caller.IsOwner
            || provinceCode is not null && IsDepartmentOf(caller.Actor, provinceCode));

    /// <summary>May keep some plan or register some proposal: offered the forms to create one.</summary>
    public static bool KeepsAny(PromotionActor caller) =>
        caller.Actor.Acts && (caller.Actor.IsAdministrator || caller.IsOwner || caller.Actor.OrganisationKind == OrganisationKind.ProvincialDepartment);

    private static bool IsDepartmentOf(Actor actor, string? provinceCode) =>
        provinceCode is not null && actor.OrganisationKind == OrganisationKind.ProvincialDepartment && actor.ProvinceCode == provinceCode;
}
