namespace CauNoi.Web.Features.Organisations;

/// <summary>A field of work (lĩnh vực): công nghiệp, thương mại, năng lượng...</summary>
public class FieldOfWork
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The routing rule: the Ministry unit that answers recommendations of this field.</summary>
    public int? ResponsibleUnitId { get; set; }
    /// <summary>Working days allowed to answer a recommendation of this field.</summary>
    public int DefaultWorkingDays { get; set; } = DefaultDeadline;

    public const int DefaultDeadline = 15;
}
