using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Shared.Import;

/// <summary>
/// What an imported list looks like: the sheet people fill in, its columns, and what one row is called
/// ("kiến nghị", "nhiệm vụ") in the messages. The downloadable template and the reading of an upload both
/// come from it, so the file handed out is always the file accepted.
/// </summary>
public sealed class ImportTemplate<TContext>(string sheetName, string rowIs, IReadOnlyList<ImportColumn<TContext>> columns)
{
    public string SheetName => sheetName;
    /// <summary>What one row is, in the messages: "Tệp không có dòng kiến nghị nào…".</summary>
    public string RowIs => rowIs;
    public IReadOnlyList<ImportColumn<TContext>> Columns => columns;

    /// <summary>Also takes a CSV file with the same columns (see <see cref="SpreadsheetReader"/>), besides .xlsx and .xls.</summary>
    public bool AcceptsCsv { get; init; }

    /// <summary>Rows of data a file may hold.</summary>
    public int MaxRows { get; init; } = SpreadsheetReader.MaxRows;

    /// <summary>The column a header names, ignoring case, diacritics, spacing and a hint in brackets.</summary>
    public ImportColumn<TContext>? Match(string header)
    {
        var folded = ImportHeaders.Fold(header);
        return folded.Length == 0 ? null : columns.FirstOrDefault(c => ImportHeaders.Fold(c.Header) == folded || c.Aliases.Any(a => ImportHeaders.Fold(a) == folded));
    }

    public string Header(string key) => IndexOf(key) is var i and >= 0 ? columns[i].Header : key;

    private readonly Dictionary<string, int> indexes = columns.Select((c, i) => (c.Key, i)).ToDictionary();

    /// <summary>The column's position in <see cref="Columns"/>, or -1.</summary>
    internal int IndexOf(string key) => indexes.GetValueOrDefault(key, -1);

    /// <summary>The sheet to fill in: the headers over empty rows, or over <paramref name="rows"/> already filled in.</summary>
    public XlsxSheet Sheet(IEnumerable<IReadOnlyList<object?>>? rows = null) =>
        new(sheetName, [.. columns.Select(c => c.Header)], rows ?? [], [.. columns.Select(c => c.Width)]);

    /// <summary>The workbook to download: the sheet to fill in first, then the sheets of codes and guidance.</summary>
    public void Write(Stream output, params XlsxSheet[] references) => XlsxWriter.Write(output, [Sheet(), .. references]);

    /// <summary>The workbook to download with its sheet filled in already (a report's indicators and figures).</summary>
    public void Write(Stream output, IEnumerable<IReadOnlyList<object?>> rows, params XlsxSheet[] references) =>
        XlsxWriter.Write(output, [Sheet(rows), .. references]);
}
