using CauNoi.Web.Features.Reports;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Briefs;

public static class BriefsApi
{
    public static void MapBriefsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/briefs/me", Get).WithTags("Báo cáo")
            .WithSummary("Bản tin tuần của lãnh đạo: kiến nghị, nhiệm vụ quá hạn hoặc đến hạn trong tuần, chỉ tiêu chưa đạt và báo cáo chưa nộp "
                + "của các tỉnh được phân công phụ trách và các đơn vị được phân công chỉ đạo. week dạng 2026-W49 (mặc định tuần hiện tại); "
                + "format=json (mặc định) hoặc docx; leader=tên đăng nhập của lãnh đạo khác (chỉ quản trị hệ thống và Cục Công Thương địa phương)");
    }

    private static async Task<Results<Ok<LeaderBrief>, FileContentHttpResult, ProblemHttpResult>> Get(
        string? week, string? format, string? leader, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var kind = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (kind is not ("json" or "docx")) return Problems.BadRequest($"Định dạng “{format!.Trim()}” không được hỗ trợ: chọn json hoặc docx.");
        var monday = string.IsNullOrWhiteSpace(week) ? LeaderBrief.MondayOf(LeaderBrief.WeekOf(today)) : LeaderBrief.MondayOf(week);
        if (monday is null) return Problems.BadRequest($"Tuần “{week!.Trim()}” không hợp lệ: viết dạng năm-W số tuần, ví dụ 2026-W49.");
        var (found, refusal) = await BriefLeader.FindAsync(db, current, leader, ct);
        if (refusal is not null) return TypedResults.Problem(refusal, statusCode: 403, title: Problems.TitleFor(403));
        if (found is null) return Problems.NotFound($"Không có lãnh đạo có tên đăng nhập “{leader?.Trim()}”.");

        var brief = await LeaderBriefs.ReadAsync(db, found, monday.Value, today, ct);
        if (kind == "json") return TypedResults.Ok(brief);
        var scope = await current.ScopeAsync(ct);
        var issuer = await ReportIssuer.OfAsync(db, current.Account, scope, ct);
        var signOff = await ReportSignOffs.ReadAsync(db, issuer.Level, ct);
        return TypedResults.File(LeaderBriefDocument.ToBytes(brief, today, issuer, signOff), LeaderBriefDocument.ContentType, LeaderBriefDocument.FileName(brief));
    }
}
