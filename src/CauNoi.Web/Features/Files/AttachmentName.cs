using System.Globalization;
using System.Text;

namespace CauNoi.Web.Features.Files;

/// <summary>The uploader's file name made safe to show and to offer on download; never used as a path.</summary>
public static class AttachmentName
{
    public const int MaxLength = 255;
    public const string Fallback = "tep-dinh-kem";

    /// <summary>
    /// Keeps the last path segment, in NFC, without control or invisible formatting characters
    /// (a right-to-left override can disguise "gpj.exe" as "exe.jpg") and without the characters
    /// Windows refuses in names; Vietnamese letters stay as they are.
    /// </summary>
    public static string Clean(string? raw)
    {
        var name = (raw ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var sb = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator) continue;
            sb.Append(rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? "_" : rune.ToString());
        }
        name = sb.ToString().Trim().Trim('.').Trim();
        return Shorten(name.Length == 0 ? Fallback : name);
    }

    /// <summary>The name ending in the extension of what the file really is: "bao-cao" holding a PDF becomes "bao-cao.pdf".</summary>
    public static string WithExtension(string name, AttachmentKind kind) =>
        kind.Extensions.Contains(Extension(name)) ? name : Shorten(name, kind.Extensions[0]);

    public static string Extension(string name) => Path.GetExtension(name).ToLowerInvariant();

    /// <summary>At most 255 characters, cut in the stem so that the extension stays.</summary>
    private static string Shorten(string name, string suffix = "")
    {
        if (name.Length + suffix.Length <= MaxLength) return name + suffix;
        var extension = suffix.Length > 0 ? suffix : Path.GetExtension(name) is { Length: > 0 and <= 16 } e ? e : "";
        var stem = suffix.Length > 0 ? name : name[..^extension.Length];
        var keep = MaxLength - extension.Length;
        if (char.IsHighSurrogate(stem[keep - 1])) keep--;
        return stem[..keep] + extension;
    }
}
