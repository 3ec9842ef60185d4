using CauNoi.Web.Shared.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Recommendations.Export;

/// <summary>The list as the caller filtered it, every matching row within their scope, as an .xlsx workbook.</summary>
public static class RecommendationExport
{
    public const int MaxRows = 100_000;
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The list's filters (<see cref="RecommendationsApi.ListParameters"/>) without the page: an export is all of it.</summary>
    public sealed record Parameters(
        string? Province, string? Commune, int? Unit, int? Field, Channel? Channel, RecommendationStatus? Status, bool? Overdue,
        DateOnly? From, DateOnly? To, string? FocalLeader, string? Q, string? Sort, bool? Open, DateOnly? DueBy)
    {
        public RecommendationQueries.Filter ToFilter() => new(Province, Commune, Unit, Field, Channel, Status, Overdue, From, To, FocalLeader, Q, Sort, Open, DueBy);
    }

    public static readonly string[] Header =
        ["Số", "Tiêu đề", "Tỉnh", "Xã", "Lĩnh vực", "Đơn vị xử lý", "Kênh", "Trạng thái", "Ngày nhận", "Hạn trả lời", "Ngày trả lời", "Quá hạn"];

    public static void MapRecommendationExportApi(this RouteGroupBuilder api) =>
        api.MapGet("/recommendations/export", Export).WithTags("Kiến nghị").WithSummary("Xuất danh sách kiến nghị (cùng bộ lọc với danh sách, mọi trang) ra tệp .xlsx; tối đa 100.000 dòng");

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(
        CauNoiDb db, CurrentUser current, TimeProvider clock, [AsParameters] Parameters p, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var query = RecommendationQueries.Apply(db.Recommendations, await current.ScopeAsync(ct), p.ToFilter(), today);
        var count = await query.CountAsync(ct);
        if (count > MaxRows)
            return Problems.BadRequest($"Có {Display.Number(count)} kiến nghị khớp bộ lọc, vượt quá {Display.Number(MaxRows)} dòng của một lần xuất. Hãy lọc hẹp hơn (theo thời gian, tỉnh, lĩnh vực...) rồi xuất từng phần.");

        // Written row by row to a temporary file, then sent from it: a large export is never held in memory whole.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"caunoi-export-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            var rows = RecommendationQueries.Items(db, query.AsNoTracking()).AsEnumerable()
                .Select(i => Row(RecommendationQueries.Completed(i, today)));
            XlsxWriter.Write(file, new XlsxSheet("Kiến nghị", Header, rows, [10, 60, 22, 24, 28, 34, 16, 18, 11, 11, 11, 8]));
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        return TypedResults.File(file, XlsxType, $"kien-nghi-{today:yyyy-MM-dd}.xlsx");
    }

    private static object?[] Row(RecommendationQueries.Item i) =>
        [i.Number, i.Title, i.ProvinceName, i.CommuneName, i.FieldName, i.UnitName, RecommendationNames.Of(i.Channel), i.StatusName,
         i.ReceivedOn, i.DueOn, i.AnsweredOn, i.Overdue];
}
