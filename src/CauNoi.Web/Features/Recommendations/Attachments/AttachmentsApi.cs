using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CauNoi.Web.Features.Recommendations.Attachments;

/// <summary>Files attached to a recommendation: uploaded and downloaded by whoever can see it.</summary>
public static class AttachmentsApi
{
    public static void MapAttachmentsApi(this RouteGroupBuilder api)
    {
        var store = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<AttachmentStore>();
        var group = api.MapGroup("/recommendations/{id:int}/attachments").WithTags("Kiến nghị");
        group.MapPost("/", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(store.RequestLimit))
            .WithSummary($"Đính kèm tệp (multipart/form-data, tối đa {AttachmentStore.MaxFiles} tệp, mỗi tệp tối đa {store.MaxSize}): {AttachmentKind.Allowed}, nhận dạng theo nội dung tệp");
        group.MapGet("/{attachmentId:guid}", Download).WithSummary("Tải tệp đính kèm");
    }

    private static async Task<Results<Created<IReadOnlyList<RecommendationDetail.File>>, ProblemHttpResult>> Upload(
        int id, HttpRequest request, CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock, CancellationToken ct)
    {
        var visible = await db.Recommendations.VisibleTo(await current.ScopeAsync(ct)).AnyAsync(r => r.Id == id, ct);
        var actor = Actor.Of(current);
        if (!visible || actor is null) return Problems.NotFound();
        if (!request.HasFormContentType) return Problems.BadRequest("Gửi tệp đính kèm dưới dạng multipart/form-data.");

        var tooLarge = TypedResults.Problem(store.Limits, statusCode: 413, title: "Dữ liệu gửi lên quá lớn");
        if (request.ContentLength > store.RequestLimit) return tooLarge;
        IFormCollection form;
        try
        {
            form = await store.ReadFormAsync(request, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: 413 })
        {
            // A part beyond one file's size, or a body beyond the request's: the rest is not worth reading.
            request.HttpContext.Response.Headers.Connection = "close";
            return tooLarge;
        }
        catch (IOException) { return Problems.BadRequest("Không đọc được dữ liệu gửi lên; vui lòng gửi lại."); }

        var outcome = await AttachmentUpload.SaveAsync(db, store, actor, id, form.Files, clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Refusal is { } refusal)
            return outcome.TooLarge ? TypedResults.Problem(refusal, statusCode: 413, title: "Dữ liệu gửi lên quá lớn") : Problems.BadRequest(refusal);
        return TypedResults.Created($"/api/v1/recommendations/{id}",
            (IReadOnlyList<RecommendationDetail.File>)[.. outcome.Saved.Select(a => new RecommendationDetail.File(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedByName, a.At))]);
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
            .Select(a => new { a.StoredName, a.FileName, a.ContentType })
            .FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound();
        if (await files.OpenReadAsync(file.StoredName, ct) is not { } content)
        {
            logs.CreateLogger(typeof(AttachmentsApi)).LogError("Attachment {AttachmentId} of recommendation {Id} ({StoredName}) is missing from {Store}",
                attachmentId, id, file.StoredName, files.Location);
            return Problems.NotFound("Tệp đính kèm không còn trên máy chủ. Vui lòng báo quản trị hệ thống.");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
