using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Tasks;

/// <summary>The units a task can be led by, as the pages' select lists offer them: the Ministry's units, then the provinces' departments.</summary>
public static class TaskUnits
{
    public sealed record Unit(int Id, string Name, bool IsMinistry);

    /// <summary>Every active unit that may lead a task; for a province's officer, <paramref name="onlyId"/> narrows it to their own.</summary>
    public static async Task<IReadOnlyList<Unit>> LeadingAsync(CauNoiDb db, int? onlyId = null, CancellationToken ct = default)
    {
        var units = await db.Organisations
            .Where(o => o.IsActive && (o.Kind == OrganisationKind.MinistryUnit || o.Kind == OrganisationKind.ProvincialDepartment))
            .Where(o => onlyId == null || o.Id == onlyId)
            .Select(o => new Unit(o.Id, o.Name, o.Kind == OrganisationKind.MinistryUnit)).ToListAsync(ct);
        return [.. units.OrderBy(u => u.IsMinistry ? 0 : 1).ThenBy(u => u.Name, VietnameseText.Order)];
    }

    /// <summary>Whether the caller may see the tasks register at all: every signed-in account but a commune's.</summary>
    public static bool SeesTasks(Actor? actor) => actor is not null && actor.OrganisationKind != OrganisationKind.CommuneEconomicOffice;
}
