namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// Where the demo registry puts its clusters: the 63 former provinces, each with a weight (how many clusters it holds
/// compared with the others: many in the Red River delta and the north-central provinces, few in the mountains and the
/// Mekong delta, as the Department's yearly reports describe the spread) and a point near its centre, inland, around which
/// its clusters' coordinates fall. Made up for the demonstration; not the registry's figures.
/// </summary>
public static class DemoClusterPlaces
{
    public sealed record Place(double Weight, double Latitude, double Longitude);

    public static readonly IReadOnlyDictionary<string, Place> Of = new Dictionary<string, Place>
    {
        ["01"] = new(70, 21.00, 105.75), ["02"] = new(8, 22.75, 104.95), ["04"] = new(6, 22.65, 106.20), ["06"] = new(5, 22.15, 105.80),
        ["08"] = new(12, 21.80, 105.20), ["10"] = new(8, 22.35, 104.05), ["11"] = new(5, 21.40, 103.05), ["12"] = new(4, 22.35, 103.45),
        ["14"] = new(10, 21.25, 104.00), ["15"] = new(14, 21.70, 104.85), ["17"] = new(12, 20.80, 105.35), ["19"] = new(18, 21.60, 105.80),
        ["20"] = new(10, 21.80, 106.70), ["22"] = new(12, 21.10, 106.95), ["24"] = new(36, 21.30, 106.25), ["25"] = new(24, 21.35, 105.25),
        ["26"] = new(20, 21.30, 105.55), ["27"] = new(32, 21.15, 106.05), ["30"] = new(36, 20.95, 106.35), ["31"] = new(20, 20.85, 106.55),
        ["33"] = new(30, 20.80, 106.05), ["34"] = new(45, 20.45, 106.35), ["35"] = new(18, 20.55, 105.95), ["36"] = new(28, 20.35, 106.20),
        ["37"] = new(20, 20.20, 105.90), ["38"] = new(50, 19.90, 105.55), ["40"] = new(40, 18.95, 105.35), ["42"] = new(28, 18.30, 105.75),
        ["44"] = new(16, 17.45, 106.45), ["45"] = new(14, 16.75, 107.00), ["46"] = new(14, 16.40, 107.50), ["48"] = new(6, 16.00, 108.10),
        ["49"] = new(40, 15.60, 108.30), ["51"] = new(18, 15.05, 108.70), ["52"] = new(36, 14.05, 108.95), ["54"] = new(12, 13.15, 109.10),
        ["56"] = new(10, 12.35, 109.00), ["58"] = new(6, 11.65, 108.85), ["60"] = new(14, 11.15, 108.00), ["62"] = new(8, 14.35, 107.95),
        ["64"] = new(12, 13.95, 108.05), ["66"] = new(14, 12.70, 108.05), ["67"] = new(8, 12.05, 107.65), ["68"] = new(12, 11.85, 108.20),
        ["70"] = new(10, 11.60, 106.85), ["72"] = new(12, 11.30, 106.15), ["74"] = new(12, 11.05, 106.65), ["75"] = new(28, 10.95, 107.00),
        ["77"] = new(12, 10.60, 107.25), ["79"] = new(6, 10.85, 106.60), ["80"] = new(20, 10.65, 106.30), ["82"] = new(12, 10.40, 106.20),
        ["83"] = new(10, 10.20, 106.30), ["84"] = new(8, 9.90, 106.25), ["86"] = new(10, 10.20, 105.95), ["87"] = new(16, 10.50, 105.65),
        ["89"] = new(14, 10.45, 105.30), ["91"] = new(10, 10.00, 105.20), ["92"] = new(8, 10.05, 105.70), ["93"] = new(8, 9.80, 105.55),
        ["94"] = new(8, 9.60, 105.90), ["95"] = new(6, 9.35, 105.55), ["96"] = new(8, 9.15, 105.20),
    };

    /// <summary>The commune each account of a commune office in the demo sees: Hà Nội's first clusters lie there (Ba Đình, Hoàn Kiếm).</summary>
    public static readonly string[] DemoCommunes = ["00004", "00004", "00070", "00070"];
}
