using System.Text.RegularExpressions;

namespace CauNoi.Web.Shared.Import;

/// <summary>Headers compared as people retype them: "MA TINH", "Mã tỉnh" and "Mã tỉnh (2 số)" are the same column.</summary>
public static partial class ImportHeaders
{
    /// <summary>Without case, diacritics, repeated spaces and a hint in brackets.</summary>
    public static string Fold(string header) => VietnameseText.Fold(Hint().Replace(header, " "));

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Hint();
}
