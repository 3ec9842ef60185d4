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

    /// <summary>A record due, and whom to tell: its units (one notification each) and people (in person).</summary>
    public sealed record Due(int Id, DateOnly DueOn, int[] Units, string[] People, string Title, string Body, string Link);

    /// <summary>Where a page of due records ends, for the next page to start after it (by deadline, then id).</summary>
    public readonly record struct After(DateOnly DueOn, int Id);

    /// <summary>
    /// Tells every record a record kind's <paramref name="page"/> reads (due records not yet told of this kind, by deadline
    /// then id, after the cursor), a page at a time, each exactly once. Returns how many were told by this pass.
    /// </summary>
    public static async Task<int> PassAsync(
        CauNoiDb db, TimeProvider clock, string record, string kind, int pageSize,
        Func<After?, int, CancellationToken, Task<IReadOnlyList<Due>>> page, CancellationToken ct)
    {
        var sent = 0;
        After? after = null;
        while (true)
        {
            var due = await page(after, pageSize, ct);
            foreach (var r in due)
            {
                var log = new ReminderLog { Record = record, RecordId = r.Id, Kind = kind, DueOn = r.DueOn };
                if (await SendOnceAsync(db, log, r.Units, r.People, r.Title, r.Body, r.Link, clock.GetUtcNow().UtcDateTime, ct)) sent++;
            }
            if (due.Count < pageSize) return sent;
            after = new After(due[^1].DueOn, due[^1].Id);
        }
    }

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

    /// <summary>
    /// The active heads of each unit, told in person once a deadline has passed: a Ministry unit's (<see cref="Roles.UnitHead"/>)
    /// and a province department's (<see cref="Roles.DepartmentHead"/>).
    /// </summary>
    public static async Task<ILookup<int, string>> HeadsAsync(CauNoiDb db, List<int> units, CancellationToken ct)
    {
        var headRoles = await db.Roles.Where(r => r.Name == Roles.UnitHead || r.Name == Roles.DepartmentHead).Select(r => r.Id).ToListAsync(ct);
        var heads = await db.Users.AsNoTracking()
            .Where(u => units.Contains(u.OrganisationId) && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && headRoles.Contains(ur.RoleId)))
            .Select(u => new { u.OrganisationId, u.Id })
            .ToListAsync(ct);
        return heads.ToLookup(h => h.OrganisationId, h => h.Id);
    }
}
