using System.Globalization;
using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Tests.Shared.Import;

/// <summary>The import pipeline on a template of its own: a province's count of markets, one a row.</summary>
public class SpreadsheetImportTests
{
    private sealed record Market(string Province, string Name, int? Stalls);

    /// <summary>What the rows are checked against: the provinces that exist, and how often it was loaded.</summary>
    private sealed class Provinces(params string[] codes)
    {
        public HashSet<string> Codes { get; } = [.. codes];
        public int Loads { get; set; }
    }

    private static readonly ImportTemplate<Provinces> Template = new("Chợ", "chợ",
    [
        new("Mã tỉnh (2 số)", "Province", true, 10,
            (text, provinces) => Cells.Code(text, 2) is var code && provinces.Codes.Contains(code) ? CellReading.Of(code) : CellReading.Refused($"Không có tỉnh mã '{code}'.")),
        new("Tên chợ", "Name", true, 30),
        new("Số điểm kinh doanh", "Stalls", false, 12,
            (text, _) => text.Length == 0 ? CellReading.Of(null)
                : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? CellReading.Of(n) : CellReading.Refused("Ghi một số nguyên không âm.")) { Aliases = ["số điểm"] },
    ]);

    private static Task<SpreadsheetImport.Checked<Market>> CheckAsync(byte[] file, Provinces provinces, params ImportProblem[] formProblems) =>
        SpreadsheetImport.CheckAsync(new MemoryStream(file), Template, formProblems,
            _ => { provinces.Loads++; return Task.FromResult(provinces); },
            (row, _, _) =>
            {
                if (row.Text("Name").Length == 0) row.Refuse("Name", "Vui lòng nhập tên chợ.");
                if (row.Value<int?>("Stalls") > 5_000) row.Refuse("Stalls", "Một chợ không quá 5.000 điểm kinh doanh.");
                return Task.FromResult<Market?>(new(row.Text("Province"), row.Text("Name"), row.Value<int?>("Stalls")));
            }, TestContext.Current.CancellationToken);

    private static byte[] List(string[] header, params object?[][] rows) => XlsxWriter.ToBytes(new XlsxSheet("Chợ", header, rows));

    private static readonly string[] TypedHeader = ["SO DIEM", "mã  TỈNH", "Tên chợ"];

    [Fact]
    public async Task ValidList_ReadsEveryRow_WhateverTheHeadersCaseDiacriticsAndOrder()
    {
        var checkedList = await CheckAsync(List(TypedHeader, [120, 1, "Chợ Đồng Xuân"], [null, "08", "Chợ Tam Cờ"]), new("01", "08"));

        Assert.Empty(checkedList.Problems);
        Assert.Equal([new Market("01", "Chợ Đồng Xuân", 120), new Market("08", "Chợ Tam Cờ", null)], checkedList.Items);
    }

    [Fact]
    public async Task BadRow_IsRefusedWithItsRowNumber_AndNoRowIsKept()
    {
        var checkedList = await CheckAsync(List(TypedHeader, [120, "01", "Chợ Đồng Xuân"], ["nhiều", "01", "Chợ Hôm"], [9_000, "99", ""], [10, "08", "Chợ Tam Cờ"]), new("01", "08"));

        Assert.Empty(checkedList.Items);
        Assert.Equal([
            "Dòng 3, cột Số điểm kinh doanh: Ghi một số nguyên không âm.",
            "Dòng 4, cột Mã tỉnh (2 số): Không có tỉnh mã '99'.",
            "Dòng 4, cột Tên chợ: Vui lòng nhập tên chợ.",
            "Dòng 4, cột Số điểm kinh doanh: Một chợ không quá 5.000 điểm kinh doanh.",
        ], checkedList.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task CellItsColumnRefused_IsNotRefusedAgainByTheRowsRules()
    {
        var checkedList = await SpreadsheetImport.CheckAsync(new MemoryStream(List(TypedHeader, ["nhiều", "01", "Chợ Hôm"])), Template, [],
            _ => Task.FromResult(new Provinces("01")),
            (row, _, _) => { row.Refuse("Stalls", "Số điểm kinh doanh chưa hợp lệ."); return Task.FromResult<Market?>(null); }, TestContext.Current.CancellationToken);

        Assert.Equal([new ImportProblem(2, "Số điểm kinh doanh", "Ghi một số nguyên không âm.")], checkedList.Problems);
    }

    [Fact]
    public async Task ProblemWithTheForm_StopsAValidList_AndIsListedOnceBeforeTheRows()
    {
        var checkedList = await SpreadsheetImport.CheckAsync(new MemoryStream(List(TypedHeader, [1, "01", "Chợ A"], [2, "01", "Chợ B"])), Template,
            [new ImportProblem(null, "Ngày báo cáo", "Ngày báo cáo không hợp lệ.")],
            _ => Task.FromResult(new Provinces("01")),
            (row, _, _) => { row.RefuseForm("Kỳ báo cáo", "Vui lòng chọn kỳ báo cáo."); return Task.FromResult<Market?>(new("01", "Chợ", 1)); }, TestContext.Current.CancellationToken);

        Assert.Empty(checkedList.Items);
        Assert.Equal(["Ngày báo cáo: Ngày báo cáo không hợp lệ.", "Kỳ báo cáo: Vui lòng chọn kỳ báo cáo."], checkedList.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task MissingRequiredHeader_IsNamedOnTheHeaderRow_AndNothingIsLoadedOrRead()
    {
        var provinces = new Provinces("01");

        var checkedList = await CheckAsync(List(["Mã tỉnh", "Số điểm kinh doanh"], ["01", 5]), provinces);

        Assert.Equal([new ImportProblem(1, "Tên chợ", "Không thấy cột \"Tên chợ\" ở dòng tiêu đề. Hãy dùng tệp mẫu.")], checkedList.Problems);
        Assert.Equal(0, provinces.Loads);
    }

    [Fact]
    public async Task FileThatIsNotASpreadsheet_IsAProblemOfTheFile()
    {
        var checkedList = await CheckAsync("Mã tỉnh;Tên chợ\n01;Chợ Hôm"u8.ToArray(), new("01"));

        var problem = Assert.Single(checkedList.Problems);
        Assert.Equal((null, "Tệp"), (problem.Row, problem.Column));
        Assert.StartsWith("Tệp không phải bảng tính Excel", problem.Message);
    }

    [Fact]
    public async Task DownloadedTemplate_HasTheHeaders_AndFilledIn_IsImported()
    {
        using var blank = new MemoryStream();
        Template.Write(blank, new XlsxSheet("Tỉnh", ["Mã tỉnh"], [["01"]]));

        var header = Assert.Single(SpreadsheetReader.Read(new MemoryStream(blank.ToArray())));
        Assert.Equal(["Mã tỉnh (2 số)", "Tên chợ", "Số điểm kinh doanh"], header.Cells);
        var empty = await CheckAsync(blank.ToArray(), new("01"));
        Assert.Equal(["Tệp: Tệp không có dòng chợ nào dưới dòng tiêu đề."], empty.Problems.Select(p => p.ToString()));

        var filled = XlsxWriter.ToBytes(Template.Sheet() with { Rows = [["01", "Chợ Hôm", 300]] });
        Assert.Equal([new Market("01", "Chợ Hôm", 300)], (await CheckAsync(filled, new("01"))).Items);
    }
}
