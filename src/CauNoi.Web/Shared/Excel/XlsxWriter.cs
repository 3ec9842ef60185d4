using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Web.Shared.Excel;

/// <summary>
/// One worksheet: a bold header row, then rows of strings, numbers, dates and yes/no values. A report's sheet has
/// <paramref name="Title"/> lines above the header (its title in large bold, then what it covers), and an empty row
/// between them and the header. A column given <paramref name="Decimals"/> shows its numbers with that many decimals and
/// thousands grouped (0 to 4), as the figures' own precision.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows,
    IReadOnlyList<double>? ColumnWidths = null, IReadOnlyList<string>? Title = null, IReadOnlyList<int?>? Decimals = null);

/// <summary>
/// Writes .xlsx workbooks with the OpenXML SDK, row by row (SAX), so a large export does not
/// build the whole sheet in memory. Dates show as dd/mm/yyyy; numbers stay numbers. The rows down to the
/// header stay in view as the sheet scrolls.
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3, TitleStyle = 4, FirstNumberStyle = 5;
    private const int MaxDecimals = 4;

    public static void Write(Stream output, params XlsxSheet[] sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddStyles(workbook);
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SafeName(sheet.Name) });
        }
        workbook.Workbook.Save();
    }

    public static byte[] ToBytes(params XlsxSheet[] sheets)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets);
        return stream.ToArray();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        var title = sheet.Title ?? [];
        var headerRow = title.Count == 0 ? 1 : title.Count + 2;
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{headerRow + 1}", SequenceOfReferences = new ListValue<StringValue>([new($"A{headerRow + 1}")]) })
            { WorkbookViewId = 0U }));
        if (sheet.ColumnWidths is { Count: > 0 } widths)
        {
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < widths.Count; i++)
                writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            writer.WriteEndElement();
        }
        writer.WriteStartElement(new SheetData());
        for (var i = 0; i < title.Count; i++) WriteRow(writer, [title[i]], i == 0 ? TitleStyle : null);
        if (title.Count > 0) WriteRow(writer, [], null);
        WriteRow(writer, sheet.Header.Cast<object?>().ToList(), HeaderStyle);
        foreach (var row in sheet.Rows) WriteRow(writer, row, null, sheet.Decimals);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values, uint? style, IReadOnlyList<int?>? decimals = null)
    {
        writer.WriteStartElement(new Row());
        for (var i = 0; i < values.Count; i++)
        {
            var numberStyle = decimals is not null && i < decimals.Count && decimals[i] is { } d ? FirstNumberStyle + (uint)Math.Clamp(d, 0, MaxDecimals) : style;
            writer.WriteElement(CellOf(values[i], style, numberStyle));
        }
        writer.WriteEndElement();
    }

    private static Cell CellOf(object? value, uint? style, uint? numberStyle) => value switch
    {
        null => new Cell { StyleIndex = style },
        DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()), DataType = CellValues.Number, StyleIndex = DateStyle },
        DateTime t => new Cell { CellValue = new CellValue(t.ToOADate()), DataType = CellValues.Number, StyleIndex = DateStyle },
        bool b => Text(b ? "Có" : "Không", style),
        int or long or decimal or double or float => new Cell { CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = numberStyle },
        _ => Text(value.ToString()!, style ?? (value.ToString()!.Contains('\n') ? WrapStyle : null)),
    };

    /// <summary>Inline strings: no shared-string table to hold in memory. XML-invalid characters are dropped.</summary>
    private static Cell Text(string text, uint? style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(new string(text.Where(XmlConvertible).ToArray())) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static bool XmlConvertible(char c) => c is '\t' or '\n' or '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;

    private static string SafeName(string name)
    {
        var cleaned = new string(name.Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':')).ToArray());
        return cleaned.Length > 31 ? cleaned[..31] : cleaned.Length == 0 ? "Sheet" : cleaned;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new OpenXmlElement[] { new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" } }
                .Concat(Enumerable.Range(0, MaxDecimals + 1).Select(d => new NumberingFormat { NumberFormatId = 165U + (uint)d, FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) })))
                { Count = MaxDecimals + 2 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                      new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
                      new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Times New Roman" })) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new OpenXmlElement[]
            {
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true },
            }.Concat(Enumerable.Range(0, MaxDecimals + 1).Select(d => new CellFormat { NumberFormatId = 165U + (uint)d, ApplyNumberFormat = true })))
                { Count = 6 + MaxDecimals });
    }
}
