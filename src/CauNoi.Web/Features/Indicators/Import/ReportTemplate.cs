using CauNoi.Web.Shared.Excel;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>
/// The Ministry's workbook of one report: a row for each indicator of its form (code, name, unit, the figure, the
/// explanation), with the form, the province and the period on every row so that a file filled in for another report is
/// caught, and the figures entered so far already in it. The same columns are accepted as CSV.
/// </summary>
public static class ReportTemplate
{
    public const string Code = "Indicator", Value = "Value", Explanation = "Explanation", Form = "Form", Province = "Province", Period = "Period";

    /// <summary>The report the file is imported into, and its form's indicators by code; the catalogue's codes tell an unknown one from one not on the form.</summary>
    public sealed record Lookups(FormReport Report, IReadOnlyDictionary<string, Indicator> OnForm, IReadOnlySet<string> Catalogue);

    public static readonly ImportTemplate<Lookups> Definition = new("Số liệu", "số liệu",
    [
        new("Mã chỉ tiêu", Code, true, 14, IndicatorOf),
        new("Tên chỉ tiêu", "Name", false, 50),
        new("Đơn vị tính", "Unit", false, 14),
        new("Số liệu", Value, true, 16, Figure),
        new("Giải trình", Explanation, false, 50),
        new("Biểu mẫu", Form, false, 14),
        new("Mã tỉnh", Province, false, 10),
        new("Kỳ báo cáo", Period, false, 12) { Aliases = ["kỳ"] },
    ]) { AcceptsCsv = true };

    private static CellReading IndicatorOf(string text, Lookups lookups)
    {
        var code = text.Trim();
        if (code.Length == 0) return CellReading.Refused("Nhập mã chỉ tiêu.");
        if (lookups.OnForm.TryGetValue(code, out var indicator)) return CellReading.Of(indicator);
        return lookups.Catalogue.Contains(code)
            ? CellReading.Refused($"Chỉ tiêu “{code}” không có trong biểu mẫu {lookups.Report.Form!.Code} của báo cáo này.")
            : CellReading.Refused($"Không có chỉ tiêu mã “{code}” trong danh mục chỉ tiêu.");
    }

    /// <summary>As the page reads a figure typed in (<see cref="FigureInput"/>): "1.234,5", "1234,5" or "1234.5"; blank clears it.</summary>
    public static CellReading Figure(string text, object? _) =>
        FigureInput.TryParse(text, out var value) ? CellReading.Of(value)
            : CellReading.Refused($"“{text.Trim()}” không phải là số: ghi như 1.234,5 hoặc 1234,5.");

    public static async Task WriteAsync(CauNoiDb db, FormReport report, Stream output, CancellationToken ct)
    {
        var form = report.Form!;
        var indicators = await ReportSteps.FormIndicatorsAsync(db, form.Id, ct);
        var organisation = await db.Organisations.Where(o => o.Id == report.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var entries = report.Entries.ToDictionary(e => e.IndicatorId);
        var period = report.Period;
        Definition.Write(output,
            indicators.Select(i => (IReadOnlyList<object?>)[i.Code, i.Name, i.Unit, entries.GetValueOrDefault(i.Id)?.Value, entries.GetValueOrDefault(i.Id)?.Explanation,
                form.Code, report.ProvinceCode, period.Key]),
            new XlsxSheet("Hướng dẫn", ["Hướng dẫn điền số liệu"],
            [
                [$"Báo cáo: {form.Name} ({form.Code}), {organisation}, {period.Name} (kỳ {period.Key})."],
                ["Mỗi dòng của trang \"Số liệu\" là một chỉ tiêu của biểu mẫu; chỉ điền cột Số liệu và, khi cần, Giải trình. Giữ nguyên dòng tiêu đề và các cột mã."],
                ["Số liệu ghi theo đơn vị tính của chỉ tiêu, như 1.234,5 hoặc 1234,5; để trống là xóa số liệu đã nhập. Chỉ tiêu không có dòng trong tệp giữ nguyên số liệu."],
                ["Có thể lưu thành tệp CSV (UTF-8) với cùng các cột, phân cách bằng dấu phẩy hoặc dấu chấm phẩy."],
                ["Số liệu được kiểm tra như khi nhập trên trang (giới hạn của chỉ tiêu, mã chỉ tiêu, dòng trùng); nếu có dòng chưa hợp lệ, không số liệu nào được lưu."],
            ], [120]));
    }
}
