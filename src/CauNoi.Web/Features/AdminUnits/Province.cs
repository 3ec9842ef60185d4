namespace CauNoi.Web.Features.AdminUnits;

/// <summary>One of the 34 provincial-level units in force since 1 July 2025.</summary>
public class Province : ISearchable
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>"tỉnh" or "thành phố trực thuộc trung ương".</summary>
    public required string Type { get; set; }
    public string SearchName { get; set; } = "";
    public string SearchSource => Name;
    public List<Commune> Communes { get; set; } = [];
    public List<FormerProvince> FormerProvinces { get; set; } = [];
}
