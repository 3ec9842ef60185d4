using System.Net.Http.Headers;
using System.Security.Cryptography;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Files;

/// <summary>Attaching files through the API and finding them in the app's folder, as the file check and backup tests need.</summary>
internal static class StoredFileSteps
{
    /// <summary>A PDF (by its header, which is how uploads are typed) of about <paramref name="size"/> bytes that no other test has.</summary>
    public static byte[] UniquePdf(int size = 0)
    {
        var head = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n");
        return [.. head, .. RandomNumberGenerator.GetBytes(Math.Max(0, size - head.Length))];
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// SQL that leaves the database referring to no stored file: every table of a kind of <see cref="AttachedFile"/> in
    /// the model emptied (so a new kind is never forgotten), and the answers' links to their letters cleared. With
    /// <paramref name="keepParameter"/>, the rows of the stored name that SQL parameter gives stay.
    /// </summary>
    public static string ClearReferencesSql(CauNoiDb db, string? keepParameter = null) =>
        """UPDATE "Recommendations" SET "AnswerLetterFileId" = NULL;"""
        + string.Concat(db.Model.GetEntityTypes().Where(t => typeof(AttachedFile).IsAssignableFrom(t.ClrType))
            .Select(t => $"""DELETE FROM "{t.GetTableName()}"{Keep(keepParameter)};"""));

    private static string Keep(string? parameter) => parameter is null ? "" : $"""
         WHERE "StoredName" <> {parameter}
        """;

    /// <summary>Uploads the files to the recommendation in one request, as its submitter would.</summary>
    public static async Task<IReadOnlyList<FileView>> AttachAsync(
        this CauNoiApp app, string userName, int id, IEnumerable<(string Name, byte[] Bytes)> files, CancellationToken ct) =>
        await UploadAsync(await app.ApiAs(userName), id, files, ct);

    /// <summary>Uploads the files through the API client given (of any instance), and expects them all stored.</summary>
    public static async Task<IReadOnlyList<FileView>> UploadAsync(
        HttpClient client, int id, IEnumerable<(string Name, byte[] Bytes)> files, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        var response = await client.PostAsync($"/api/v1/recommendations/{id}/attachments", form, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<List<FileView>>(ApiJson.Options, ct))!;
    }

    /// <summary>A row that refers to a stored file with these bytes (its SHA-256 recorded), on the database's first recommendation.</summary>
    public static async Task<string> ReferAsync(CauNoiDb db, string storedName, byte[] bytes, CancellationToken ct)
    {
        db.RecommendationAttachments.Add(new RecommendationAttachment
        {
            Id = Guid.NewGuid(), RecommendationId = await db.Recommendations.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(ct),
            FileName = "Biên bản.pdf", StoredName = storedName, ContentType = "application/pdf", Size = bytes.Length,
            Sha256 = Sha256(bytes), UploadedByName = "Kiểm thử", At = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return storedName;
    }

    /// <summary>The folder the app keeps its stored files in.</summary>
    public static string FilesFolder(this CauNoiApp app) => ((FolderFileStore)app.Services.GetRequiredService<IFileStore>()).Folder;
}
