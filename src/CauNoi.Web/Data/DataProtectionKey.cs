namespace CauNoi.Web.Data;

/// <summary>A data-protection key kept in the database so that every app instance signs cookies and tokens alike.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
