namespace CauNoi.Web.Features.Organisations;

/// <summary>A field of work (lĩnh vực): công nghiệp, thương mại, năng lượng...</summary>
public class FieldOfWork
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
