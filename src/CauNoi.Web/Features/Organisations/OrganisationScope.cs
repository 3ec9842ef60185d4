namespace CauNoi.Web.Features.Organisations;

public static class OrganisationScope
{
    /// <summary>
    /// The scope rule over organisations: a local body sits in its province and commune; a
    /// Ministry unit is "routed to" itself. The Ministry's own structure is public to every
    /// signed-in user, so that a locality knows who answers.
    /// </summary>
    public static IQueryable<Organisation> VisibleTo(this IQueryable<Organisation> query, Scope scope, bool includeMinistryUnits = true)
    {
        var rule = scope.Rule<Organisation>(o => o.ProvinceCode, o => o.CommuneCode,
            o => o.Kind == OrganisationKind.MinistryUnit ? o.Id : null);
        var visible = query.Where(rule);
        return includeMinistryUnits
            ? query.Where(o => o.Kind == OrganisationKind.MinistryUnit).Union(visible)
            : visible;
    }
}
