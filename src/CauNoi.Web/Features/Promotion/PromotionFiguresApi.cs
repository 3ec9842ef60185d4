using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The khuyến công figures of a plan year as JSON, an .xlsx table or a Decree 30 .docx report, each from the one
/// <see cref="PromotionFigures"/> the page also shows. Who reads what is <see cref="PromotionFiguresScope"/>'s rule; the
/// caller's organisation issues the .docx.
/// </summary>
public static class PromotionFiguresApi
{
    private const string Tag = "Khuyến công";

    private const string Arguments = "year: năm kế hoạch từ 2000 đến năm sau (không có: năm nay); kind: National (kế hoạch quốc gia) hoặc Local (kế hoạch địa phương), "
        + "không có: cả hai; province: mã tỉnh (không có: cả nước). Tài khoản của Bộ xem cả nước và mọi tỉnh; Sở Công Thương chỉ xem tỉnh mình (tỉnh khác: 404); "
        + "tài khoản cấp xã không xem số liệu kế hoạch (403). " + PromotionFigures.Formula + ", làm tròn một chữ số thập phân; không có khi chưa có đề án được phê duyệt.";

    public static void MapPromotionFiguresApi(this RouteGroupBuilder api)
    {
        api.MapGet("/promotion/figures", (string? year, string? kind, string? province, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
                FiguresAsync("json", year, kind, province, db, current, clock, ct))
            .WithTags(Tag)
            .WithSummary("Số liệu khuyến công của một năm kế hoạch: tỷ lệ hoàn thành kế hoạch theo tỉnh, đề án theo bước, kinh phí (kế hoạch, đề nghị, được duyệt, "
                + "duyệt lần đầu, đã giải ngân, đã quyết toán), kết quả theo loại và đơn vị, các đề án dừng hoặc điều chỉnh và lý do")
            .WithDescription(Arguments);
        api.MapGet("/promotion/figures.xlsx", (string? year, string? kind, string? province, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
                FiguresAsync("xlsx", year, kind, province, db, current, clock, ct))
            .WithTags(Tag).WithSummary("Số liệu khuyến công của một năm kế hoạch, tệp Excel (.xlsx): các bảng như trang Số liệu").WithDescription(Arguments);
        api.MapGet("/promotion/figures.docx", (string? year, string? kind, string? province, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct) =>
                FiguresAsync("docx", year, kind, province, db, current, clock, ct))
            .WithTags(Tag).WithSummary("Báo cáo số liệu khuyến công của một năm kế hoạch (.docx, thể thức Nghị định 30/2020/NĐ-CP), do đơn vị của người gọi ban hành")
            .WithDescription(Arguments);
    }

    private static async Task<Results<Ok<PromotionFigures>, FileContentHttpResult, ProblemHttpResult>> FiguresAsync(
        string format, string? year, string? kind, string? province, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var scope = await current.ScopeAsync(ct);
        var question = await PromotionFiguresScope.AskAsync(db, Actor.Of(current), scope, year, kind, province, today, ct);
        switch (question.Status)
        {
            case 400: return Problems.BadRequest(question.Refusal!);
            case 401: return Problems.Unauthorized(question.Refusal!);
            case 403: return TypedResults.Problem(question.Refusal, statusCode: 403, title: "Không có quyền");
            case 404: return Problems.NotFound();
        }
        var figures = await PromotionFigures.ReadAsync(db, question.Year, question.Kind, question.ProvinceCode, ct);
        if (format == "json") return TypedResults.Ok(figures);
        var name = $"so-lieu-khuyen-cong-{figures.Year}" + (figures.Kind is { } k ? "-" + (k == PlanKind.National ? "quoc-gia" : "dia-phuong") : "")
            + (figures.ProvinceCode is { } p ? "-" + p : "");
        if (format == "xlsx") return TypedResults.File(PromotionFiguresWorkbook.ToBytes(figures, today), WeeklyReportWorkbook.ContentType, name + ".xlsx");
        var issuer = await ReportIssuer.OfAsync(db, current.Account, scope, ct);
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(PromotionFiguresDocument.ToBytes(figures, today, issuer, signOff), WeeklyReportDocument.ContentType, "bao-cao-" + name + ".docx");
    }
}
