namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Where each of the 34 provinces sits on the tile map: a grid cartogram, one square each, laid out as the country lies
/// (the mountainous North widest, the narrow Centre one or two tiles wide, the Mekong delta at the bottom left). Needs no
/// boundary files; a tile's place is approximate by design.
/// </summary>
public static class ProvinceTiles
{
    public static readonly IReadOnlyDictionary<string, (int Row, int Column)> At = new Dictionary<string, (int, int)>
    {
        ["12"] = (1, 2), ["15"] = (1, 3), ["08"] = (1, 4), ["04"] = (1, 5),
        ["11"] = (2, 1), ["14"] = (2, 2), ["25"] = (2, 3), ["19"] = (2, 4), ["20"] = (2, 5),
        ["01"] = (3, 3), ["24"] = (3, 4), ["22"] = (3, 5),
        ["37"] = (4, 3), ["33"] = (4, 4), ["31"] = (4, 5),
        ["38"] = (5, 3),
        ["40"] = (6, 3),
        ["42"] = (7, 4),
        ["44"] = (8, 4),
        ["46"] = (9, 5),
        ["48"] = (10, 5),
        ["51"] = (11, 5),
        ["52"] = (12, 5),
        ["66"] = (13, 5),
        ["68"] = (14, 4), ["56"] = (14, 5),
        ["80"] = (15, 2), ["79"] = (15, 3), ["75"] = (15, 4),
        ["91"] = (16, 1), ["82"] = (16, 2), ["86"] = (16, 3),
        ["96"] = (17, 1), ["92"] = (17, 2),
    };

    /// <summary>The colour class (1 lightest to 5 darkest) of a value among all the values shown, by quintile; 0 when not comparable.</summary>
    public static int Shade(double? value, IReadOnlyList<double> all)
    {
        if (value is not { } v || all.Count == 0) return 0;
        // The value's place among them, from 1 (smallest) to n, in five equal steps: the largest is always 5.
        var place = all.Count(x => x < v) + 1;
        return (place * 5 + all.Count - 1) / all.Count;
    }
}
