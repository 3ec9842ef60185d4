namespace CauNoi.Web.Features.Files;

/// <summary>
/// Every stored file that a row refers to, with the SHA-256 recorded for it when it was received. The one place that
/// names the tables holding stored names: a record kind that gets attachments adds its table here (with Concat), and
/// the orphan sweep and the file commands see its files from then on.
/// </summary>
public static class FileReferences
{
    public sealed class Reference
    {
        public required string StoredName { get; init; }
        public required string Sha256 { get; init; }
    }

    public static IQueryable<Reference> All(CauNoiDb db) =>
        db.RecommendationAttachments.Select(a => new Reference { StoredName = a.StoredName, Sha256 = a.Sha256 });
}
