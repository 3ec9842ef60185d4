using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The register of documents that assign work: read by whoever the scope lets see them (<see cref="TaskScope"/>), written
/// by those who may assign tasks (<see cref="TaskIntake.MayAssign"/>); a province's department adds files to its own
/// documents only.
/// </summary>
public static class DocumentsApi
{
    public const int PageSize = 50;
    public const int TasksShown = 500;

    /// <param name="Tasks">The tasks of it the caller sees, a recurring one counted once.</param>
    public sealed record Item(int Id, DocumentType Type, string TypeName, string Number, DateOnly IssuedOn, string Issuer, string SignerName,
        string Summary, int Tasks);

    /// <summary>A recommendation one of the document's tasks answers.</summary>
    public sealed record LinkedRecommendation(int Id, string Number, string Title, RecommendationStatus Status, string StatusName, int TaskId);

    public sealed record StatusCount(WorkTaskStatus Status, string Name, int Count);

    /// <param name="ByStatus">
    /// The document's tasks the caller sees, assigned by today, counted by their status today (a recurring task by its
    /// occurrences), as the dashboards count them.
    /// </param>
    /// <param name="Tasks">The first <see cref="TasksShown"/> of those tasks by deadline (a series and its occurrences included).</param>
    public sealed record Detail(Item Document, IReadOnlyList<FileView> Files, IReadOnlyList<StatusCount> ByStatus,
        IReadOnlyList<TaskQueries.Item> Tasks, IReadOnlyList<LinkedRecommendation> Recommendations);

    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/documents").WithTags("Văn bản");
        group.MapGet("/", List).WithSummary("Sổ văn bản giao nhiệm vụ trong phạm vi, tìm theo số, ký hiệu, trích yếu (không dấu), phân trang");
        group.MapGet("/{id:int}", Get).WithSummary("Một văn bản với tệp, các nhiệm vụ (đếm theo tình trạng) và kiến nghị được xử lý qua các nhiệm vụ đó");
        group.MapPost("/", Register).WithSummary("Cập nhật văn bản giao nhiệm vụ vào sổ (cán bộ Bộ, Sở Công Thương)");
        group.MapPost("/{id:int}/files", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm tệp văn bản (multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}): {AttachmentKind.Allowed}");
        group.MapGet("/{id:int}/files/{fileId:guid}", Download).WithSummary("Tải tệp của văn bản");
    }

    private static async Task<Ok<Page<Item>>> List(string? q, int? page, CauNoiDb db, CurrentUser current, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var documents = db.Documents.VisibleTo(db, scope, actor);
        var tasks = db.Tasks.VisibleTo(scope, actor);
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0) documents = documents.Where(d => EF.Functions.Like(d.SearchName, VietnameseText.LikeContains(folded), "\\"));
        var rows = documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id).Select(d => new Item(d.Id, d.Type, "", d.Number,
            d.IssuedOn, d.Issuer, d.SignerName, d.Summary, tasks.Count(t => t.DocumentId == d.Id && t.SeriesId == null)));
        var read = await Page<Item>.ReadAsync(rows, documents, page, PageSize, ct);
        return TypedResults.Ok(read with { Items = [.. read.Items.Select(i => i with { TypeName = TaskNames.Of(i.Type) })] });
    }

    private static async Task<Results<Ok<Detail>, ProblemHttpResult>> Get(int id, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var detail = await DetailAsync(db, scope, actor, id, VietnamTime.Today(clock), ct);
        return detail is null ? Problems.NotFound() : TypedResults.Ok(detail);
    }

    private static async Task<Results<Created<Detail>, ProblemHttpResult, ValidationProblem>> Register(
        TaskIntake.DocumentInput input, CauNoiDb db, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        if (actor is null || !TaskIntake.MayAssign(actor))
            return TypedResults.Problem("Tài khoản của bạn không được cập nhật văn bản giao nhiệm vụ.", statusCode: 403, title: "Không có quyền");
        var today = VietnamTime.Today(clock);
        var (document, errors) = await TaskIntake.CheckDocumentAsync(db, actor, input, today, clock.GetUtcNow().UtcDateTime, ct);
        if (document is null) return Invalid(errors);
        db.Documents.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same number and date registered by someone else a moment ago: the answer the check gives when it comes first.
            db.ChangeTracker.Clear();
            var (_, again) = await TaskIntake.CheckDocumentAsync(db, actor, input, today, clock.GetUtcNow().UtcDateTime, ct);
            if (again.Count == 0) throw;
            return Invalid(again);
        }
        var detail = await DetailAsync(db, await current.ScopeAsync(ct), actor, document.Id, today, ct);
        return TypedResults.Created($"/api/v1/documents/{document.Id}", detail!);

        static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
            TypedResults.ValidationProblem(errors, title: "Văn bản chưa hợp lệ", detail: "Vui lòng sửa các mục được nêu.");
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.Of(current);
        var registrar = actor is null ? null : await db.Documents.VisibleTo(db, await current.ScopeAsync(ct), actor)
            .Where(d => d.Id == id).Select(d => (int?)d.RegisteredByOrganisationId).FirstOrDefaultAsync(ct);
        if (actor is null || registrar is null) return Problems.NotFound();
        // A province's department sees the Ministry's documents that hold its tasks, but files only its own.
        if (!TaskIntake.MayAssign(actor) || !(actor.IsMinistry || actor.IsAdministrator || registrar == actor.OrganisationId))
            return TypedResults.Problem("Tài khoản của bạn không được cập nhật tệp của văn bản này.", statusCode: 403, title: "Không có quyền");
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;
        var outcome = await Uploads.SaveAsync(db, store, files!, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime,
            () => new DocumentFile { DocumentId = id }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/documents/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid fileId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files, ILoggerFactory logs, CancellationToken ct)
    {
        var visible = db.Documents.VisibleTo(db, await current.ScopeAsync(ct), Actor.Of(current)).Where(d => d.Id == id);
        var file = await db.DocumentFiles.Where(f => f.Id == fileId && f.DocumentId == id && visible.Any()).FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        return await Uploads.DownloadAsync(files, file, $"{SourceDocument.NumberPrefix}{id:D6}", response, logs.CreateLogger(typeof(DocumentsApi)), ct);
    }

    /// <summary>The document if the caller sees it, with the tasks they see of it and the recommendations those tasks answer.</summary>
    private static async Task<Detail?> DetailAsync(CauNoiDb db, Scope scope, Actor? actor, int id, DateOnly today, CancellationToken ct)
    {
        var document = await db.Documents.VisibleTo(db, scope, actor).AsNoTracking().Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return null;
        var tasks = TaskQueries.Filtered(db, scope, actor, new TaskQueries.TaskFilter(Document: id), today);
        var count = await tasks.CountAsync(t => t.SeriesId == null, ct);
        var listed = await TaskQueries.PageAsync(db, tasks, today, 1, TasksShown, ct);
        var figures = await TaskFigures.LoadAsync(tasks, today, ct);
        var answering = await tasks.Where(t => t.RecommendationId != null).OrderBy(t => t.Id)
            .Select(t => new { TaskId = t.Id, Recommendation = t.RecommendationId!.Value }).ToListAsync(ct);
        var ids = answering.Select(a => a.Recommendation).Distinct().ToArray();
        var seen = await db.Recommendations.VisibleTo(scope).Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.Status }).ToDictionaryAsync(r => r.Id, ct);
        List<LinkedRecommendation> recommendations = [];
        foreach (var a in answering)
            if (seen.TryGetValue(a.Recommendation, out var r))
                recommendations.Add(new(r.Id, Recommendation.FormatNumber(r.Id), r.Title, r.Status, RecommendationNames.Of(r.Status), a.TaskId));
        var item = new Item(document.Id, document.Type, TaskNames.Of(document.Type), document.Number, document.IssuedOn, document.Issuer,
            document.SignerName, document.Summary, count);
        return new Detail(item, [.. document.Files.OrderBy(f => f.At).Select(FileView.Of)],
            [.. TaskFigures.Order.Where(s => figures.Count(s) > 0).Select(s => new StatusCount(s, TaskNames.Of(s), figures.Count(s)))],
            listed.Items, recommendations);
    }
}
