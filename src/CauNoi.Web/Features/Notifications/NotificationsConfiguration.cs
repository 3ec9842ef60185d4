using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Notifications;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.Property(n => n.Title).HasMaxLength(300);
        e.Property(n => n.Body).HasMaxLength(2000);
        e.Property(n => n.Link).HasMaxLength(300);
        e.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.ToTable(t => t.HasCheckConstraint("CK_Notifications_OneRecipient", """("UserId" IS NULL) <> ("OrganisationId" IS NULL)"""));
        // A user's unread ones (the badge, the unread list), all of theirs newest first, and an organisation's newest first.
        e.HasIndex(n => new { n.UserId, n.ReadAt, n.At });
        e.HasIndex(n => new { n.UserId, n.At });
        e.HasIndex(n => new { n.OrganisationId, n.At });
    }
}

public class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationRead>
{
    public void Configure(EntityTypeBuilder<NotificationRead> e)
    {
        e.HasKey(r => new { r.NotificationId, r.UserId });
        e.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class NotificationReadMarkConfiguration : IEntityTypeConfiguration<NotificationReadMark>
{
    public void Configure(EntityTypeBuilder<NotificationReadMark> e)
    {
        e.HasKey(m => m.UserId);
        e.HasOne<AppUser>().WithOne().HasForeignKey<NotificationReadMark>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
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

public class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> e)
    {
        e.ToTable("ReminderLog");
        e.Property(r => r.Kind).HasMaxLength(20);
        e.Property(r => r.Record).HasMaxLength(4);
        // Any record kind's: no foreign key (records are never deleted; the log outlives nothing it names).
        e.HasIndex(r => new { r.Record, r.RecordId, r.Kind, r.DueOn }).IsUnique();
    }
}
