using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Awards;

/// <summary>
/// Who sees and who keeps the selection. Rounds and published results are everyone's: every signed-in account reads the
/// rounds and the recognised products with their certificates' numbers. A nomination before its result is its province's:
/// the Ministry reads all of them, a province's department (and a focal leader) its province's, a commune its commune's.
/// A province's department runs its provincial round and puts forward its own products; the Ministry's unit for khuyến công
/// (code "DMST", resolved from the database each request) runs the regional and national rounds; an administrator both.
/// </summary>
public static class AwardScope
{
    public static IQueryable<Nomination> VisibleTo(this IQueryable<Nomination> nominations, Scope scope, Actor? actor)
    {
        if (actor is null) return nominations.Where(_ => false);
        if (scope.SeesAll || actor.IsMinistry) return nominations;
        var provinces = scope.ProvinceCodes.ToArray();
        var commune = scope.CommuneCode;
        return commune is null
            ? nominations.Where(n => n.Recognised == true || provinces.Contains(n.ProvinceCode))
            : nominations.Where(n => n.Recognised == true || n.CommuneCode == commune);
    }

    /// <summary>The organisation of the owning unit, read once per request: the same unit as khuyến công's (<see cref="Promotion.PromotionScope.OwnerCode"/>).</summary>
    public static async Task<int> OwningUnitIdAsync(CauNoiDb db, CancellationToken ct) =>
        await Promotion.PromotionScope.OwnerIdAsync(db, ct) ?? throw new InvalidOperationException($"The directory has no unit with code {Promotion.PromotionScope.OwnerCode}.");

    /// <summary>Runs the round: creates it, starts its scoring and publishes its results.</summary>
    public static bool MayRun(Actor actor, AwardLevel level, string? provinceCode, int owningUnitId) =>
        actor.Acts && (actor.IsAdministrator || (level == AwardLevel.Provincial
            ? actor is { OrganisationKind: OrganisationKind.ProvincialDepartment } && actor.ProvinceCode == provinceCode
            : actor.OrganisationId == owningUnitId));

    /// <summary>Puts a product of the province forward: its department (and an administrator).</summary>
    public static bool MayNominate(Actor actor, string provinceCode) =>
        actor.Acts && (actor.IsAdministrator || actor is { OrganisationKind: OrganisationKind.ProvincialDepartment } && actor.ProvinceCode == provinceCode);

    /// <summary>Whether the caller puts products forward at all (the form is offered to them).</summary>
    public static bool NominatesAny(Actor actor) =>
        actor.Acts && (actor.IsAdministrator || actor.OrganisationKind == OrganisationKind.ProvincialDepartment);
}
