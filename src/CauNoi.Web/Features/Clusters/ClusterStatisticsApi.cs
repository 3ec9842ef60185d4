using System.Globalization;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// The national statistics of industrial clusters as JSON, an .xlsx table or a Decree 30 .docx report. They are aggregate
/// figures of the whole registry, so every signed-in account may ask, whatever clusters it may open; the caller's
/// organisation issues the .docx.
/// </summary>
public static class ClusterStatisticsApi
{
    public static void MapClusterStatisticsApi(this RouteGroupBuilder api) =>
        api.MapGet("/clusters/statistics", Statistics).WithTags("Cụm công nghiệp")
            .WithSummary("Thống kê cụm công nghiệp cả nước đến 31/12 của một năm, theo 34 tỉnh, khu vực và cả nước: số cụm đã thành lập và diện tích, "
                + "số cụm đang hoạt động và diện tích, số dự án thứ cấp, tỷ lệ lấp đầy bình quân, số lao động; format=json (mặc định), xlsx hoặc docx")
            .WithDescription("year từ 2000 đến năm nay (không có: năm gần nhất đã kết thúc); region là North, Centre hoặc South (không có: cả nước). "
                + ClusterStatistics.Formula + " (leasedHa ÷ leasableHa của từng dòng), làm tròn một chữ số thập phân; không có khi không có đất có thể cho thuê.");

    private static async Task<Results<Ok<ClusterStatistics>, FileContentHttpResult, ProblemHttpResult>> Statistics(
        string? year, string? region, string? format, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        if (IndicatorReportsApi.FormatOf(format, IndicatorReportsApi.Formats, out var refusal) is not { } kind) return Problems.BadRequest(refusal);
        var today = VietnamTime.Today(clock);
        var shown = ClusterStatistics.LastCompleteYear(today);
        if (!string.IsNullOrWhiteSpace(year) && !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out shown))
            return Problems.BadRequest($"Năm “{year}” không hợp lệ: ghi năm bằng bốn chữ số, như {ClusterStatistics.LastCompleteYear(today)}.");
        if (ClusterStatistics.Refusal(shown, today) is { } wrongYear) return Problems.BadRequest(wrongYear);
        if (!Regions.TryParse(region, out var area, out var wrongRegion)) return Problems.BadRequest(wrongRegion);

        var statistics = await ClusterStatistics.ReadAsync(db, shown, area, ct);
        if (kind == "json") return TypedResults.Ok(statistics);
        var name = $"thong-ke-cum-cong-nghiep-{shown}" + (area is { } a ? "-" + a.ToString().ToLowerInvariant() : "");
        if (kind == "xlsx") return TypedResults.File(ClusterStatisticsWorkbook.ToBytes(statistics, today), WeeklyReportWorkbook.ContentType, name + ".xlsx");
        var issuer = await ReportIssuer.OfAsync(db, current.Account, await current.ScopeAsync(ct), ct);
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(ClusterStatisticsDocument.ToBytes(statistics, today, issuer, signOff), WeeklyReportDocument.ContentType, "bao-cao-" + name + ".docx");
    }
}
