using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Indicators;

/// <summary>The targets' workbook: its template, and a filled one taken in whole or not at all.</summary>
public static class TargetImportApi
{
    public sealed record TargetsImported(int Count);

    public static void MapTargetImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/targets").WithTags("Chỉ tiêu");
        group.MapGet("/template", Template).WithSummary("Tệp mẫu .xlsx để nhập chỉ tiêu kế hoạch Bộ giao, với danh sách mã chỉ tiêu, mã tỉnh và hướng dẫn");
        group.MapPost("/import", Import)
            .WithSummary("Nhập chỉ tiêu kế hoạch theo tệp mẫu (.xlsx hoặc .xls, multipart: file); tất cả hoặc không dòng nào; đơn vị thuộc Bộ theo dõi chỉ tiêu, Cục Công Thương địa phương, quản trị")
            .TakesSpreadsheet();
    }

    private static Task<FileStreamHttpResult> Template(CauNoiDb db, CancellationToken ct) =>
        ImportAnswers.TemplateAsync(file => TargetTemplate.WriteAsync(db, file, ct), "mau-nhap-chi-tieu-ke-hoach.xlsx");

    private static async Task<Results<Ok<TargetsImported>, ProblemHttpResult>> Import(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !await TargetImport.MayImportAsync(db, actor, ct))
            return TypedResults.Problem(TargetImport.MayNotSet, statusCode: 403, title: "Không có quyền");
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp chỉ tiêu kế hoạch (.xlsx hoặc .xls).");

        SpreadsheetImport.Checked<Targets.Checked> list;
        await using (var stream = file.OpenReadStream())
            list = await TargetImport.CheckAsync(db, actor, stream, ct);
        if (list.Problems is { Count: > 0 } found) return ImportAnswers.Refused(found, TargetTemplate.Definition.RowIs);
        return TypedResults.Ok(new TargetsImported(await TargetImport.SaveAsync(db, actor, list.Items, clock.GetUtcNow().UtcDateTime, ct)));
    }
}
