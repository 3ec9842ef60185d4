namespace CauNoi.Web.Features.Notifications;

/// <summary>
/// An in-app notification addressed to one user, or to an organisation and then seen by all its
/// members (one row, however many they are): exactly one of <see cref="UserId"/> and
/// <see cref="OrganisationId"/> is set, which the two ways of making one ensure (and a CHECK in the database).
/// </summary>
public class Notification
{
    private Notification() { }

    public static Notification ToUser(string userId, DateTime at, string title, string? body, string? link) =>
        new() { UserId = userId, At = at, Title = title, Body = body, Link = link };

    public static Notification ToOrganisation(int organisationId, DateTime at, string title, string? body, string? link) =>
        new() { OrganisationId = organisationId, At = at, Title = title, Body = body, Link = link };

    public long Id { get; private set; }
    public string? UserId { get; private set; }
    public int? OrganisationId { get; private set; }
    public DateTime At { get; private set; }
    public string Title { get; private set; } = "";
    public string? Body { get; private set; }
    public string? Link { get; private set; }
    /// <summary>When the user read it; an organisation's notification is read per member (<see cref="NotificationRead"/>).</summary>
    public DateTime? ReadAt { get; private set; }
}

/// <summary>
/// An e-mail waiting to be sent. Written in the same transaction as the change that causes it,
/// sent by a background loop that claims each row before sending, so no instance sends it twice.
/// </summary>
public class OutboxEmail
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Claimed by one instance until this time; another may retry after it.</summary>
    public DateTime? LockedUntil { get; set; }
}

/// <summary>
/// That a reminder or escalation of a kind was sent for a record's due date: the unique key makes the second
/// instance's attempt fail instead of sending it again (<see cref="Reminders"/>).
/// </summary>
public class ReminderLog
{
    public long Id { get; set; }
    /// <summary>The record's kind, as its number's prefix: "KN" for a recommendation, "NV" for a task.</summary>
    public required string Record { get; set; }
    public int RecordId { get; set; }
    public required string Kind { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime SentAt { get; set; }
}
