using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Meetings;
using CauNoi.Web.Features.Promotion;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// A stored file as a record refers to it: which record (its kind's prefix and id), the name users see, the stored
/// name, and the size and SHA-256 recorded when it was received.
/// </summary>
public sealed class FileReference
{
    public required string RecordPrefix { get; init; }
    public required int RecordId { get; init; }
    public required string FileName { get; init; }
    public required string StoredName { get; init; }
    public required long Size { get; init; }
    public required string Sha256 { get; init; }

    /// <summary>The record's number as users know it, e.g. KN000123.</summary>
    public string Record => $"{RecordPrefix}{RecordId:D6}";
}

/// <summary>
/// Every stored file that a row refers to. The one place that names the tables holding stored names: a record kind
/// that gets attachments adds its table here (with Concat), and the orphan sweep, the file check, the backup and the
/// copy to S3 see its files from then on.
/// </summary>
public static class FileReferences
{
    public static IQueryable<FileReference> All(CauNoiDb db) =>
        db.RecommendationAttachments.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = Recommendation.NumberPrefix, RecordId = a.RecommendationId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        })
        .Concat(db.TaskFiles.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = WorkTask.NumberPrefix, RecordId = a.TaskId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        }))
        .Concat(db.DocumentFiles.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = SourceDocument.NumberPrefix, RecordId = a.DocumentId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        }))
        .Concat(db.MeetingFiles.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = Meeting.NumberPrefix, RecordId = a.MeetingId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        }))
        .Concat(db.ProposalFiles.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = PromotionProposal.NumberPrefix, RecordId = a.ProposalId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        }))
        .Concat(db.NominationFiles.AsNoTracking().Select(a => new FileReference
        {
            RecordPrefix = Nomination.NumberPrefix, RecordId = a.NominationId,
            FileName = a.FileName, StoredName = a.StoredName, Size = a.Size, Sha256 = a.Sha256,
        }));
}
