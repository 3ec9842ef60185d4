using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The clusters on a map: each province's tile (the indicators' tile map) coloured by its average occupancy or by its
/// operating clusters, from the national statistics; and the clusters with coordinates the caller may see, as points on
/// a plain drawing of Vietnam's latitudes and longitudes. The list view holds the same figures as tables, without script.
/// </summary>
public class MapPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public const string ByOccupancy = "lap-day", ByOperating = "hoat-dong", ListView = "danh-sach";

    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "to-mau")] public string? Colour { get; set; }
    [BindProperty(SupportsGet = true, Name = "xem")] public string? View { get; set; }

    public ClusterStatistics? Statistics { get; private set; }
    public IReadOnlyList<ClusterPoint> Points { get; private set; } = [];
    public string? Refusal { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool ShowsOperating => Colour == ByOperating;
    public bool ShowsList => View == ListView;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = VietnamTime.Today(clock);
        Years = [.. Enumerable.Range(ClusterStatistics.FirstYear, today.Year - ClusterStatistics.FirstYear + 1).Reverse()];
        Year ??= ClusterStatistics.LastCompleteYear(today);
        if ((Refusal = ClusterStatistics.Refusal(Year.Value, today)) is not null) return;
        Statistics = await ClusterStatistics.ReadAsync(db, Year.Value, null, ct);
        var provinces = Statistics.Provinces.ToDictionary(p => p.Code, p => p.Name);
        var points = await db.Clusters.AsNoTracking().VisibleTo(await current.ScopeAsync(ct), Actor.Of(current))
            .Where(c => c.Latitude != null && c.Longitude != null)
            .Select(c => new ClusterPoint(c.Id, c.Code, c.Name, c.ProvinceCode, "", c.Stage, c.Latitude!.Value, c.Longitude!.Value))
            .ToListAsync(ct);
        Points = [.. points.Select(p => p with { ProvinceName = provinces.GetValueOrDefault(p.ProvinceCode, p.ProvinceCode) })
            .OrderBy(p => p.ProvinceCode, StringComparer.Ordinal).ThenBy(p => p.Name, VietnameseText.Order)];
    }

    /// <summary>The figure a province's tile is coloured by.</summary>
    public double? ValueOf(ClusterStatistics.Line l) => ShowsOperating ? l.Operating : (double?)l.Occupancy;

    public string Shown(ClusterStatistics.Line l) => ShowsOperating ? Display.Number(l.Operating) : l.Occupancy is { } o ? Display.Number(o, 1) + "%" : "–";
}

/// <summary>
/// A cluster with coordinates, placed on the drawing by a plain linear projection of Vietnam's bounding box (longitude
/// 102°–110° E, latitude 8°–23.5° N), <see cref="Scale"/> units a degree: near enough at this size, and it needs no map data.
/// </summary>
public sealed record ClusterPoint(int Id, string Code, string Name, string ProvinceCode, string ProvinceName, ClusterStage Stage, double Latitude, double Longitude)
{
    public const double West = 102, East = 110, South = 8, North = 23.5, Scale = 50;
    public const double Width = (East - West) * Scale, Height = (North - South) * Scale;

    public double X => Math.Round((Longitude - West) * Scale, 1);
    public double Y => Math.Round((North - Latitude) * Scale, 1);
    public bool OnTheMap => Longitude is >= West and <= East && Latitude is >= South and <= North;
}
