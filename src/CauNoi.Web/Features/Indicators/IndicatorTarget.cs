using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// A target the Ministry sets for one indicator: for a province, a region or the country, for a year or one of its
/// quarters, with who set it and the document that set it. A first-class record, not a figure in disguise.
/// </summary>
public class IndicatorTarget
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    /// <summary>1 to 4 for a quarter's target; null for the year's.</summary>
    public int? Quarter { get; set; }
    /// <summary>The province it is set for; null with <see cref="Region"/> null for the country.</summary>
    public string? ProvinceCode { get; set; }
    public Region? Region { get; set; }
    public double Value { get; set; }
    /// <summary>The document that set it, in its official form: "1234/QĐ-BCT".</summary>
    public required string DocumentNumber { get; set; }
    public string? SetById { get; set; }
    public required string SetByName { get; set; }
    public DateTime SetAt { get; set; }
}
