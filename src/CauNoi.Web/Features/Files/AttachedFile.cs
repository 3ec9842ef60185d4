namespace CauNoi.Web.Features.Files;

/// <summary>
/// A file attached to a record, kept in the <see cref="IFileStore"/> under a generated name, as a record's row holds it. Each record kind that
/// takes files has its own table of them (a subclass naming its record), so that every file row has a foreign key;
/// <see cref="FileReferences"/> lists them all for the sweep, the check, the backup and the copy to S3.
/// </summary>
public abstract class AttachedFile
{
    public Guid Id { get; set; }
    /// <summary>The uploader's file name, cleaned; shown and offered on download, never used as a path.</summary>
    public string FileName { get; set; } = "";
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string? UploadedById { get; set; }
    public string UploadedByName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>A stored file as pages and the API show it.</summary>
public sealed record FileView(Guid Id, string FileName, string ContentType, long Size, string UploadedByName, DateTime At)
{
    public static FileView Of(AttachedFile f) => new(f.Id, f.FileName, f.ContentType, f.Size, f.UploadedByName, f.At);
}
