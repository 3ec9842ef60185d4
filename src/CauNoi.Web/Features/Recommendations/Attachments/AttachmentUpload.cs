namespace CauNoi.Web.Features.Recommendations.Attachments;

/// <summary>
/// Files attached to a recommendation in one upload, all or none: each within the size limit,
/// each an allowed kind by its content with a name that does not claim another, kept under a
/// generated name, the row and the file saved together. The API and a page post both use it.
/// </summary>
public static class AttachmentUpload
{
    public sealed record Outcome(IReadOnlyList<RecommendationAttachment> Saved, string? Refusal = null, bool TooLarge = false);

    /// <summary>Files received and checked, not yet attached to anything; or why they are refused, with nothing left behind.</summary>
    public sealed record Received(IReadOnlyList<AttachmentStore.Incoming> Files, string? Refusal = null, bool TooLarge = false);

    /// <summary>The caller has checked that the actor can see the recommendation.</summary>
    public static async Task<Outcome> SaveAsync(
        CauNoiDb db, AttachmentStore store, Actor actor, int recommendationId, IReadOnlyList<IFormFile> files, DateTime at, CancellationToken ct = default)
    {
        if (files.Count == 0) return new([], "Chọn ít nhất một tệp để đính kèm.");
        var received = await ReceiveAsync(store, files, ct);
        if (received.Refusal is { } refusal) return new([], refusal, received.TooLarge);
        var saved = false;
        try
        {
            var rows = Attach(db, actor, recommendationId, received, at);
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
    public static IReadOnlyList<RecommendationAttachment> Attach(CauNoiDb db, Actor actor, int recommendationId, Received received, DateTime at)
    {
        var rows = received.Files.Select(i => new RecommendationAttachment
        {
            Id = Guid.NewGuid(), RecommendationId = recommendationId, FileName = AttachmentName.WithExtension(i.FileName, i.Kind!),
            StoredName = i.StoredName, ContentType = i.Kind!.ContentType, Size = i.Size, Sha256 = i.Sha256,
            UploadedById = actor.UserId, UploadedByName = actor.Name, At = at,
        }).ToList();
        db.RecommendationAttachments.AddRange(rows);
        return rows;
    }

    /// <summary>Removes received files, kept or not: what a refused or failed save leaves behind.</summary>
    public static async Task DiscardAsync(AttachmentStore store, Received received)
    {
        foreach (var i in received.Files) await store.DiscardAsync(i);
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
