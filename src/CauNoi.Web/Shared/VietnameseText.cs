using System.Globalization;
using System.Text;

namespace CauNoi.Web.Shared;

/// <summary>Normalisation and folding of Vietnamese text for storage and search.</summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Names in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê...), ignoring case.</summary>
    public static readonly StringComparer Order = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Trims and normalises to NFC, the form every stored text is kept in.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text) => text?.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Lower-case, without tone marks or diacritics, đ folded to d, whitespace collapsed:
    /// "Phường Hoà Bình" and "phuong hoa binh" fold to the same key, whatever the
    /// tone-mark placement or Unicode form of the input.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    /// <summary>Escapes a folded search term for use inside a LIKE pattern with '\' as escape.</summary>
    public static string LikeContains(string folded) =>
        "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
