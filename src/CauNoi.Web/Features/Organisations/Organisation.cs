namespace CauNoi.Web.Features.Organisations;

public enum OrganisationKind
{
    /// <summary>Cục, Vụ, Văn phòng, Thanh tra... of the Ministry.</summary>
    MinistryUnit = 1,
    /// <summary>Sở Công Thương of a province.</summary>
    ProvincialDepartment = 2,
    /// <summary>Phòng Kinh tế (or Kinh tế, Hạ tầng và Đô thị) of a commune.</summary>
    CommuneEconomicOffice = 3,
}

/// <summary>Every user belongs to exactly one organisation.</summary>
public class Organisation : ISearchable
{
    public int Id { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>Stable short code: "CTDP" for a Ministry unit, "SCT-01", "XA-00070".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    /// <summary>Cục Công Thương địa phương: receives, routes and follows up for the Ministry.</summary>
    public bool IsLocalAffairsHub { get; set; }
    /// <summary>A Ministry unit whose answers its leader approves before they are sent (set by administrators).</summary>
    public bool AnswersNeedApproval { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;
    public string SearchName { get; set; } = "";
    public string SearchSource => $"{Name} {ShortName} {Code}";
}
