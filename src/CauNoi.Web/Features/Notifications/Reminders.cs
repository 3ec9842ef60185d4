using CauNoi.Web.Features.Accounts;

namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Reminders before a deadline and escalations after it, for any record kind with deadlines, sent exactly once per record,
/// kind and due date however many instances run the pass: the <see cref="ReminderLog"/> row goes in first, in the
/// transaction that adds the notifications and e-mails, and its unique key lets only one of them commit.
/// </summary>
public static class Reminders
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";

    /// <summary>Logs and sends one reminder in one transaction; false when another pass already did.</summary>
    public static async Task<bool> SendOnceAsync(
        CauNoiDb db, ReminderLog log, int[] organisationIds, string[] userIds, string title, string body, string link, DateTime at, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            log.SentAt = at;
            db.ReminderLog.Add(log);
            // The unique key: a second instance waits here for the first, then fails.
            await db.SaveChangesAsync(ct);
            await Notify.OrganisationsAsync(db, organisationIds, title, body, link, at, ct);
            await Notify.UsersAsync(db, userIds, title, body, link, at, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            Telemetry.Reminded(log.Kind);
            return true;
        }
        catch (DbUpdateException)
        {
            // Rolled back when the transaction was disposed; skipped only if the key was the reason.
            db.ChangeTracker.Clear();
            if (await db.ReminderLog.AnyAsync(l => l.Record == log.Record && l.RecordId == log.RecordId && l.Kind == log.Kind && l.DueOn == log.DueOn, ct))
                return false;
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The active heads (<see cref="Roles.UnitHead"/>) of each unit: told in person once a deadline has passed.</summary>
    public static async Task<ILookup<int, string>> HeadsAsync(CauNoiDb db, List<int> units, CancellationToken ct)
    {
        var headRole = await db.Roles.Where(r => r.Name == Roles.UnitHead).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var heads = await db.Users.AsNoTracking()
            .Where(u => units.Contains(u.OrganisationId) && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == headRole))
            .Select(u => new { u.OrganisationId, u.Id })
            .ToListAsync(ct);
        return heads.ToLookup(h => h.OrganisationId, h => h.Id);
    }
}
