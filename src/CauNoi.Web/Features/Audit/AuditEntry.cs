namespace CauNoi.Web.Features.Audit;

/// <summary>One change to a business record; written in the same transaction as the change, never updated.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
}
