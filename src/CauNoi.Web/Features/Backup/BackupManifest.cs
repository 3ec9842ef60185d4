using System.Text.Json;

namespace CauNoi.Web.Features.Backup;

/// <summary>
/// manifest.json beside a backup: what was backed up, from where, when, and what it holds, so that an operator (or a
/// restore test) can tell a complete backup from an incomplete one without opening the database.
/// </summary>
public sealed record BackupManifest(
    DateTime StartedAtUtc, DateTime FinishedAtUtc, string SourceDatabase, string SourceFiles,
    string Database, long DatabaseBytes, BackupManifest.Contents Holds,
    string Attachments, long AttachmentsReferenced, long AttachmentsCopied, long AttachmentBytes,
    long AttachmentsMissing, long AttachmentsAltered, long AttachmentsUnreadable, bool Complete)
{
    public const string FileName = "manifest.json";

    /// <summary>What the snapshot holds: its schema's last migration (an application of that version or later opens it) and its records.</summary>
    public sealed record Contents(string? SchemaMigration, long Recommendations);

    public static string PathIn(string dir) => Path.Combine(dir, FileName);

    public static async Task<Contents> ContentsAsync(CauNoiDb db, CancellationToken ct) => new(
        (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault(),
        await db.Recommendations.LongCountAsync(ct));

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task WriteAsync(string dir, BackupManifest manifest, CancellationToken ct)
    {
        await using var file = File.Create(PathIn(dir));
        await JsonSerializer.SerializeAsync(file, manifest, Json, ct);
    }

    public static async Task<BackupManifest?> ReadAsync(string dir, CancellationToken ct = default)
    {
        await using var file = File.OpenRead(PathIn(dir));
        return await JsonSerializer.DeserializeAsync<BackupManifest>(file, Json, ct);
    }
}
