using System.Diagnostics;
using CauNoi.Web.Shared.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CauNoi.Tests.Shared;

public class SpreadsheetReaderTests
{
    private static IReadOnlyList<SpreadsheetRow> Read(byte[] bytes) => SpreadsheetReader.Read(new MemoryStream(bytes));

    [Fact]
    public void Rows_KeepTheNumbersExcelShows_SkippingEmptyOnes_WithValuesAsText()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            static Cell Text(string r, string v) => new() { CellReference = r, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) };
            static Cell Number(string r, string v) => new() { CellReference = r, CellValue = new CellValue(v) };
            part.Worksheet = new Worksheet(new SheetData(
                new Row(Text("A1", "Mã tỉnh"), Text("B1", "Tiêu đề")) { RowIndex = 1 },
                new Row(Number("A2", "8"), Text("B2", " Vướng mắc ")) { RowIndex = 2 },
                new Row(Number("A5", "1.5"), Text("C5", "cột C")) { RowIndex = 5 }));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Kiến nghị" });
        }

        var rows = Read(stream.ToArray());

        Assert.Equal([1, 2, 5], rows.Select(r => r.Number));
        Assert.Equal(["8", "Vướng mắc"], rows[1].Cells.Take(2));
        Assert.Equal(["1.5", "", "cột C"], rows[2].Cells);
    }

    [Fact]
    public void MoreRowsThanTheLimit_AreRefused()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["Tiêu đề"],
            Enumerable.Range(1, SpreadsheetReader.MaxRows + 1).Select(i => new object?[] { $"Kiến nghị {i}" })));

        var refused = Assert.Throws<SpreadsheetRefused>(() => Read(bytes));

        Assert.Equal("Tệp có hơn 20.000 dòng dữ liệu. Hãy chia thành nhiều tệp.", refused.Message);
        Assert.Equal(SpreadsheetReader.MaxRows + 1, Read(XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["Tiêu đề"],
            Enumerable.Range(1, SpreadsheetReader.MaxRows).Select(i => new object?[] { $"Kiến nghị {i}" })))).Count);
    }

    [Fact]
    public void FileLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var bytes = new byte[SpreadsheetReader.MaxBytes + 1];
        "PK\x03\x04"u8.CopyTo(bytes);

        Assert.Equal("Tệp lớn hơn 10 MB. Hãy chia thành nhiều tệp nhỏ hơn.", Assert.Throws<SpreadsheetRefused>(() => Read(bytes)).Message);
    }

    [Fact]
    public void ZipThatHidesItsSize_IsNeverInflatedPastWhatItDeclares()
    {
        // 1 KB declared in the local header and the central directory; the data would inflate to 250 MB.
        var bytes = SampleFiles.ZipThatHidesItsSize(250 * 1024 * 1024, declared: 1024);

        var clock = Stopwatch.StartNew();
        var refused = Assert.Throws<SpreadsheetRefused>(() => Read(bytes));

        Assert.Contains("bị hỏng", refused.Message);   // read as the 1 KB it claims: not a workbook
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void CorruptXlsx_IsRefusedWithAClearMessage()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["Tiêu đề"], [["Một kiến nghị"]]));

        var refused = Assert.Throws<SpreadsheetRefused>(() => Read(bytes[..(bytes.Length / 2)]));

        Assert.Contains("bị hỏng", refused.Message);
    }
}
