namespace CauNoi.Tests.Features.Notifications;

/// <summary>A clock that stays where the test puts it, so "today" cannot change under a test at midnight.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
