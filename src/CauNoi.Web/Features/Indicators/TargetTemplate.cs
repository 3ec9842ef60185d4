using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;
using Request = CauNoi.Web.Features.Indicators.Targets.Request;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The workbook of targets: one target a row, the indicator by its code, the place as people write it (a province's code
/// or name, a region, or nothing for the country), then sheets listing the codes and how to fill it in.
/// </summary>
public static class TargetTemplate
{
    // Before the definition that reads them: static fields are set in the order written.
    private static readonly Dictionary<string, Region> RegionNames = Cells.Names(Enum.GetValues<Region>(), Regions.Name, new()
    {
        ["bac"] = Region.North, ["phia bac"] = Region.North, ["mien bac"] = Region.North,
        ["trung"] = Region.Centre, ["mien trung"] = Region.Centre,
        ["nam"] = Region.South, ["phia nam"] = Region.South, ["mien nam"] = Region.South,
    });

    /// <summary>The columns, each keyed by the <see cref="Request"/> property it fills, so the rules' refusals land on their column.</summary>
    public static readonly ImportTemplate<TargetImport.Lookups> Definition = new("Chỉ tiêu kế hoạch", "chỉ tiêu kế hoạch",
    [
        new("STT", "Stt", false, 6) { Aliases = ["số thứ tự"] },
        new("Mã chỉ tiêu", nameof(Request.Indicator), true, 14, Indicator),
        new("Năm", nameof(Request.Year), true, 8, (text, _) => Whole(text, "Năm")),
        new("Quý (trống = cả năm)", nameof(Request.Quarter), false, 12, (text, _) => Quarter(text)),
        new("Tỉnh (mã hoặc tên)", nameof(Request.Province), false, 24, (text, lookups) => lookups.Provinces.Read(text)) { Aliases = ["tỉnh, thành phố", "mã tỉnh"] },
        new("Khu vực (Bắc, Trung, Nam; trống = toàn quốc)", nameof(Request.Region), false, 22,
            (text, _) => Cells.Choice(text, RegionNames, "Khu vực ghi Bắc, Trung hoặc Nam; để trống cả tỉnh và khu vực là chỉ tiêu toàn quốc.")),
        new("Giá trị", nameof(Request.Value), true, 14, Value),
        new("Số văn bản giao", nameof(Request.DocumentNumber), true, 20) { Aliases = ["số hiệu văn bản giao", "văn bản giao"] },
    ]);

    private static CellReading Indicator(string text, TargetImport.Lookups lookups)
    {
        var code = text.Trim();
        if (code.Length == 0) return CellReading.Refused("Nhập mã chỉ tiêu (xem trang \"Chỉ tiêu\" của tệp mẫu).");
        return lookups.Indicators.TryGetValue(code, out var indicator) ? CellReading.Of(indicator)
            : CellReading.Refused($"Không có chỉ tiêu mã “{code}” trong danh mục; xem trang \"Chỉ tiêu\" của tệp mẫu.");
    }

    /// <summary>A whole number such as a year or a quarter; its range is the rules' to check.</summary>
    private static CellReading Whole(string text, string label)
    {
        var t = text.Trim();
        if (t.Length == 0) return CellReading.Of(null);
        return int.TryParse(t, out var n) ? CellReading.Of((int?)n) : CellReading.Refused($"{label} “{text.Trim()}” không phải là số nguyên.");
    }

    /// <summary>"2", "Q2" or "Quý 2"; whether it is a quarter at all is the rules' to say.</summary>
    private static CellReading Quarter(string text)
    {
        var folded = VietnameseText.Fold(text);
        var number = folded.StartsWith("quy", StringComparison.Ordinal) ? folded[3..] : folded.StartsWith('q') ? folded[1..] : folded;
        var reading = Whole(number, "Quý");
        return reading.Problem is null ? reading : CellReading.Refused($"Quý “{text.Trim()}” không hợp lệ: ghi 1, 2, 3 hoặc 4, hoặc để trống cho cả năm.");
    }

    private static CellReading Value(string text, TargetImport.Lookups _) =>
        FigureInput.TryParse(text, out var value) ? CellReading.Of(value) : CellReading.Refused($"Giá trị “{text.Trim()}” không phải là số.");

    public static async Task WriteAsync(CauNoiDb db, Stream output, CancellationToken ct = default)
    {
        var indicators = await db.Indicators.Where(i => i.IsActive).OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new { i.Code, i.Name, i.Unit, i.Decimals }).ToListAsync(ct);
        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        Definition.Write(output,
            new XlsxSheet("Chỉ tiêu", ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Số chữ số thập phân"],
                indicators.Select(i => new object?[] { i.Code, i.Name, i.Unit, i.Decimals }), [14, 70, 14, 12]),
            new XlsxSheet("Tỉnh", ["Mã tỉnh", "Tên tỉnh, thành phố", "Khu vực"],
                provinces.Select(p => new object?[] { p.Code, p.Name, Regions.Name(Regions.Of(p.Code)) }), [10, 40, 24]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền chỉ tiêu kế hoạch"], Guide().Select(line => new object?[] { line }), [120]));
    }

    private static IEnumerable<string> Guide() =>
    [
        "Mỗi dòng của trang \"Chỉ tiêu kế hoạch\" là một chỉ tiêu Bộ giao; giữ nguyên dòng tiêu đề cột.",
        "Mã chỉ tiêu: như ở trang \"Chỉ tiêu\". Năm: bốn chữ số, ví dụ 2026.",
        "Quý: 1, 2, 3 hoặc 4 cho chỉ tiêu của một quý; để trống cho chỉ tiêu cả năm.",
        "Địa bàn: ghi Tỉnh (mã hoặc tên ở trang \"Tỉnh\") cho chỉ tiêu của một tỉnh; hoặc Khu vực (Bắc, Trung, Nam) cho chỉ tiêu của một khu vực; để trống cả hai là chỉ tiêu toàn quốc.",
        "Giá trị: theo đơn vị tính của chỉ tiêu, ví dụ 12,5 hoặc 1.234,5; được làm tròn theo số chữ số thập phân của chỉ tiêu.",
        "Số văn bản giao: số, ký hiệu của văn bản giao chỉ tiêu, ví dụ 2172/QĐ-BCT.",
        "Chỉ tiêu đã giao cho cùng chỉ tiêu, năm, quý và địa bàn được thay bằng giá trị mới; nhật ký thay đổi giữ giá trị cũ.",
        "Mỗi chỉ tiêu, năm, quý và địa bàn chỉ ghi một dòng. Nếu có dòng chưa hợp lệ, hệ thống không lưu chỉ tiêu nào và liệt kê từng dòng cần sửa.",
    ];
}
