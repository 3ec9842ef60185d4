namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Adds an in-app notification and, where the user has an address, an e-mail to the outbox,
/// to the caller's unit of work: they are saved with the change that causes them, or not at all.
/// </summary>
public static class Notify
{
    public static async Task UsersAsync(CauNoiDb db, IEnumerable<string> userIds, string title, string body, string link, DateTime at, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var users = await db.Users.Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        // A notification points to the record; a long answer or message is cut, the full text is on the page.
        var shortTitle = Excerpt(title, 280);
        var shortBody = Excerpt(body, 1900);
        foreach (var user in users)
        {
            db.Notifications.Add(new Notification { UserId = user.Id, At = at, Title = shortTitle, Body = shortBody, Link = link });
            if (!string.IsNullOrWhiteSpace(user.Email))
                db.OutboxEmails.Add(new OutboxEmail { To = user.Email, Subject = $"[Cầu Nối] {shortTitle}", Body = $"{body}\n\nXem chi tiết: {link}", CreatedAt = at });
        }
    }

    private static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    /// <summary>Everyone working in the given organisations.</summary>
    public static async Task OrganisationsAsync(CauNoiDb db, IEnumerable<int> organisationIds, string title, string body, string link, DateTime at, CancellationToken ct = default)
    {
        var orgs = organisationIds.Distinct().ToList();
        var users = await db.Users.Where(u => orgs.Contains(u.OrganisationId) && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        await UsersAsync(db, users, title, body, link, at, ct);
    }
}
