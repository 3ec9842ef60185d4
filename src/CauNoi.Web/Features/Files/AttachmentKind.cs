using System.IO.Compression;
using System.Text;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// The kinds of file a recommendation may carry, recognised by what the file holds (its first
/// bytes and, for Office files, its inner structure), never by its name.
/// </summary>
public sealed record AttachmentKind(string Name, string ContentType, string[] Extensions)
{
    public static readonly AttachmentKind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly AttachmentKind Jpeg = new("ảnh JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly AttachmentKind Png = new("ảnh PNG", "image/png", [".png"]);
    public static readonly AttachmentKind Docx = new("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly AttachmentKind Xlsx = new("Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly AttachmentKind Doc = new("Word (.doc)", "application/msword", [".doc"]);
    public static readonly AttachmentKind Xls = new("Excel (.xls)", "application/vnd.ms-excel", [".xls"]);

    public static readonly AttachmentKind[] All = [Pdf, Jpeg, Png, Docx, Xlsx, Doc, Xls];
    public const string Allowed = "PDF, ảnh JPEG/PNG, Word (.doc, .docx), Excel (.xls, .xlsx)";

    private const int MaxZipEntries = 10_000;
    private const int MaxContentTypesChars = 1_000_000;

    /// <summary>
    /// The kind the content is, or null when it is none of the allowed ones. The name's extension
    /// only chooses between kinds the content itself supports (a Word file with an Excel sheet inside).
    /// </summary>
    public static AttachmentKind? Detect(Stream content, string extension)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return OfficeOpenXml(content);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return Compound(content, extension);
        return null;
    }

    /// <summary>A .docx or .xlsx: a zip package whose main part is a document or a workbook (macro-enabled ones are refused).</summary>
    private static AttachmentKind? OfficeOpenXml(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries) return null;
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesChars) return null;
            // Read at most the limit, whatever the entry claims: a small entry may inflate to a huge one.
            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var buffer = new char[MaxContentTypesChars];
            var xml = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            bool Holds(string folder) => zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
            if (xml.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal) && Holds("word/")) return Docx;
            if (xml.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) && Holds("xl/")) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// A legacy .doc or .xls: an OLE compound file whose directory names the Word stream
    /// ("WordDocument") or the Excel one ("Workbook", or "Book" before Excel 97). Other compound
    /// files (PowerPoint, Outlook messages, installers) are none of the allowed kinds.
    /// </summary>
    private static AttachmentKind? Compound(Stream content, string extension)
    {
        content.Position = 0;
        var bytes = new byte[content.Length];
        content.ReadExactly(bytes);
        // Directory entries hold their names in UTF-16 with a terminating null.
        static bool Names(byte[] data, string stream) => data.AsSpan().IndexOf(Encoding.Unicode.GetBytes(stream + "\0")) >= 0;
        List<AttachmentKind> kinds = [];
        if (Names(bytes, "WordDocument")) kinds.Add(Doc);
        if (Names(bytes, "Workbook") || Names(bytes, "Book")) kinds.Add(Xls);
        return kinds.FirstOrDefault(k => k.Extensions.Contains(extension)) ?? kinds.FirstOrDefault();
    }
}
