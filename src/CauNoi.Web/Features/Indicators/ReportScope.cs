namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Who sees a report: every Ministry account (the figures are the Ministry's to follow), a province's department the
/// reports of its province, any other organisation its own. Accepted figures are open to every signed-in user and, through
/// the open data, to anyone.
/// </summary>
public static class ReportScope
{
    public static IQueryable<FormReport> VisibleTo(this IQueryable<FormReport> reports, Scope scope, Actor? actor)
    {
        if (scope.SeesAll || actor is { IsMinistry: true }) return reports;
        if (actor is null) return reports.Where(_ => false);
        var codes = scope.ProvinceCodes.ToArray();
        var own = actor.OrganisationId;
        return reports.Where(r => r.OrganisationId == own || (codes.Length > 0 && codes.Contains(r.ProvinceCode!)));
    }

    /// <summary>May grant a lock exception on the form: its owning unit's officers, or an administrator.</summary>
    public static bool MayReopen(this Actor a, ReportForm form) => a.IsAdministrator || (a.IsMinistry && a.Acts && a.OrganisationId == form.OwningUnitId);
}
