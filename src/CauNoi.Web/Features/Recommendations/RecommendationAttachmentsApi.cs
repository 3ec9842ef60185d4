using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>Files attached to a recommendation: uploaded and downloaded by whoever can see it.</summary>
public static class RecommendationAttachmentsApi
{
    public static void MapRecommendationAttachmentsApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/recommendations/{id:int}/attachments").WithTags("Kiến nghị");
        group.MapPost("/", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm tệp (multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}): {AttachmentKind.Allowed}, nhận dạng theo nội dung tệp");
        group.MapGet("/{attachmentId:guid}", Download).WithSummary("Tải tệp đính kèm");
    }

    private static async Task<Results<Created<IReadOnlyList<FileView>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var visible = await db.Recommendations.VisibleTo(await current.ScopeAsync(ct)).AnyAsync(r => r.Id == id, ct);
        var actor = Actor.Of(current);
        if (!visible || actor is null) return Problems.NotFound();
        var (files, problem) = await Uploads.ReadApiFormAsync(store, request, ct);
        if (problem is not null) return problem;

        var outcome = await Uploads.SaveAsync(db, store, files!, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime,
            () => new RecommendationAttachment { RecommendationId = id }, ct);
        if (outcome.Refusal is { } refusal) return Uploads.Refused(refusal, outcome.TooLarge);
        return TypedResults.Created($"/api/v1/recommendations/{id}", (IReadOnlyList<FileView>)[.. outcome.Saved.Select(FileView.Of)]);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        int id, Guid attachmentId, HttpResponse response, CauNoiDb db, CurrentUser current, IFileStore files,
        ILoggerFactory logs, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var visible = db.Recommendations.VisibleTo(scope).Where(r => r.Id == id);
        // The letter of an answer not yet approved is the Ministry's draft: to the locality it does not exist yet.
        var ministry = scope.SeesAll || scope.UnitId is not null;
        var file = await db.RecommendationAttachments
            .Where(a => a.Id == attachmentId && a.RecommendationId == id && visible.Any()
                && (ministry || !visible.Any(r => r.AnswerIsDraft && r.AnswerLetterFileId == a.Id)))
            .FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        return await Uploads.DownloadAsync(files, file, Recommendation.FormatNumber(id), response, logs.CreateLogger(typeof(RecommendationAttachmentsApi)), ct);
    }
}
