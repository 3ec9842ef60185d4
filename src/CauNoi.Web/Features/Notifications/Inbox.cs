namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// A user's notifications, as the page, the API and the badge read them: their own, and their
/// organisation's, which every member sees and reads for themself; never anyone else's.
/// </summary>
public static class Inbox
{
    public const int PageSize = 30;

    /// <summary>
    /// The unread count stops here: the badge shows "99+" past 99, and counting on would read
    /// through a unit's whole unread backlog on every page view.
    /// </summary>
    public const int UnreadCountUpTo = 100;

    /// <summary>
    /// A notification bears the time of the change that causes it and is committed with that change a
    /// moment later. "Mark all read" moves the member's mark only to this long before the click, and marks
    /// the newer ones of their organisation one by one: one committed just after the click stays unread.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    public sealed record Item(long Id, DateTime At, string Title, string? Body, string? Link, DateTime? ReadAt, bool ToOrganisation);

    /// <summary>Who reads: their organisation, and how far they last marked its notifications all read.</summary>
    public sealed record Reader(string UserId, int OrganisationId, DateTime? ReadThrough, DateTime? MarkedAt);

    public static Task<Reader?> ReaderAsync(CauNoiDb db, string userId, CancellationToken ct = default) =>
        db.Users.Where(u => u.Id == userId)
            .Select(u => new Reader(u.Id, u.OrganisationId,
                db.NotificationReadMarks.Where(m => m.UserId == u.Id).Select(m => (DateTime?)m.ReadThrough).FirstOrDefault(),
                db.NotificationReadMarks.Where(m => m.UserId == u.Id).Select(m => (DateTime?)m.ReadAt).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// A page, newest first, and how many there are (counted up to <see cref="Paging.CountUpTo"/>). Each kind
    /// gives its newest up to this page from its own index, and only those are merged: a page costs the same
    /// in a unit with years of notifications as in a new one.
    /// </summary>
    public static Task<Page<Item>> PageAsync(CauNoiDb db, Reader reader, bool unreadOnly, int? page, CancellationToken ct = default)
    {
        var (me, through, markedAt) = (reader.UserId, reader.ReadThrough, reader.MarkedAt);
        var mine = db.Notifications.Where(n => n.UserId == me);
        var ours = db.Notifications.Where(n => n.OrganisationId == reader.OrganisationId);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
            ours = UnreadOf(db, ours, me, through);
        }
        var upTo = (int)Math.Min(int.MaxValue, Math.Max(1L, page ?? 1) * PageSize);
        var items = Newest(Newest(mine).Take(upTo).Concat(Newest(ours).Take(upTo)))
            .Select(n => new Item(n.Id, n.At, n.Title, n.Body, n.Link,
                n.UserId != null ? n.ReadAt
                : n.At <= through ? markedAt
                : db.NotificationReads.Where(r => r.NotificationId == n.Id && r.UserId == me).Select(r => (DateTime?)r.ReadAt).FirstOrDefault(),
                n.OrganisationId != null));
        return Page<Item>.ReadAsync(items, mine.Concat(ours), page, PageSize, ct, Paging.CountUpTo);
    }

    private static IOrderedQueryable<Notification> Newest(IQueryable<Notification> notifications) =>
        notifications.OrderByDescending(n => n.At).ThenByDescending(n => n.Id);

    /// <summary>The organisation's notifications the member has not read: after their mark, and not read one by one.</summary>
    private static IQueryable<Notification> UnreadOf(CauNoiDb db, IQueryable<Notification> ours, string userId, DateTime? through)
    {
        if (through is { } t) ours = ours.Where(n => n.At > t);
        return ours.Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == userId));
    }

    /// <summary>
    /// The badge's count, up to <see cref="UnreadCountUpTo"/>: one query, from the user's row (their
    /// organisation and mark) to the two indexes. It reads the user's unread notifications and their
    /// organisation's since their last "mark all read", never the organisation's whole history.
    /// </summary>
    public static async Task<int> UnreadCountAsync(CauNoiDb db, string userId, CancellationToken ct = default)
    {
        var counts = await db.Users.Where(u => u.Id == userId)
            .Select(u => new
            {
                Mine = db.Notifications.Where(n => n.UserId == u.Id && n.ReadAt == null).Take(UnreadCountUpTo).Count(),
                Ours = db.Notifications
                    .Where(n => n.OrganisationId == u.OrganisationId
                        && n.At > (db.NotificationReadMarks.Where(m => m.UserId == u.Id).Select(m => (DateTime?)m.ReadThrough).FirstOrDefault() ?? DateTime.UnixEpoch)
                        && !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserId == u.Id))
                    .Take(UnreadCountUpTo).Count(),
            })
            .FirstOrDefaultAsync(ct);
        return counts is null ? 0 : Math.Min(UnreadCountUpTo, counts.Mine + counts.Ours);
    }

    /// <summary>
    /// Marks one of the user's notifications, or of their organisation's, read by them; false when they
    /// see no such notification. Reading is not a change of record, so it is written straight to the
    /// tables, outside the audit trail.
    /// </summary>
    public static async Task<bool> MarkReadAsync(CauNoiDb db, string userId, long id, DateTime at, CancellationToken ct = default)
    {
        var seen = await db.Notifications
            .Where(n => n.Id == id && (n.UserId == userId || db.Users.Any(u => u.Id == userId && u.OrganisationId == n.OrganisationId)))
            .Select(n => new { ToOrganisation = n.OrganisationId != null })
            .FirstOrDefaultAsync(ct);
        if (seen is null) return false;
        if (seen.ToOrganisation)
            // A second click at the same time finds the row there and does nothing.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "NotificationReads" ("NotificationId", "UserId", "ReadAt") VALUES ({id}, {userId}, {at}) ON CONFLICT DO NOTHING
                """, ct);
        else
            await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, at), ct);
        return true;
    }

    /// <summary>
    /// Marks everything the user sees read: their own notifications row by row, their organisation's by
    /// moving their mark (and the few newer than it, see <see cref="Settle"/>, one by one), so that the
    /// rows written do not grow with the organisation's history.
    /// </summary>
    /// <returns>How many were unread.</returns>
    public static async Task<int> MarkAllReadAsync(CauNoiDb db, string userId, DateTime at, CancellationToken ct = default)
    {
        if (await ReaderAsync(db, userId, ct) is not { } reader) return 0;
        var ours = db.Notifications.Where(n => n.OrganisationId == reader.OrganisationId);
        var marked = await UnreadOf(db, ours, userId, reader.ReadThrough).CountAsync(ct);
        marked += await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, at), ct);

        var through = at - Settle;
        if (reader.ReadThrough > through) through = reader.ReadThrough.Value;   // the mark never moves back
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationReads" ("NotificationId", "UserId", "ReadAt")
            SELECT "Id", {userId}, {at} FROM "Notifications" WHERE "OrganisationId" = {reader.OrganisationId} AND "At" > {through}
            ON CONFLICT DO NOTHING
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationReadMarks" ("UserId", "ReadThrough", "ReadAt") VALUES ({userId}, {through}, {at})
            ON CONFLICT ("UserId") DO UPDATE SET "ReadThrough" = excluded."ReadThrough", "ReadAt" = excluded."ReadAt"
            """, ct);
        // The reads the mark now covers say nothing more.
        await db.NotificationReads.Where(r => r.UserId == userId && db.Notifications.Any(n => n.Id == r.NotificationId && n.At <= through))
            .ExecuteDeleteAsync(ct);
        return marked;
    }
}
