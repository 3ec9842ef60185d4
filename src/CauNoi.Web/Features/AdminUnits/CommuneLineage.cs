namespace CauNoi.Web.Features.AdminUnits;

/// <summary>
/// One row of the statistics office's former-to-new conversion table: a former commune
/// (and its former district and province) that went, whole or in part, into a new commune.
/// </summary>
public class CommuneLineage : ISearchable
{
    public int Id { get; set; }
    public required string CommuneCode { get; set; }
    public Commune? Commune { get; set; }
    /// <summary>Empty for the few rows without a former commune (island districts).</summary>
    public string? FormerCommuneCode { get; set; }
    public string? FormerCommuneName { get; set; }
    public string? FormerDistrictCode { get; set; }
    public string? FormerDistrictName { get; set; }
    public required string FormerProvinceCode { get; set; }
    public required string FormerProvinceName { get; set; }
    /// <summary>True when only part of the former unit went into this commune.</summary>
    public bool IsPartial { get; set; }
    /// <summary>The statistics office's own words ("Nhập toàn bộ", "Nhập một phần", ...).</summary>
    public string? Note { get; set; }
    public string SearchName { get; set; } = "";
    public string SearchSource => $"{FormerCommuneName} {FormerDistrictName} {FormerProvinceName}";
}
