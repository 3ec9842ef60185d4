using System.Globalization;
using System.Text.RegularExpressions;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// A figure typed on a page or in a file, as officials write it: "1.234,5", "850.000" or "1234,5" (Vietnamese: dots group
/// thousands, a comma starts the decimals), or "1234.5". A lone dot is a decimal point unless exactly three digits follow
/// it and one to three digits, not a leading zero, come before it: "850.000" is eight hundred and fifty thousand, "0.125"
/// and "12.5" stay decimals.
/// </summary>
public static partial class FigureInput
{
    /// <summary>True with the figure, or with null for a blank; false for text that is not a number.</summary>
    public static bool TryParse(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var t = text.Trim().Replace(" ", "").Replace("\u00a0", "");
        if (t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        else if (t.Count(c => c == '.') > 1 || ThousandsGroup().IsMatch(t)) t = t.Replace(".", "");
        if (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return false;
        value = v;
        return true;
    }

    /// <summary>A figure as the entry form shows it back: the indicator's decimals, a comma, no thousands separator.</summary>
    public static string Show(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',') : "";

    [GeneratedRegex(@"^[-+]?[1-9][0-9]{0,2}\.[0-9]{3}$")]
    private static partial Regex ThousandsGroup();
}
