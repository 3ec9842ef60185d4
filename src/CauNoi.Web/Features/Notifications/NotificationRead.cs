namespace CauNoi.Web.Features.Notifications;

/// <summary>That one member has read one of their organisation's notifications.</summary>
public class NotificationRead
{
    public long NotificationId { get; set; }
    public required string UserId { get; set; }
    public DateTime ReadAt { get; set; }
}

/// <summary>
/// A member's "mark all read": every notification of their organisation made at or before
/// <see cref="ReadThrough"/> counts as read by them. It stands for all the rows that would
/// otherwise be written, and it bounds what the unread count reads to the notifications since.
/// </summary>
public class NotificationReadMark
{
    public required string UserId { get; set; }
    public DateTime ReadThrough { get; set; }
    /// <summary>When the user marked them read.</summary>
    public DateTime ReadAt { get; set; }
}
