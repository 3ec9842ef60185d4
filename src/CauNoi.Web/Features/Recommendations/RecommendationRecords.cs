namespace CauNoi.Web.Features.Recommendations;

/// <summary>One step of a recommendation's history: who did what, when, from which state to which.</summary>
public class RecommendationEvent
{
    public long Id { get; set; }
    public int RecommendationId { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string ActorOrganisation { get; set; }
    public required string Action { get; set; }
    public RecommendationStatus? FromStatus { get; set; }
    public RecommendationStatus ToStatus { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A message in the thread between the locality and the Ministry unit.</summary>
public class RecommendationMessage
{
    public long Id { get; set; }
    public int RecommendationId { get; set; }
    public DateTime At { get; set; }
    public string? AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string AuthorOrganisation { get; set; }
    public bool FromMinistry { get; set; }
    public required string Text { get; set; }
}

/// <summary>A file attached to a recommendation, stored outside the web root under a generated name.</summary>
public class RecommendationAttachment
{
    public Guid Id { get; set; }
    public int RecommendationId { get; set; }
    /// <summary>The uploader's file name, cleaned; shown and offered on download, never used as a path.</summary>
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public string? UploadedById { get; set; }
    public required string UploadedByName { get; set; }
    public DateTime At { get; set; }
}

/// <summary>Recommendations that raise the same obstacle, answered once for all.</summary>
public class RecommendationGroup
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public string? Answer { get; set; }
    public DateTime? AnsweredAt { get; set; }
}
