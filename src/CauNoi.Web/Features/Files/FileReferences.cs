using System.Runtime.CompilerServices;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Web.Features.Files;

/// <summary>A stored file as a record refers to it: the record's number, the name users see, the stored name, and the size and SHA-256 recorded at upload.</summary>
public sealed record FileReference(string Record, string FileName, string StoredName, long Size, string Sha256);

public static class FileReferences
{
    /// <summary>
    /// Every stored file that a record refers to, streamed from the database in one pass. The one list of the tables that
    /// hold stored names: a record kind that gets attachments adds its query here, and the check and the backup follow.
    /// </summary>
    public static async IAsyncEnumerable<FileReference> ReadAsync(CauNoiDb db, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var recommendations = db.RecommendationAttachments.AsNoTracking()
            .Select(a => new { a.RecommendationId, a.FileName, a.StoredName, a.Size, a.Sha256 })
            .AsAsyncEnumerable().WithCancellation(ct);
        await foreach (var a in recommendations)
            yield return new(Recommendation.FormatNumber(a.RecommendationId), a.FileName, a.StoredName, a.Size, a.Sha256);
    }
}
