using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Accounts;

/// <summary>
/// A sign-in session that was signed out: its cookie, and any copy of it, opens nothing more (AccountCheck). Kept
/// until the cookie would have expired anyway.
/// </summary>
public class SignedOutSession
{
    /// <summary>The session's id, the <see cref="SessionClaim"/> its cookie carries.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTime SignedOutAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    public const string SessionClaim = "caunoi:session";
}

public class SignedOutSessionConfiguration : IEntityTypeConfiguration<SignedOutSession>
{
    public void Configure(EntityTypeBuilder<SignedOutSession> e)
    {
        e.Property(s => s.Id).HasMaxLength(40);
        e.Property(s => s.UserId).HasMaxLength(450);
        e.HasIndex(s => s.ExpiresAt);
    }
}
