using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Clusters.Import;

/// <summary>A province's list of existing clusters: its template, and a filled one taken in whole or not at all.</summary>
public static class ClusterImportApi
{
    public sealed record ClustersImported(int Count, IReadOnlyList<string> Codes);

    public static void MapClusterImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clusters/import").WithTags("Cụm công nghiệp");
        group.MapGet("/template", Template).WithSummary("Tệp mẫu .xlsx để nhập danh sách cụm công nghiệp hiện có của tỉnh, với mã tỉnh, giai đoạn và hướng dẫn");
        group.MapPost("/", Import)
            .WithSummary("Nhập danh sách cụm công nghiệp hiện có theo tệp mẫu (.xlsx hoặc .xls, multipart: file); tất cả hoặc không dòng nào; Sở Công Thương cho tỉnh của mình, Cục Công Thương địa phương, quản trị")
            .TakesSpreadsheet();
    }

    private static Task<FileStreamHttpResult> Template(CauNoiDb db, CancellationToken ct) =>
        ImportAnswers.TemplateAsync(file => ClusterTemplate.WriteAsync(db, file, ct), "mau-nhap-cum-cong-nghiep.xlsx");

    private static async Task<Results<Ok<ClustersImported>, ProblemHttpResult>> Import(
        HttpRequest http, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !ClusterImport.MayImport(actor)) return TypedResults.Problem(ClusterImport.MayNotImport, statusCode: 403, title: "Không có quyền");
        var (form, refused) = await ImportAnswers.ReadFormAsync(http, "file", ct);
        if (form is null) return refused!;
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Problems.BadRequest("Vui lòng chọn tệp danh sách cụm công nghiệp (.xlsx hoặc .xls).");

        SpreadsheetImport.Checked<Cluster> list;
        await using (var stream = file.OpenReadStream())
            list = await ClusterImport.CheckAsync(db, actor, stream, clock.GetUtcNow().UtcDateTime, ct);
        if (list.Problems is { Count: > 0 } found) return ImportAnswers.Refused(found, ClusterTemplate.Definition.RowIs);
        var count = await ClusterImport.SaveAsync(db, list.Items, ct);
        return TypedResults.Ok(new ClustersImported(count, [.. list.Items.Select(c => c.Code)]));
    }
}
