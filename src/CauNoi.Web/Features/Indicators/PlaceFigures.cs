namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Combines the figures of several places for one period into one: the former provinces that merged into today's one, or
/// the provinces of a region. Additive indicators sum; averages and indices combine by the catalogue's rule and weights;
/// what cannot be combined gives null, which every view shows as not comparable, never as a number.
/// </summary>
public static class PlaceFigures
{
    /// <param name="figures">Each place's figure, with its weight when the indicator is weighted (null when the place has none).</param>
    public static double? Combine(Aggregation rule, IReadOnlyList<(double Value, double? Weight)> figures)
    {
        if (figures.Count == 0) return null;
        if (figures.Count == 1) return figures[0].Value;
        switch (rule)
        {
            case Aggregation.Sum: return figures.Sum(f => f.Value);
            case Aggregation.Average: return figures.Average(f => f.Value);
            case Aggregation.Weighted:
                if (figures.Any(f => f.Weight is not > 0)) return null;
                return figures.Sum(f => f.Value * f.Weight!.Value) / figures.Sum(f => f.Weight!.Value);
            default: return null;
        }
    }
}
