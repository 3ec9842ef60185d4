namespace CauNoi.Web.Shared.Import;

/// <summary>Readings of cells common to every list: codes Excel stripped of their zeros, choices written in words.</summary>
public static class Cells
{
    /// <summary>Excel drops the leading zeros of a code typed as a number: 1 is province 01, 70 is commune 00070.</summary>
    public static string Code(string text, int length)
    {
        var code = text.Trim();
        return code.Length > 0 && code.Length < length && code.All(char.IsAsciiDigit) ? code.PadLeft(length, '0') : code;
    }

    /// <summary>
    /// Null when the cell is empty (the record's default applies); else the value the words name,
    /// matched without case or diacritics, or <paramref name="problem"/>.
    /// </summary>
    public static CellReading Choice<T>(string text, IReadOnlyDictionary<string, T> names, string problem) where T : struct
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return CellReading.Of(null);
        return names.TryGetValue(folded, out var value) ? CellReading.Of(value) : CellReading.Refused(problem);
    }

    /// <summary>Names folded as <see cref="Choice"/> compares them: each value's own name, plus the short forms people write.</summary>
    public static Dictionary<string, T> Names<T>(IEnumerable<T> values, Func<T, string> name, Dictionary<string, T> more) where T : struct
    {
        foreach (var v in values) more[VietnameseText.Fold(name(v))] = v;
        return more;
    }
}
