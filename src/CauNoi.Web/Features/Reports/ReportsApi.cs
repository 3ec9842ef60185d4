using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Reports;

public static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        // Every signed-in user may ask: the figures cover only what their scope lets them see,
        // so a province gets its own report and the hub or a Ministry leader the national one.
        api.MapGet("/reports/weekly", Weekly).WithTags("Báo cáo")
            .WithSummary("Báo cáo tuần về tiếp nhận, xử lý kiến nghị trong phạm vi của người gọi: from, to dạng yyyy-MM-dd, tối đa 400 ngày "
                + "(chỉ một ngày: tuần chứa ngày đó; không có: tuần hiện tại, thứ Hai đến Chủ nhật); format=json (mặc định), xlsx hoặc docx");
    }

    private static async Task<Results<Ok<WeeklyReport>, FileContentHttpResult, ValidationProblem>> Weekly(
        string? from, string? to, string? format, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "xlsx" or "docx"))
            errors["format"] = [$"Định dạng “{format!.Trim()}” không được hỗ trợ: chọn json, xlsx hoặc docx."];
        var period = ReportPeriod.Read(from, to, "yyyy-MM-dd", today, errors);
        if (period is null || errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Tham số báo cáo không hợp lệ",
                detail: string.Join(" ", errors.Values.SelectMany(m => m)));

        var scope = await current.ScopeAsync(ct);
        var report = await WeeklyReport.ComputeAsync(db, scope, period, today, ct);
        if (kind == "json") return TypedResults.Ok(report);

        var name = $"bao-cao-tuan-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}";
        var issuer = await ReportIssuer.OfAsync(db, current.Account, scope, ct);
        if (kind == "xlsx") return TypedResults.File(WeeklyReportWorkbook.ToBytes(report, issuer), WeeklyReportWorkbook.ContentType, name + ".xlsx");
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(WeeklyReportDocument.ToBytes(report, today, issuer, signOff), WeeklyReportDocument.ContentType, name + ".docx");
    }
}
