namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>How a cell of a conference list reads: codes Excel stripped of their zeros, kinds and urgencies in words.</summary>
public static class ImportCells
{
    /// <summary>Excel drops the leading zeros of a code typed as a number: 1 is province 01, 70 is commune 00070.</summary>
    public static string Code(string text, int length)
    {
        var code = text.Trim();
        return code.Length > 0 && code.Length < length && code.All(char.IsAsciiDigit) ? code.PadLeft(length, '0') : code;
    }

    public sealed record Chosen<T>(bool Found, T? Value) where T : struct;

    /// <summary>Null when the cell is empty (intake's default applies); else what the words name, or not found.</summary>
    public static Chosen<T>? Choice<T>(string text, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return null;
        return names.TryGetValue(folded, out var value) ? new(true, value) : new(false, null);
    }

    public static readonly IReadOnlyDictionary<string, ConcernKind> Kinds = Names(Enum.GetValues<ConcernKind>(), RecommendationNames.Of, new()
    {
        ["van ban qppl"] = ConcernKind.LegalDocument, ["qppl"] = ConcernKind.LegalDocument, ["van ban"] = ConcernKind.LegalDocument,
        ["tthc"] = ConcernKind.AdministrativeProcedure, ["thu tuc"] = ConcernKind.AdministrativeProcedure,
    });

    public static readonly IReadOnlyDictionary<string, Urgency> Urgencies = Names(Enum.GetValues<Urgency>(), RecommendationNames.Of, new()
    {
        ["binh thuong"] = Urgency.Normal,
    });

    /// <summary>The Vietnamese names the interface shows, folded, plus the short forms people write.</summary>
    private static Dictionary<string, T> Names<T>(T[] values, Func<T, string> name, Dictionary<string, T> more) where T : struct
    {
        foreach (var v in values) more[VietnameseText.Fold(name(v))] = v;
        return more;
    }
}
