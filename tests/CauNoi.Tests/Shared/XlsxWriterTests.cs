using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Tests.Shared;

public class XlsxWriterTests
{
    [Fact]
    public void Workbook_OpensWithTheOpenXmlSdk_WithTextNumbersAndDatesInPlace()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["Số", "Tiêu đề", "Ngày nhận"],
            [[1, "Vướng mắc cụm công nghiệp\u0001", new DateOnly(2026, 2, 27)], [2, null, new DateOnly(2026, 3, 2)]]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();

        Assert.Equal("Kiến nghị", sheet.Name!.Value);
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Equal("1", cells[0].CellValue!.Text);
        Assert.Equal("Vướng mắc cụm công nghiệp", cells[1].InlineString!.InnerText);   // control character dropped
        Assert.Equal(new DateOnly(2026, 2, 27), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cells[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
