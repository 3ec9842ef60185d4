using System.Security.Cryptography;
using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Http.Features;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// How attached files are taken in: at most Attachments:MaxBytes (20 MB) each and <see cref="MaxFiles"/> in one
/// upload, received into a temporary file of this machine (hashed and typed by content there), then kept in the
/// <see cref="IFileStore"/> under a generated name.
/// </summary>
public sealed class AttachmentStore(IFileStore files, long maxBytes, string tempFolder)
{
    public const int MaxFiles = 10;
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public IFileStore Files => files;
    public long MaxBytes => maxBytes;

    /// <summary>Uploads being received, before they are kept (Attachments:TempPath): on this machine only, whatever the store.</summary>
    public string TempFolder => tempFolder;

    /// <summary>The largest upload: every file at its limit, with room for the multipart framing.</summary>
    public long RequestLimit => MaxFiles * MaxBytes + 1024 * 1024;

    public string Limits => $"Mỗi tệp tối đa {MaxSize}, mỗi lần gửi tối đa {MaxFiles} tệp.";

    public string MaxSize => MaxBytes % (1024 * 1024) == 0 ? $"{MaxBytes / (1024 * 1024)} MB" : $"{Display.Number(MaxBytes)} byte";

    /// <summary>Reads the multipart form with each part limited to one file's size (InvalidDataException beyond it).</summary>
    public async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = MaxBytes }));
        return await request.ReadFormAsync(ct);
    }

    /// <summary>
    /// Copies an uploaded file to a temporary file, with its SHA-256 and detected kind; nothing is in the store
    /// until <see cref="KeepAsync"/> puts it there.
    /// </summary>
    public async Task<Incoming> ReceiveAsync(IFormFile file, CancellationToken ct)
    {
        Directory.CreateDirectory(TempFolder);
        var name = AttachmentName.Clean(file.FileName);
        var incoming = new Incoming(Guid.NewGuid().ToString("N"), name, TempFolder);
        try
        {
            await using var output = new FileStream(incoming.TempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
            await using (var input = file.OpenReadStream())
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                    incoming.Size += read;
                }
                incoming.Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset());
            }
            await output.FlushAsync(ct);
            incoming.Kind = AttachmentKind.Detect(output, AttachmentName.Extension(name));
            return incoming;
        }
        catch
        {
            await DiscardAsync(incoming);
            throw;
        }
    }

    /// <summary>Puts a received file in the store under its generated name.</summary>
    public async Task KeepAsync(Incoming incoming, CancellationToken ct = default)
    {
        await using (var content = new FileStream(incoming.TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await files.PutAsync(incoming.StoredName, content, ct);
        File.Delete(incoming.TempPath);
    }

    /// <summary>Removes whatever an upload that did not complete left behind, here and in the store.</summary>
    public async Task DiscardAsync(Incoming incoming)
    {
        File.Delete(incoming.TempPath);
        // Not cancelled with the request: a file whose row is not saved must go even when the caller has left.
        await files.DeleteAsync(incoming.StoredName, CancellationToken.None);
    }

    public sealed class Incoming(string storedName, string fileName, string tempFolder)
    {
        public string StoredName => storedName;
        public string TempPath => Path.Combine(tempFolder, storedName + ".upload");
        public string FileName => fileName;
        public long Size { get; set; }
        public string Sha256 { get; set; } = "";
        public AttachmentKind? Kind { get; set; }
    }
}
