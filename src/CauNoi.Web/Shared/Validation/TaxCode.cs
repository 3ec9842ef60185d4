using System.Text.RegularExpressions;

namespace CauNoi.Web.Shared.Validation;

/// <summary>A Vietnamese tax code (mã số thuế): 10 digits, or 13 for a branch, kept as "0101234567-001".</summary>
public static partial class TaxCode
{
    /// <summary>The tax code cleaned of spaces and in its kept form; null when blank, or when refused (the refusal added under <paramref name="field"/>).</summary>
    public static string? Clean(string? raw, string field, FieldErrors errors)
    {
        var taxCode = string.Concat((raw ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (taxCode.Length == 0) return null;
        if (!Format().IsMatch(taxCode)) { errors.Add(field, $"Mã số thuế \"{raw!.Trim()}\" không hợp lệ: 10 chữ số, hoặc 13 chữ số (dạng 0101234567-001)."); return null; }
        return taxCode.Length == 13 ? $"{taxCode[..10]}-{taxCode[10..]}" : taxCode;
    }

    [GeneratedRegex(@"^\d{10}(-?\d{3})?$")]
    private static partial Regex Format();
}
