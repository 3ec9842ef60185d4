using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Tasks.Reports;

public static class TaskReportApi
{
    public static void MapTaskReportApi(this RouteGroupBuilder api)
    {
        // Every signed-in user may ask: the figures cover only the tasks their scope lets them see.
        api.MapGet("/reports/tasks", Tasks).WithTags("Báo cáo")
            .WithSummary("Báo cáo kết quả thực hiện nhiệm vụ giao trong kỳ (from, to dạng yyyy-MM-dd, không có: từ đầu năm đến hôm nay; tình trạng tính đến ngày cuối kỳ hoặc hôm nay), "
                + "lọc theo lead (đơn vị chủ trì), leader (tài khoản lãnh đạo giao), owner (người chủ trì), document (văn bản giao); format=json (mặc định), xlsx hoặc docx");
    }

    private static async Task<Results<Ok<TaskReport>, FileContentHttpResult, ValidationProblem>> Tasks(
        string? from, string? to, int? lead, string? leader, string? owner, int? document, string? format,
        CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "xlsx" or "docx"))
            errors["format"] = [$"Định dạng “{format!.Trim()}” không được hỗ trợ: chọn json, xlsx hoặc docx."];
        var period = TaskReport.PeriodOf(from, to, "yyyy-MM-dd", today, errors);
        if (period is null || errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Tham số báo cáo không hợp lệ", detail: string.Join(" ", errors.Values.SelectMany(m => m)));

        var scope = await current.ScopeAsync(ct);
        // The JSON holds the first rows of each table, as the dashboard shows them; the files hold them all.
        var report = await TaskReport.ComputeAsync(db, scope, Actor.Of(current), period, new TaskReport.Filter(lead, leader, owner, document), today, ct,
            top: kind == "json" ? TaskReport.Shown : null);
        if (kind == "json") return TypedResults.Ok(report);

        var name = $"bao-cao-nhiem-vu-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}";
        var issuer = await ReportIssuer.OfAsync(db, current.Account, scope, ct);
        if (kind == "xlsx") return TypedResults.File(TaskReportWorkbook.ToBytes(report, issuer), WeeklyReportWorkbook.ContentType, name + ".xlsx");
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(TaskReportDocument.ToBytes(report, today, issuer, signOff), WeeklyReportDocument.ContentType, name + ".docx");
    }
}
