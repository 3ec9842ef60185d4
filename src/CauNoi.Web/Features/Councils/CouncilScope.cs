namespace CauNoi.Web.Features.Councils;

/// <summary>
/// Who reads a council and who keeps it. Every Ministry account reads every council (both programmes are the Ministry's);
/// the running organisation reads its own; each member reads the councils they sit on; a province's department (and a
/// focal leader, through <see cref="Scope.ProvinceCodes"/>) reads its province's councils. A council out of scope is "not
/// found". The running organisation's officers keep it (<see cref="Actor.Acts"/>), and administrators; keeping never
/// includes reading a member's points before the council closes (<see cref="CouncilResults"/>).
/// </summary>
public static class CouncilScope
{
    public static IQueryable<Council> VisibleTo(this IQueryable<Council> councils, Scope scope, Actor? actor)
    {
        if (actor is null) return councils.Where(_ => false);
        if (scope.SeesAll || actor.IsMinistry) return councils;
        var provinces = scope.ProvinceCodes.ToArray();
        var organisation = actor.OrganisationId;
        var user = actor.UserId;
        return councils.Where(c => c.OrganisationId == organisation
            || (c.ProvinceCode != null && provinces.Contains(c.ProvinceCode))
            || c.Members.Any(m => m.UserId == user));
    }

    /// <summary>Keeps the council: its members, criteria and rules while it is open, and closes it.</summary>
    public static bool MayKeep(Actor actor, Council council) =>
        actor.Acts && (actor.IsAdministrator || actor.OrganisationId == council.OrganisationId);

    /// <summary>The caller's seat on the council, if they have one: they score only through it.</summary>
    public static CouncilMember? SeatOf(Actor actor, Council council) => council.Members.FirstOrDefault(m => m.UserId == actor.UserId);

    /// <summary>
    /// Why a member may not score an entry, or null when they may: a declared conflict of interest, or an entry of their own
    /// province in a council above provincial level (in a provincial council every entry is of the member's province).
    /// </summary>
    public static string? WhyNotScoring(Council council, CouncilMember member, CouncilEntry entry) =>
        council.Conflicts.Any(c => c.MemberId == member.Id && c.EntryId == entry.Id)
            ? "Bạn đã khai báo xung đột lợi ích với hồ sơ này nên không chấm điểm hồ sơ này."
        : council.ProvinceCode is null && member.ProvinceCode is not null && member.ProvinceCode == entry.ProvinceCode
            ? "Hồ sơ thuộc tỉnh, thành phố nơi bạn công tác: thành viên hội đồng cấp trên tỉnh không chấm điểm hồ sơ của tỉnh mình."
        : null;
}
