namespace CauNoi.Web.Features.Indicators;

/// <summary>How figures of one indicator combine: over the provinces of a region (or the former provinces of a new one), or over the periods of a year.</summary>
public enum Aggregation
{
    /// <summary>Added up: turnover, sales, kWh, counts.</summary>
    Sum = 1,
    /// <summary>The plain mean.</summary>
    Average = 2,
    /// <summary>The mean weighted by another indicator's figures for the same places and period (an index by value added).</summary>
    Weighted = 3,
    /// <summary>The latest figure: a stock such as the number of markets at the end of the year.</summary>
    Last = 4,
    /// <summary>Cannot be combined; shown as not comparable rather than as a wrong number.</summary>
    None = 5,
}

/// <summary>What a derived indicator computes from reported ones; never stored, always computed on reading.</summary>
public enum DerivedKind
{
    /// <summary>Base ÷ base of the same period a year earlier × 100.</summary>
    GrowthYearOnYear = 1,
    /// <summary>Base ÷ base of the period before × 100.</summary>
    GrowthPeriodOnPeriod = 2,
    /// <summary>Base ÷ the base's target for the period × 100.</summary>
    ShareOfTarget = 3,
    /// <summary>Base ÷ the other indicator (a population) × factor.</summary>
    PerCapita = 4,
}

/// <summary>
/// One figure the Ministry follows (chỉ tiêu): what it measures, in which unit and precision, how it combines, the bounds
/// that refuse a figure, the change that needs an explanation, and where its definition comes from.
/// </summary>
public class Indicator
{
    public int Id { get; set; }
    /// <summary>Stable short code: "BLHH_DV", "IIP".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>"tỷ đồng", "triệu USD", "triệu kWh", "%", "cụm".</summary>
    public required string Unit { get; set; }
    /// <summary>Decimal places a figure is entered and shown with.</summary>
    public int Decimals { get; set; }
    public Aggregation OverPlaces { get; set; } = Aggregation.Sum;
    public Aggregation OverTime { get; set; } = Aggregation.Sum;
    /// <summary>The indicator whose figures weigh this one's when <see cref="OverPlaces"/> is <see cref="Aggregation.Weighted"/>.</summary>
    public int? WeightIndicatorId { get; set; }
    public DerivedKind? Derived { get; set; }
    /// <summary>What a derived indicator is computed from.</summary>
    public int? BaseIndicatorId { get; set; }
    /// <summary>The denominator of a per-capita indicator.</summary>
    public int? OtherIndicatorId { get; set; }
    /// <summary>Multiplies a per-capita quotient into the indicator's unit (tỷ đồng ÷ nghìn người = triệu đồng/người: 1).</summary>
    public double Factor { get; set; } = 1;
    /// <summary>A figure below is refused.</summary>
    public double? Minimum { get; set; }
    /// <summary>A figure above is refused.</summary>
    public double? Maximum { get; set; }
    /// <summary>A change on the same period a year earlier beyond this many per cent needs an explanation.</summary>
    public double? ChangeThreshold { get; set; }
    /// <summary>The Ministry unit that follows the indicator.</summary>
    public int? OwningUnitId { get; set; }
    /// <summary>Where the definition comes from, or a plain statement that no official one was found.</summary>
    public required string Source { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public bool IsDerived => Derived is not null;

    /// <summary>A figure rounded to the indicator's precision, as it is stored.</summary>
    public double Round(double value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A check between two indicators of one report: a part never above its whole, a month's exports never above the year to
/// date. Broken, it stops the report from being submitted.
/// </summary>
public class ConsistencyRule
{
    public int Id { get; set; }
    public int LeftIndicatorId { get; set; }
    public int RightIndicatorId { get; set; }
    /// <summary>The refusal, in the words of the officer who reads it.</summary>
    public required string Message { get; set; }
}
