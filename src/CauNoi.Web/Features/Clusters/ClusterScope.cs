using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// Who sees and who keeps the registry. It is the nation's: every Ministry account reads all of it; a province's
/// department its province's clusters; a commune's office the clusters in its commune; a focal leader the provinces
/// they follow. The province's department keeps its own clusters (it records the decisions of the provincial People's
/// Committee, Nghị định 32/2024/NĐ-CP); Cục Công Thương địa phương, which manages clusters nationally, keeps them all.
/// </summary>
public static class ClusterScope
{
    public static IQueryable<Cluster> VisibleTo(this IQueryable<Cluster> clusters, Scope scope, Actor? actor)
    {
        if (scope.SeesAll || actor is { IsMinistry: true }) return clusters;
        var provinces = scope.ProvinceCodes.ToArray();
        var commune = scope.CommuneCode;
        return commune is null
            ? clusters.Where(c => provinces.Contains(c.ProvinceCode))
            : clusters.Where(c => c.Locations.Any(l => l.CommuneCode == commune));
    }

    /// <summary>Keeps the cluster's record: adds, edits, records its decisions, projects, infrastructure and inspections.</summary>
    public static bool MayKeep(Actor actor, string provinceCode) =>
        actor.Acts && (actor.IsAdministrator || actor.IsHub
            || actor is { OrganisationKind: OrganisationKind.ProvincialDepartment } && actor.ProvinceCode == provinceCode);
}
