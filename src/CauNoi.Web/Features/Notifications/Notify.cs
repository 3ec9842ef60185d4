namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// Adds in-app notifications and e-mails to the outbox, to the caller's unit of work: they are
/// saved with the change that causes them, or not at all.
/// </summary>
public static class Notify
{
    /// <summary>One notification to each active user, and an e-mail to each who has an address.</summary>
    public static async Task UsersAsync(CauNoiDb db, IEnumerable<string> userIds, string title, string body, string link, DateTime at, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var users = await db.Users.Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var user in users)
            Add(db, Notification.ToUser(user.Id, at, Excerpt(title, 280), Excerpt(body, 1900), link), user.Email, body);
    }

    /// <summary>
    /// One notification to each active organisation, which every member sees in their inbox, and one
    /// e-mail to the organisation's own address if it has one: a unit of 140 officers costs two rows,
    /// not 280, and its officers are not e-mailed one by one.
    /// </summary>
    public static async Task OrganisationsAsync(CauNoiDb db, IEnumerable<int> organisationIds, string title, string body, string link, DateTime at, CancellationToken ct = default)
    {
        var ids = organisationIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id) && o.IsActive).Select(o => new { o.Id, o.Email }).ToListAsync(ct);
        foreach (var organisation in organisations)
            Add(db, Notification.ToOrganisation(organisation.Id, at, Excerpt(title, 280), Excerpt(body, 1900), link), organisation.Email, body);
    }

    /// <summary>
    /// An e-mail alone, to an address typed on a form rather than an account's (a recommendation's contact person): no
    /// inbox goes with it. Skipped when this unit of work already writes the same message to the same address.
    /// </summary>
    public static void Email(CauNoiDb db, string? to, string title, string body, string link, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(to)) return;
        var subject = Subject(title);
        if (db.OutboxEmails.Local.Any(m => m.Subject == subject && string.Equals(m.To.Trim(), to.Trim(), StringComparison.OrdinalIgnoreCase))) return;
        db.OutboxEmails.Add(new OutboxEmail { To = to.Trim(), Subject = subject, Body = body + LinkLine + link, CreatedAt = at });
    }

    private static string Subject(string title) => $"[Cầu Nối] {Excerpt(title, 280)}";

    /// <summary>Before the link that ends every e-mail's body.</summary>
    private const string LinkLine = "\n\nXem chi tiết: ";

    // A notification points to the record; a long answer or message is cut, the full text is on the page and in the e-mail.
    private static void Add(CauNoiDb db, Notification notification, string? email, string body)
    {
        db.Notifications.Add(notification);
        if (!string.IsNullOrWhiteSpace(email))
            db.OutboxEmails.Add(new OutboxEmail
            {
                To = email, Subject = Subject(notification.Title), Body = body + LinkLine + notification.Link, CreatedAt = notification.At,
            });
    }

    /// <summary>
    /// The body with its closing link made absolute, as it is sent. The body is stored with the link relative,
    /// so that e-mails still queued when the site's address changes go out with the new one.
    /// </summary>
    public static string WithAbsoluteLink(string emailBody, string? publicBaseUrl)
    {
        var at = emailBody.LastIndexOf(LinkLine, StringComparison.Ordinal);
        if (publicBaseUrl is null || at < 0) return emailBody;
        var link = at + LinkLine.Length;
        return link < emailBody.Length && emailBody[link] == '/' ? emailBody[..link] + publicBaseUrl + emailBody[link..] : emailBody;
    }

    private static string Excerpt(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
