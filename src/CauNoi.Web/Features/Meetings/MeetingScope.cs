namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// Who sees a meeting. The conferences and missions are the Ministry's own: every Ministry account sees them all (a focal
/// leader's view narrows to the missions to their provinces by a filter, not by the rule). A province's department sees
/// the meetings it takes part in; a commune none.
/// </summary>
public static class MeetingScope
{
    public static IQueryable<Meeting> VisibleTo(this IQueryable<Meeting> meetings, Scope scope, Actor? actor)
    {
        if (scope.SeesAll || actor is { IsMinistry: true }) return meetings;
        if (actor is not { OrganisationKind: Organisations.OrganisationKind.ProvincialDepartment, ProvinceCode: { } province }) return meetings.Where(_ => false);
        return meetings.Where(m => m.Provinces.Any(p => p.ProvinceCode == province));
    }

    /// <summary>Who records meetings, their participants, documents and findings, and links what they produced: the Ministry's accounts.</summary>
    public static bool MayOrganise(Actor actor) => actor.IsMinistry || actor.IsAdministrator;
}
