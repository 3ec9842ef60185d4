namespace CauNoi.Web.Features.AdminUnits;

/// <summary>One of the 63 provinces before 1 July 2025; each merged whole into a new one.</summary>
public class FormerProvince : ISearchable
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NewProvinceCode { get; set; }
    public Province? NewProvince { get; set; }
    public string SearchName { get; set; } = "";
    public string SearchSource => Name;
}
