namespace CauNoi.Web.Shared.Validation;

/// <summary>Every text a user types in, checked the same way whatever record it goes to.</summary>
public static class CleanText
{
    /// <summary>
    /// Trimmed NFC text within its length, without control characters, in Unicode; null when empty. What is wrong
    /// is added to <paramref name="errors"/> under <paramref name="field"/>, named by its <paramref name="label"/>.
    /// </summary>
    public static string? Of(string? value, string field, string label, int maxLength, bool required, FieldErrors errors, bool multiline = false)
    {
        var text = VietnameseText.Clean(value);
        // A name, a title or a reference is one line wherever it goes (an e-mail's subject among them); a text made only
        // of invisible or direction-changing characters is no text at all.
        if (!multiline && text is not null) text = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (text is not null && text.All(c => char.IsWhiteSpace(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            text = null;
        if (string.IsNullOrEmpty(text))
        {
            if (required) errors.Add(field, $"Vui lòng nhập {label.ToLower(VietnameseText.Culture)}.");
            return null;
        }
        // Text pasted from documents typed in the old encodings: TCVN3 is converted, VNI refused.
        switch (LegacyVietnamese.Detect(text))
        {
            case LegacyEncoding.Tcvn3: text = LegacyVietnamese.FromTcvn3(text).Normalize(System.Text.NormalizationForm.FormC); break;
            case LegacyEncoding.Vni: errors.Add(field, $"{label} {LegacyVietnamese.VniRefusal}"); break;
        }
        if (text.Length > maxLength) errors.Add(field, $"{label} dài quá {Display.Number(maxLength)} ký tự.");
        if (text.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')))
            errors.Add(field, $"{label} chứa ký tự điều khiển không hợp lệ.");
        return text;
    }
}
