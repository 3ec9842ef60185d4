using System.Globalization;

namespace CauNoi.Web.Features.Indicators;

/// <summary>A figure typed on a page, as officials write it: "1.234,5" or "1234,5" (Vietnamese), or "1234.5".</summary>
public static class FigureInput
{
    /// <summary>True with the figure, or with null for a blank; false for text that is not a number.</summary>
    public static bool TryParse(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var t = text.Trim().Replace(" ", "").Replace("\u00a0", "");
        if (t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        else if (t.Count(c => c == '.') > 1) t = t.Replace(".", "");
        if (!double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return false;
        value = v;
        return true;
    }

    /// <summary>A figure as the entry form shows it back: the indicator's decimals, a comma, no thousands separator.</summary>
    public static string Show(double? value, int decimals) =>
        value is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('.', ',') : "";
}
