using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// Files attached to a record in one upload, all or none: each within the size limit, each an allowed kind by its
/// content with a name that does not claim another, kept under a generated name, the rows and the files saved together.
/// Any record kind's API and pages use it, each with its own <see cref="AttachedFile"/> row.
/// </summary>
public static class Uploads
{
    public sealed record Outcome<T>(IReadOnlyList<T> Saved, string? Refusal = null, bool TooLarge = false);

    /// <summary>Who uploads: the account's id and the name the record shows.</summary>
    public sealed record Uploader(string? UserId, string Name);

    /// <summary>Files received and checked, not yet attached to anything; or why they are refused, with nothing left behind.</summary>
    public sealed record Received(IReadOnlyList<AttachmentStore.Incoming> Files, string? Refusal = null, bool TooLarge = false);

    /// <summary>
    /// Receives, checks and keeps the files, adds a row for each (<paramref name="row"/> makes it, naming its record)
    /// and saves. The caller has checked that the uploader may attach files to that record.
    /// </summary>
    public static async Task<Outcome<T>> SaveAsync<T>(
        CauNoiDb db, AttachmentStore store, IReadOnlyList<IFormFile> files, Uploader uploader, DateTime at, Func<T> row, CancellationToken ct = default)
        where T : AttachedFile
    {
        if (files.Count == 0) return new Outcome<T>([], "Chọn ít nhất một tệp để đính kèm.");
        var received = await ReceiveAsync(store, files, ct);
        if (received.Refusal is { } refusal) return new([], refusal, received.TooLarge);
        var saved = false;
        try
        {
            var rows = Attach(db, received, uploader, at, row);
            await db.SaveChangesAsync(ct);
            saved = true;
            return new(rows);
        }
        finally
        {
            // Rows that could not be saved leave no file behind.
            if (!saved) await DiscardAsync(store, received);
        }
    }

    /// <summary>
    /// Receives the files and checks each (count, size, kind by content), then puts them in the store; a refusal leaves
    /// none behind. The intake form checks a new record's files this way before the record is written. A file whose
    /// row is then never saved is removed by <see cref="DiscardAsync"/>, or, after a crash, by the orphan sweep.
    /// </summary>
    public static async Task<Received> ReceiveAsync(AttachmentStore store, IReadOnlyList<IFormFile> files, CancellationToken ct = default)
    {
        if (files.Count > AttachmentStore.MaxFiles) return new([], $"Mỗi lần gửi tối đa {AttachmentStore.MaxFiles} tệp.");
        if (files.FirstOrDefault(f => f.Length > store.MaxBytes) is { } large)
            return new([], $"Tệp \"{AttachmentName.Clean(large.FileName)}\" lớn hơn {store.MaxSize}. {store.Limits}", TooLarge: true);
        List<AttachmentStore.Incoming> received = [];
        var kept = false;
        try
        {
            foreach (var file in files) received.Add(await store.ReceiveAsync(file, ct));
            var refused = received.Select(Refusal).OfType<string>().ToList();
            if (refused.Count > 0) return new([], string.Join(" ", refused) + " Không tệp nào được lưu.");
            foreach (var i in received) await store.KeepAsync(i, ct);
            kept = true;
            return new(received);
        }
        finally
        {
            if (!kept) foreach (var i in received) await store.DiscardAsync(i);
        }
    }

    /// <summary>Adds the received files' rows to the unit of work; the caller saves, and on failure calls <see cref="DiscardAsync"/>.</summary>
    public static IReadOnlyList<T> Attach<T>(CauNoiDb db, Received received, Uploader uploader, DateTime at, Func<T> row) where T : AttachedFile
    {
        var rows = received.Files.Select(i =>
        {
            var file = row();
            file.Id = Guid.NewGuid();
            file.FileName = AttachmentName.WithExtension(i.FileName, i.Kind!);
            file.StoredName = i.StoredName;
            file.ContentType = i.Kind!.ContentType;
            file.Size = i.Size;
            file.Sha256 = i.Sha256;
            file.UploadedById = uploader.UserId;
            file.UploadedByName = uploader.Name;
            file.At = at;
            return file;
        }).ToList();
        db.AddRange(rows);
        return rows;
    }

    /// <summary>Removes received files, kept or not: what a refused or failed save leaves behind.</summary>
    public static async Task DiscardAsync(AttachmentStore store, Received received)
    {
        foreach (var i in received.Files) await store.DiscardAsync(i);
    }

    /// <summary>The files of an API upload (multipart/form-data), or the problem to answer: not multipart, too large, unreadable.</summary>
    public static async Task<(IFormFileCollection? Files, ProblemHttpResult? Problem)> ReadApiFormAsync(
        AttachmentStore store, HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return (null, Problems.BadRequest("Gửi tệp đính kèm dưới dạng multipart/form-data."));
        var tooLarge = TooLarge(store.Limits);
        if (request.ContentLength > store.RequestLimit) return (null, tooLarge);
        try
        {
            return ((await store.ReadFormAsync(request, ct)).Files, null);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: 413 })
        {
            // A part beyond one file's size, or a body beyond the request's: the rest is not worth reading.
            request.HttpContext.Response.Headers.Connection = "close";
            return (null, tooLarge);
        }
        catch (IOException) { return (null, Problems.BadRequest("Không đọc được dữ liệu gửi lên; vui lòng gửi lại.")); }
    }

    /// <summary>A refused upload as the API answers it: 413 when it was too large, 400 otherwise.</summary>
    public static ProblemHttpResult Refused(string refusal, bool tooLarge) => tooLarge ? TooLarge(refusal) : Problems.BadRequest(refusal);

    private static ProblemHttpResult TooLarge(string detail) => TypedResults.Problem(detail, statusCode: 413, title: "Dữ liệu gửi lên quá lớn");

    /// <summary>
    /// A stored file sent to a caller already allowed to read it, as an attachment that the browser may not sniff or cache;
    /// a row whose file is gone from the store is logged and answered 404 in words the user can pass on.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        IFileStore files, AttachedFile file, string record, HttpResponse response, ILogger log, CancellationToken ct)
    {
        if (await files.OpenReadAsync(file.StoredName, ct) is not { } content)
        {
            log.LogError("File {FileId} of {Record} ({StoredName}) is missing from {Store}", file.Id, record, file.StoredName, files.Location);
            return Problems.NotFound("Tệp đính kèm không còn trên máy chủ. Vui lòng báo quản trị hệ thống.");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(content, file.ContentType, file.FileName);
    }

    /// <summary>Why a file is refused: its content is not an allowed kind, or its name claims another kind.</summary>
    private static string? Refusal(AttachmentStore.Incoming file)
    {
        if (file.Kind is null)
            return $"Tệp \"{file.FileName}\" không phải loại được phép ({AttachmentKind.Allowed}); loại tệp được nhận dạng theo nội dung, không theo tên.";
        var extension = AttachmentName.Extension(file.FileName);
        var claimed = AttachmentKind.All.FirstOrDefault(k => k.Extensions.Contains(extension));
        return claimed is not null && claimed != file.Kind
            ? $"Tệp \"{file.FileName}\" có đuôi {extension} nhưng nội dung là {file.Kind.Name}, không phải {claimed.Name}."
            : null;
    }
}
