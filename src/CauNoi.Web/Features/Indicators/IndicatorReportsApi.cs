using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The results dashboard of one indicator for one period as JSON, an .xlsx table or a Decree 30 .docx report. Accepted
/// figures are published as open data, so every signed-in account may ask; the caller's organisation issues the .docx.
/// </summary>
public static class IndicatorReportsApi
{
    public static void MapIndicatorReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/indicators/results", Results).WithTags("Chỉ tiêu")
            .WithSummary("Kết quả thực hiện một chỉ tiêu trong một kỳ theo 34 tỉnh (hoặc một khu vực), như trang Chỉ tiêu và kết quả: số liệu, cùng kỳ năm trước, "
                + "kỳ trước, tốc độ tăng, chỉ tiêu kế hoạch, tỷ lệ đạt, hạng; dòng cả nước và các khu vực; format=json (mặc định), xlsx hoặc docx")
            .WithDescription("indicator là mã chỉ tiêu; period như 2025-03, 2025-Q2, 2025-H1, 2025 (không có: kỳ gần nhất có đủ số liệu); region là North, Centre hoặc South "
                + "(không có: cả nước). Số liệu làm tròn theo số chữ số thập phân của chỉ tiêu, tỷ lệ phần trăm một chữ số, như trang hiển thị.");
    }

    public static readonly string[] Formats = ["json", "xlsx", "docx"];

    /// <summary>The format asked (json when none), or null with the refusal when it is not one of <paramref name="allowed"/>.</summary>
    public static string? FormatOf(string? format, IReadOnlyList<string> allowed, out string refusal)
    {
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        refusal = $"Định dạng “{format?.Trim()}” không được hỗ trợ: chọn {string.Join(", ", allowed.SkipLast(1))} hoặc {allowed[^1]}.";
        return allowed.Contains(kind) ? kind : null;
    }

    private static async Task<Results<Ok<IndicatorResults>, FileContentHttpResult, ProblemHttpResult>> Results(
        string? indicator, string? period, string? region, string? format, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (FormatOf(format, Formats, out var refusal) is not { } kind) return Problems.BadRequest(refusal);
        var found = await db.Indicators.FirstOrDefaultAsync(i => i.Code == indicator && i.IsActive, ct);
        if (found is null) return Problems.BadRequest($"Không có chỉ tiêu mã “{indicator}” trong danh mục: chọn chỉ tiêu (indicator) theo mã trong danh mục.");
        Period asked = default;
        if (!string.IsNullOrWhiteSpace(period) && !Period.TryParse(period, out asked))
            return Problems.BadRequest($"Kỳ “{period}” không hợp lệ: ghi như 2025-03, 2025-Q2, 2025-H1 hoặc 2025.");
        if (!Regions.TryParse(region, out var area, out var wrongRegion)) return Problems.BadRequest(wrongRegion);
        var shown = string.IsNullOrWhiteSpace(period) ? await IndicatorDashboard.LatestPeriodAsync(db, found, ct) : asked;
        var results = IndicatorResults.Of(await IndicatorDashboard.ReadAsync(db, found, shown, area, ct));
        if (kind == "json") return TypedResults.Ok(results);

        var today = VietnamTime.Today(clock);
        var name = $"ket-qua-{found.Code.ToLowerInvariant()}-{shown.Key}" + (area is { } a ? "-" + a.ToString().ToLowerInvariant() : "");
        if (kind == "xlsx") return TypedResults.File(IndicatorResultsWorkbook.ToBytes(results, today), WeeklyReportWorkbook.ContentType, name + ".xlsx");
        var issuer = await ReportIssuer.OfAsync(db, current.Account, await current.ScopeAsync(ct), ct);
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(IndicatorResultsDocument.ToBytes(results, today, issuer, signOff), WeeklyReportDocument.ContentType, "bao-cao-" + name + ".docx");
    }
}
