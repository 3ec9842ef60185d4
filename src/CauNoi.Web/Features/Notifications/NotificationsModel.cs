using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Notifications;

public class NotificationModel : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.Property(n => n.Title).HasMaxLength(300);
        e.Property(n => n.Body).HasMaxLength(2000);
        e.Property(n => n.Link).HasMaxLength(300);
        e.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(n => new { n.UserId, n.ReadAt, n.At });
    }
}

public class OutboxEmailModel : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> e)
    {
        e.ToTable("OutboxEmails");
        e.Property(m => m.To).HasMaxLength(256);
        e.Property(m => m.Subject).HasMaxLength(300);
        e.Property(m => m.LastError).HasMaxLength(2000);
        e.HasIndex(m => new { m.SentAt, m.LockedUntil });
    }
}

public class ReminderLogModel : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> e)
    {
        e.ToTable("ReminderLog");
        e.Property(r => r.Kind).HasMaxLength(20);
        e.HasOne<Recommendation>().WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.RecommendationId, r.Kind, r.DueOn }).IsUnique();
    }
}
