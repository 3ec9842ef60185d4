using System.Text.RegularExpressions;

namespace CauNoi.Web.Shared.Validation;

/// <summary>
/// A document's number and symbol (số, ký hiệu) as Decree 30/2020/NĐ-CP writes it: the number, "/", the issuer's (and for
/// a letter the drafting unit's) abbreviation in capitals joined by "-", with the year between for documents that carry
/// it: 1234/BCT-CCT, 2172/QĐ-BCT, 45/TB-BCT, 56/2025/TT-BCT, 789/BCT-ĐTĐL.
/// </summary>
public static partial class DocumentNumber
{
    public const int Length = 50;

    public const string Hint = "số thứ tự, dấu \"/\" rồi ký hiệu viết hoa, ví dụ 2172/QĐ-BCT";

    [GeneratedRegex(@"^\d{1,6}(/\d{4})?/\p{Lu}[\p{Lu}\d]*([-/.&]\p{Lu}[\p{Lu}\d]*)*$")]
    private static partial Regex Format();

    /// <summary>
    /// The number as written on the document (without spaces, in capitals, without a leading "Số:"), or null with the
    /// reason added to <paramref name="errors"/> under <paramref name="field"/>; a blank number is refused with
    /// <paramref name="missing"/>, or is no number (null, no error) when that is null.
    /// </summary>
    public static string? Clean(string? raw, string field, string label, FieldErrors errors, string? missing = null)
    {
        var text = CleanText.Of(raw, field, label, Length, required: false, errors);
        if (text is null)
        {
            if (missing is not null) errors.Add(field, $"{missing} ({Hint}).");
            return null;
        }
        var number = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpper(VietnameseText.Culture);
        if (number.StartsWith("SỐ", StringComparison.Ordinal)) number = number[2..].TrimStart(':');
        if (number.Length > Length || !Format().IsMatch(number))
        {
            errors.Add(field, $"{label} \"{text}\" không đúng dạng: {Hint}, không quá {Length} ký tự.");
            return null;
        }
        return number;
    }
}
