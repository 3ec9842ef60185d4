using System.Globalization;
using System.IO.Compression;
using System.Text;
using ExcelDataReader;

namespace CauNoi.Web.Shared.Excel;

/// <summary>One non-empty row of a worksheet: its 1-based row number as Excel shows it, and its cells as text.</summary>
public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : "";
}

/// <summary>A file that cannot be read as a spreadsheet; the message says why, in Vietnamese.</summary>
public sealed class SpreadsheetRefused(string message) : Exception(message);

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx or legacy .xls workbook with ExcelDataReader.
/// Uploads come from anyone signed in, so the file is judged by its content, not its name,
/// and held within limits before the parser sees it: size, rows, and for .xlsx (a zip) the
/// number of parts and how large they inflate, so a small zip bomb cannot exhaust the server.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const long MaxUncompressedBytes = 200 * 1024 * 1024;
    public const int MaxZipEntries = 1_000;
    /// <summary>Columns past this are ignored: a row of 16,384 formatted cells must not cost 16,384 strings.</summary>
    public const int MaxColumns = 50;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Legacy .xls files name their text encoding by Windows code page (1258 for Vietnamese).
    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The non-empty rows of the first worksheet, or <see cref="SpreadsheetRefused"/>. With <paramref name="csv"/>, a file
    /// that is not a workbook is read as CSV (see <see cref="CsvRows"/>); <paramref name="maxRows"/> rows of data at most.
    /// </summary>
    public static IReadOnlyList<SpreadsheetRow> Read(Stream input, bool csv = false, int maxRows = MaxRows)
    {
        var bytes = Copy(input);
        if (bytes.Length == 0) throw new SpreadsheetRefused("Tệp rỗng.");
        var isXlsx = bytes.AsSpan().StartsWith(Zip);
        if (!isXlsx && !bytes.AsSpan().StartsWith(Ole))
        {
            if (csv) return CsvRows(bytes, maxRows);
            throw new SpreadsheetRefused("Tệp không phải bảng tính Excel (.xlsx hoặc .xls). Hãy dùng tệp mẫu và lưu lại bằng Excel.");
        }
        if (isXlsx) CheckZip(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = isXlsx ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            return Rows(reader, maxRows);
        }
        catch (SpreadsheetRefused) { throw; }
        catch (ExcelDataReader.Exceptions.InvalidPasswordException)
        {
            throw new SpreadsheetRefused("Tệp được đặt mật khẩu. Hãy bỏ mật khẩu rồi tải lên lại.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new SpreadsheetRefused("Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng Excel. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi tải lên lại.");
        }
    }

    private static byte[] Copy(Stream input)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new SpreadsheetRefused($"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB. Hãy chia thành nhiều tệp nhỏ hơn.");
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Refuses a zip whose parts would inflate past the limit, by the sizes its directory declares.
    /// A part that lies about its size cannot get past this: the runtime's ZipArchive, which
    /// ExcelDataReader reads through too, never inflates a part beyond the size it declares.
    /// </summary>
    private static void CheckZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries || zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
                throw new SpreadsheetRefused("Tệp bảng tính có nội dung giải nén quá lớn hoặc bất thường, không thể đọc.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new SpreadsheetRefused("Không đọc được tệp: tệp .xlsx bị hỏng. Hãy mở bằng Excel, lưu lại rồi tải lên lại.");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A CSV list: UTF-8 with or without a byte-order mark (a file in another encoding is refused, never guessed), fields
    /// separated as the header line shows (<see cref="Csv.Separator"/>), quoted as RFC 4180 says. A row's number is its
    /// record's, as Excel numbers the rows when it opens the file.
    /// </summary>
    private static List<SpreadsheetRow> CsvRows(byte[] bytes, int maxRows)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            throw new SpreadsheetRefused("Tệp không phải bảng tính Excel (.xlsx, .xls) hay tệp CSV. Hãy dùng tệp mẫu.");
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            throw new SpreadsheetRefused("Tệp CSV phải được lưu với mã UTF-8 (trong Excel: Lưu dưới dạng \"CSV UTF-8\").");
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var end = text.IndexOf('\n');
        var separator = Csv.Separator(end < 0 ? text : text[..end]);
        var rows = new List<SpreadsheetRow>();
        var number = 0;
        foreach (var fields in Csv.Records(new StringReader(text), separator))
        {
            number++;
            var cells = new string[Math.Min(fields.Length, MaxColumns)];
            for (var i = 0; i < cells.Length; i++) cells[i] = fields[i].Trim();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == maxRows + 1) throw TooMany(maxRows);
            rows.Add(new SpreadsheetRow(number, cells));
        }
        return rows;
    }

    private static SpreadsheetRefused TooMany(int maxRows) => new($"Tệp có hơn {Display.Number(maxRows)} dòng dữ liệu. Hãy chia thành nhiều tệp.");

    private static List<SpreadsheetRow> Rows(IExcelDataReader reader, int maxRows)
    {
        var rows = new List<SpreadsheetRow>();
        var number = 0;
        // ExcelDataReader yields the missing rows of a sheet as empty ones, so counting gives Excel's row number.
        while (reader.Read())
        {
            number++;
            var cells = new string[Math.Min(reader.FieldCount, MaxColumns)];
            for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i));
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == maxRows + 1) throw TooMany(maxRows);   // the header and maxRows rows of data
            rows.Add(new SpreadsheetRow(number, cells));
        }
        return rows;
    }

    /// <summary>A cell as the user sees it: whole numbers without ".0", dates dd/MM/yyyy.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
