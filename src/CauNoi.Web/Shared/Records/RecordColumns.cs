using CauNoi.Web.Features.Files;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Shared.Records;

/// <summary>The columns every record kind's history, thread and files share, sized once.</summary>
public static class RecordColumns
{
    public const int NameLength = 200, TextLength = 20_000;

    public static void HistoryColumns<T>(this EntityTypeBuilder<T> e) where T : RecordEvent
    {
        e.Property(v => v.ActorName).HasMaxLength(NameLength);
        e.Property(v => v.ActorOrganisation).HasMaxLength(NameLength);
        e.Property(v => v.Action).HasMaxLength(40);
        e.Property(v => v.Comment).HasMaxLength(TextLength);
    }

    public static void ThreadColumns<T>(this EntityTypeBuilder<T> e) where T : RecordMessage
    {
        e.Property(m => m.AuthorName).HasMaxLength(NameLength);
        e.Property(m => m.AuthorOrganisation).HasMaxLength(NameLength);
        e.Property(m => m.Text).HasMaxLength(TextLength);
    }

    /// <summary>A file's columns, and its stored name unique: the sweep and the file commands look files up by it, and each is stored for one row.</summary>
    public static void FileColumns<T>(this EntityTypeBuilder<T> e) where T : AttachedFile
    {
        e.Property(a => a.FileName).HasMaxLength(255);
        e.Property(a => a.StoredName).HasMaxLength(80);
        e.Property(a => a.ContentType).HasMaxLength(100);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.UploadedByName).HasMaxLength(NameLength);
        e.HasIndex(a => a.StoredName).IsUnique();
    }
}
