namespace CauNoi.Web.Features.Notifications;

/// <summary>An in-app notification shown to one user until read.</summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTime At { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public string? Link { get; set; }
    public DateTime? ReadAt { get; set; }
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
/// That a reminder or escalation of a kind was sent for a recommendation's due date: the
/// unique key makes the second instance's attempt fail instead of sending it again.
/// </summary>
public class ReminderLog
{
    public long Id { get; set; }
    public int RecommendationId { get; set; }
    public required string Kind { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime SentAt { get; set; }
}
