using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Awards;

/// <summary>The four product groups of the selection (Thông tư 35/2010/TT-BCT).</summary>
public enum ProductGroup { Handicraft = 1, ProcessedFood = 2, ToolsAndMachinery = 3, Other = 4 }

/// <summary>
/// A product or product set put forward in a round: its group, the facility that makes it, its documents and photos.
/// Above the provincial level it names the nomination that was recognised in the round below, so that a province only
/// puts forward what passed its own round and the product's history reads level by level, year by year. Recognition
/// and the certificate are set when the round closes, from its council's frozen results.
/// </summary>
public class Nomination : ISearchable
{
    public const string NumberPrefix = "SP";

    public int Id { get; set; }
    public int RoundId { get; set; }
    /// <summary>The province that puts it forward (today's).</summary>
    public required string ProvinceCode { get; set; }
    /// <summary>The province before 1/7/2025, for a nomination of a round before the merger.</summary>
    public string? FormerProvinceCode { get; set; }
    public required string ProductName { get; set; }
    public bool IsProductSet { get; set; }
    public ProductGroup Group { get; set; }
    public required string FacilityName { get; set; }
    public string? FacilityTaxCode { get; set; }
    public string? FacilityAddress { get; set; }
    public string? CommuneCode { get; set; }
    public string? Description { get; set; }
    /// <summary>The same product's recognised nomination in the round below; none at provincial level.</summary>
    public int? PreviousNominationId { get; set; }
    /// <summary>Set when the round closes: recognised or not.</summary>
    public bool? Recognised { get; set; }
    public int? CertificateSeq { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public string SearchName { get; set; } = "";
    public string SearchSource => $"{ProductName} {FacilityName}";

    public List<NominationFile> Files { get; set; } = [];
}

/// <summary>A nomination's document or photo, checked by its content like every attachment.</summary>
public class NominationFile : AttachedFile
{
    public int NominationId { get; set; }
}
