using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>
/// The workbook (or CSV) of figures already published for periods before the system: one figure a row, by indicator code,
/// province code (a former province's before 1 July 2025, today's from then), period key, value and its source.
/// </summary>
public static class HistoryTemplate
{
    public const string Indicator = "Indicator", Province = "Province", Period = "Period", Value = "Value", Source = "Source";

    /// <summary>Rows a file may hold: a national series of several indicators over years.</summary>
    public const int MaxRows = 100_000;

    /// <param name="Types">The period types of the forms that gather each indicator; an indicator on no form is absent.</param>
    /// <param name="Former">The 63 former provinces, each with today's province it merged into.</param>
    /// <param name="Source">The source named for the whole file, for the rows that name none.</param>
    public sealed record Lookups(Actor Actor, IReadOnlyDictionary<string, Indicator> Indicators, IReadOnlyDictionary<int, HashSet<PeriodType>> Types,
        IReadOnlySet<string> Provinces, IReadOnlyDictionary<string, string> Former, DateOnly Today, string? Source);

    public static readonly ImportTemplate<Lookups> Definition = new("Số liệu", "số liệu",
    [
        new("Mã chỉ tiêu", Indicator, true, 14, IndicatorOf),
        new("Mã tỉnh", Province, true, 10, (text, _) => CellReading.Of(Cells.Code(text, 2))),
        new("Kỳ", Period, true, 12, PeriodOf) { Aliases = ["kỳ báo cáo"] },
        new("Số liệu", Value, true, 16, ReportTemplate.Figure),
        new("Nguồn", Source, false, 50) { Aliases = ["nguồn số liệu"] },
    ]) { AcceptsCsv = true, MaxRows = MaxRows };

    private static CellReading IndicatorOf(string text, Lookups lookups)
    {
        var code = text.Trim();
        if (code.Length == 0) return CellReading.Refused("Nhập mã chỉ tiêu.");
        if (!lookups.Indicators.TryGetValue(code, out var indicator)) return CellReading.Refused($"Không có chỉ tiêu mã “{code}” trong danh mục chỉ tiêu.");
        if (indicator.IsDerived) return CellReading.Refused($"Chỉ tiêu {indicator.Code} được tính từ số liệu khác, không nhập.");
        return Targets.MaySet(lookups.Actor, indicator) ? CellReading.Of(indicator)
            : CellReading.Refused($"Chỉ tiêu {indicator.Code} do đơn vị khác thuộc Bộ theo dõi: chỉ đơn vị đó, Cục Công Thương địa phương hoặc quản trị hệ thống nhập số liệu của chỉ tiêu này.");
    }

    private static CellReading PeriodOf(string text, Lookups lookups)
    {
        if (!Indicators.Period.TryParse(text, out var period))
            return CellReading.Refused($"Kỳ “{text.Trim()}” không hợp lệ: ghi như 2025-03 (tháng), 2025-Q2 (quý), 2025-H1 (6 tháng) hoặc 2025 (năm), ô định dạng Văn bản.");
        return period.Covers(1).End < lookups.Today ? CellReading.Of((Period?)period)
            : CellReading.Refused($"{period.Name} chưa kết thúc: chỉ nhập số liệu đã công bố của kỳ đã qua.");
    }

    public static async Task WriteAsync(CauNoiDb db, Stream output, CancellationToken ct)
    {
        var units = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var indicators = await db.Indicators.Where(i => i.Derived == null).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(ct);
        var types = await TypesAsync(db, ct);
        var provinces = await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var former = await db.FormerProvinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name, p.NewProvinceCode }).ToListAsync(ct);
        Definition.Write(output,
            new XlsxSheet("Chỉ tiêu", ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Đơn vị theo dõi"], indicators.Select(i => new object?[]
            {
                i.Code, i.Name, i.Unit,
                types.TryGetValue(i.Id, out var t) ? string.Join(", ", t.Order().Select(IndicatorNames.Of)) : "Mọi kỳ",
                i.OwningUnitId is { } u ? units.GetValueOrDefault(u) : null,
            }), [14, 60, 14, 20, 40]),
            new XlsxSheet("Tỉnh", ["Mã tỉnh", "Tên tỉnh, thành phố (từ 01/07/2025)"], provinces.Select(p => new object?[] { p.Code, p.Name }), [10, 40]),
            new XlsxSheet("Tỉnh cũ", ["Mã tỉnh cũ", "Tên tỉnh cũ (trước 01/07/2025)", "Nay thuộc (mã tỉnh)"], former.Select(p => new object?[] { p.Code, p.Name, p.NewProvinceCode }), [12, 40, 18]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền số liệu đã công bố"], Guide().Select(line => new object?[] { line }), [120]));
    }

    /// <summary>The period types of the active forms that gather each indicator.</summary>
    public static async Task<Dictionary<int, HashSet<PeriodType>>> TypesAsync(CauNoiDb db, CancellationToken ct) =>
        (await db.FormIndicators.Join(db.ReportForms.Where(f => f.IsActive), i => i.FormId, f => f.Id, (i, f) => new { i.IndicatorId, f.PeriodType }).ToListAsync(ct))
            .GroupBy(x => x.IndicatorId).ToDictionary(g => g.Key, g => g.Select(x => x.PeriodType).ToHashSet());

    private static IEnumerable<string> Guide() =>
    [
        "Mỗi dòng của trang \"Số liệu\" là một số liệu đã công bố (như của Cục Thống kê) của một chỉ tiêu, một tỉnh, một kỳ; giữ nguyên dòng tiêu đề.",
        "Mã chỉ tiêu: ở trang \"Chỉ tiêu\"; chỉ nhập chỉ tiêu do đơn vị mình theo dõi (Cục Công Thương địa phương và quản trị hệ thống nhập mọi chỉ tiêu). Chỉ tiêu tính toán không nhập.",
        "Kỳ: 2025-03 (tháng), 2025-Q2 (quý), 2025-H1 (6 tháng đầu năm), 2025 (năm); loại kỳ phải là loại kỳ chỉ tiêu được báo cáo (cột \"Kỳ báo cáo\" ở trang \"Chỉ tiêu\"). Định dạng cột Kỳ là Văn bản (Text) để Excel không đổi thành ngày.",
        "Mã tỉnh: kỳ kết thúc trước 01/07/2025 ghi mã tỉnh cũ (trang \"Tỉnh cũ\", 63 tỉnh, như đã công bố khi đó); kỳ từ 01/07/2025 ghi mã tỉnh hiện nay (trang \"Tỉnh\", 34 tỉnh).",
        "Số liệu: theo đơn vị tính của chỉ tiêu, như 1.234,5 hoặc 1234,5; được làm tròn theo số chữ số thập phân và kiểm tra giới hạn của chỉ tiêu.",
        "Nguồn: văn bản, ấn phẩm công bố số liệu (như Niên giám thống kê 2024); để trống thì lấy nguồn ghi khi tải tệp lên.",
        "Số liệu thay một số liệu đã có được ghi lại trong các lần thay đổi (giá trị cũ, giá trị mới, người nhập, nguồn); số liệu trùng với số đã có được bỏ qua.",
        "Có thể lưu thành tệp CSV (UTF-8) với cùng các cột, phân cách bằng dấu phẩy hoặc dấu chấm phẩy.",
        $"Tối đa {Display.Number(MaxRows)} dòng một tệp. Nếu có dòng chưa hợp lệ, hệ thống không lưu số liệu nào và liệt kê từng dòng cần sửa.",
    ];
}
