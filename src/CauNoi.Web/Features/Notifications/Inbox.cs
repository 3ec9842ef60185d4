namespace CauNoi.Web.Features.Notifications;

/// <summary>A user's own notifications, as the page, the API and the badge read them: never anyone else's.</summary>
public static class Inbox
{
    public const int PageSize = 30;

    public sealed record Item(long Id, DateTime At, string Title, string? Body, string? Link, DateTime? ReadAt);

    public static IQueryable<Item> Of(CauNoiDb db, string userId, bool unreadOnly)
    {
        var query = db.Notifications.Where(n => n.UserId == userId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        return query.OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Select(n => new Item(n.Id, n.At, n.Title, n.Body, n.Link, n.ReadAt));
    }

    /// <summary>One COUNT on the (UserId, ReadAt, At) index.</summary>
    public static Task<int> UnreadCountAsync(CauNoiDb db, string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>
    /// Marks the user's notification read; false when they have no such notification. Reading is
    /// not a change of record, so it is written straight to the table, outside the audit trail.
    /// </summary>
    public static async Task<bool> MarkReadAsync(CauNoiDb db, string userId, long id, DateTime at, CancellationToken ct = default)
    {
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, ct)) return false;
        await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, at), ct);
        return true;
    }

    /// <returns>How many were unread.</returns>
    public static Task<int> MarkAllReadAsync(CauNoiDb db, string userId, DateTime at, CancellationToken ct = default) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, at), ct);
}
