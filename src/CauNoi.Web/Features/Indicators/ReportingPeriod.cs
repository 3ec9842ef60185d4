using System.Globalization;

namespace CauNoi.Web.Features.Indicators;

/// <summary>A form's period type; the value is its length in months.</summary>
public enum PeriodType { Month = 1, Quarter = 3, HalfYear = 6, Year = 12 }

/// <summary>
/// A named period: March 2025, the second quarter, the first six months, the year. What dates it covers depends on the
/// form's first day (<see cref="Covers"/>); a figure belongs to the named period whatever its form's cut-off.
/// </summary>
public readonly record struct Period(PeriodType Type, int Year, int Number) : IComparable<Period>
{
    public int Months => (int)Type;
    public int PerYear => 12 / Months;
    public int FirstMonth => (Number - 1) * Months + 1;
    public int LastMonth => FirstMonth + Months - 1;

    /// <summary>
    /// The days the period covers when its form's periods begin on <paramref name="firstDay"/>. On day 1 they are the
    /// calendar's; on a later day a period begins that day of the month before its first month and ends the day before in
    /// its last month: with 15, the first six months run 15/12 to 14/6 and the year 15/12 to 14/12 (the industrial-cluster
    /// regime); with 28, March runs 28/2 to 27/3.
    /// </summary>
    public (DateOnly Start, DateOnly End) Covers(int firstDay)
    {
        var first = new DateOnly(Year, FirstMonth, 1);
        if (firstDay <= 1) return (first, first.AddMonths(Months).AddDays(-1));
        var start = first.AddMonths(-1);
        return (new DateOnly(start.Year, start.Month, firstDay), new DateOnly(Year, LastMonth, firstDay - 1));
    }

    /// <summary>The day the 63 former provinces became 34 (Resolution 202/2025/QH15).</summary>
    public static readonly DateOnly Merger = new(2025, 7, 1);

    /// <summary>The period's calendar months end before the merger: its figures belong to the former provinces, as reported then.</summary>
    public bool BeforeMerger => Covers(1).End < Merger;

    public Period Previous() => Number > 1 ? this with { Number = Number - 1 } : new(Type, Year - 1, PerYear);
    public Period Next() => Number < PerYear ? this with { Number = Number + 1 } : new(Type, Year + 1, 1);
    public Period YearEarlier() => this with { Year = Year - 1 };

    /// <summary>The period of this type whose named months hold <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static Period Holding(PeriodType type, int year, int month) => new(type, year, (month - 1) / (int)type + 1);

    /// <summary>On the wire and in addresses: 2025-03, 2025-Q2, 2025-H1, 2025.</summary>
    public string Key => Type switch
    {
        PeriodType.Month => $"{Year}-{Number:00}",
        PeriodType.Quarter => $"{Year}-Q{Number}",
        PeriodType.HalfYear => $"{Year}-H{Number}",
        _ => $"{Year}",
    };

    /// <summary>As officials write it: "Tháng 3/2025", "Quý II/2025", "6 tháng đầu năm 2025", "Năm 2025".</summary>
    public string Name => Type switch
    {
        PeriodType.Month => $"Tháng {Number}/{Year}",
        PeriodType.Quarter => $"Quý {new[] { "I", "II", "III", "IV" }[Number - 1]}/{Year}",
        PeriodType.HalfYear => Number == 1 ? $"6 tháng đầu năm {Year}" : $"6 tháng cuối năm {Year}",
        _ => $"Năm {Year}",
    };

    public static bool TryParse(string? key, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(key)) return false;
        var parts = key.Trim().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100) return false;
        if (parts.Length == 1) { period = new(PeriodType.Year, year, 1); return true; }
        if (parts.Length != 2 || parts[1].Length == 0) return false;
        var (type, digits) = parts[1][0] switch
        {
            'Q' or 'q' => (PeriodType.Quarter, parts[1][1..]),
            'H' or 'h' => (PeriodType.HalfYear, parts[1][1..]),
            _ => (PeriodType.Month, parts[1]),
        };
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 12 / (int)type) return false;
        period = new(type, year, number);
        return true;
    }

    /// <summary>Two periods of one type, the first not after the second; the second is the first when blank.</summary>
    public static bool TryParseRange(string? from, string? to, out Period start, out Period end)
    {
        end = default;
        return TryParse(from, out start) && TryParse(to ?? from, out end) && start.Type == end.Type && end.CompareTo(start) >= 0;
    }

    public const string RangeRefusal = "Kỳ không hợp lệ: from và to cùng loại kỳ (như 2024-01 và 2024-12), from không sau to.";

    public int CompareTo(Period other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Type != other.Type ? Type.CompareTo(other.Type) : Number.CompareTo(other.Number);

    public override string ToString() => Key;
}
