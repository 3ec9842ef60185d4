using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Briefs;

/// <summary>Whose brief a caller may read: their own when they lead; any leader's for an administrator or the coordinating hub.</summary>
public static class BriefLeader
{
    public static async Task<(LeaderBriefs.Leader? Leader, string? Refusal)> FindAsync(CauNoiDb db, CurrentUser current, string? userName, CancellationToken ct)
    {
        var self = current.Account;
        if (self is null) return (null, null);
        var mayReadOthers = current.IsInRole(Roles.SystemAdministrator) || self.IsCoordinatingHub;
        var asked = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
        var askedId = asked is null ? null
            : await db.Users.Where(u => u.NormalizedUserName == asked.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (asked is null || askedId == self.Id)
            return LeaderBrief.IsLeader(new[] { Roles.MinistryLeader, Roles.FocalLeader }.Where(current.IsInRole))
                ? (await LeadersAsync(db, self.Id).FirstAsync(ct), null)
                : (null, "Bản tin tuần dành cho Lãnh đạo Bộ và lãnh đạo phụ trách tỉnh.");
        if (!mayReadOthers) return (null, "Chỉ quản trị hệ thống và Cục Công Thương địa phương xem được bản tin của lãnh đạo khác.");
        return (askedId is null ? null : await LeadersAsync(db, askedId).FirstOrDefaultAsync(ct), null);
    }

    /// <summary>The account, when it is active and holds a leader's role.</summary>
    private static IQueryable<LeaderBriefs.Leader> LeadersAsync(CauNoiDb db, string id)
    {
        var roles = db.Roles.Where(r => r.Name == Roles.MinistryLeader || r.Name == Roles.FocalLeader).Select(r => r.Id);
        return db.Users.Where(u => u.Id == id && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roles.Contains(ur.RoleId)))
            .Select(u => new LeaderBriefs.Leader(u.Id, u.UserName!, u.FullName, u.JobTitle));
    }
}
