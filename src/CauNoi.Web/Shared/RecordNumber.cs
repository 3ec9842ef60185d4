using System.Globalization;

namespace CauNoi.Web.Shared;

/// <summary>A record's number as officials quote it in a search: "KN002991", "kn 2991" or "2991" for a recommendation, "NV000123" for a task.</summary>
public static class RecordNumber
{
    /// <summary>The id a search names with the record kind's <paramref name="prefix"/> or without it, or null when the search is no number.</summary>
    public static int? In(string? q, string prefix)
    {
        var text = (q ?? "").Trim().Replace(" ", "");
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text[prefix.Length..];
        return text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
    }
}
