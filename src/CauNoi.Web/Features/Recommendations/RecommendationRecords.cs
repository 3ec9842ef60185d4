using CauNoi.Web.Features.Files;
using CauNoi.Web.Shared.Records;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>One step of a recommendation's history, with the states it moved between.</summary>
public class RecommendationEvent : RecordEvent
{
    public int RecommendationId { get; set; }
    public RecommendationStatus? FromStatus { get; set; }
    public RecommendationStatus ToStatus { get; set; }
}

/// <summary>A message in the thread between the locality and the Ministry unit.</summary>
public class RecommendationMessage : RecordMessage
{
    public int RecommendationId { get; set; }
    public bool FromMinistry { get; set; }
}

/// <summary>A file attached to a recommendation.</summary>
public class RecommendationAttachment : AttachedFile
{
    public int RecommendationId { get; set; }
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
