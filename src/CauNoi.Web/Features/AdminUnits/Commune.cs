namespace CauNoi.Web.Features.AdminUnits;

/// <summary>One of the 3,321 commune-level units: xã, phường or đặc khu.</summary>
public class Commune : ISearchable
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public required string ProvinceCode { get; set; }
    public Province? Province { get; set; }
    public string SearchName { get; set; } = "";
    public string SearchSource => Name;
    public List<CommuneLineage> Lineage { get; set; } = [];
}
