using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Tasks.Import;

public static class TaskImportApi
{
    public sealed record Imported(int Count, IReadOnlyList<int> Ids);

    public static void MapTaskImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Nhiệm vụ");
        group.MapGet("/import/template", Template).WithSummary("Tệp mẫu .xlsx để nhập danh sách nhiệm vụ");
        group.MapPost("/import", Import)
            .WithSummary("Nhập danh sách nhiệm vụ theo tệp mẫu (.xlsx hoặc .xls, multipart: file); tất cả hoặc không dòng nào")
            .TakesSpreadsheet();
    }

    private static Task<FileStreamHttpResult> Template(CauNoiDb db, CancellationToken ct) =>
        ImportAnswers.TemplateAsync(file => TaskTemplate.WriteAsync(db, file, ct), "mau-nhap-nhiem-vu.xlsx");

    private static async Task<Results<Ok<Imported>, ProblemHttpResult>> Import(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !TaskIntake.MayAssign(actor))
            return TypedResults.Problem("Tài khoản của bạn không được giao nhiệm vụ.", statusCode: 403, title: "Không có quyền");
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp danh sách nhiệm vụ (.xlsx hoặc .xls).");

        SpreadsheetImport.Checked<TaskIntake.Checked> list;
        await using (var stream = file.OpenReadStream())
            list = await TaskImport.CheckAsync(db, actor, await current.ScopeAsync(ct), stream, VietnamTime.Today(clock), ct);
        if (list.Problems is { Count: > 0 } found) return ImportAnswers.Refused(found, TaskTemplate.Definition.RowIs);
        var ids = await TaskImport.SaveAsync(db, actor, list.Items, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(new Imported(ids.Count, ids));
    }
}
