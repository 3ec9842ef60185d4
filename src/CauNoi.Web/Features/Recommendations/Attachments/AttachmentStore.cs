using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;

namespace CauNoi.Web.Features.Recommendations.Attachments;

/// <summary>
/// Where attached files live: a folder outside the web root (Attachments:Path, by default
/// data/attachments under the content root), each file under a generated name, at most
/// Attachments:MaxBytes (20 MB) each and <see cref="MaxFiles"/> in one upload.
/// </summary>
public sealed record AttachmentStore(string Folder, long MaxBytes)
{
    public const int MaxFiles = 10;
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static AttachmentStore For(IConfiguration config, IHostEnvironment env) => new(
        Path.GetFullPath(config["Attachments:Path"] is { Length: > 0 } path ? path : Path.Combine("data", "attachments"), env.ContentRootPath),
        config.GetValue("Attachments:MaxBytes", DefaultMaxBytes));

    /// <summary>The largest upload: every file at its limit, with room for the multipart framing.</summary>
    public long RequestLimit => MaxFiles * MaxBytes + 1024 * 1024;

    public string Limits => $"Mỗi tệp tối đa {MaxSize}, mỗi lần gửi tối đa {MaxFiles} tệp.";

    public string MaxSize => MaxBytes % (1024 * 1024) == 0 ? $"{MaxBytes / (1024 * 1024)} MB" : $"{Display.Number(MaxBytes)} byte";

    public string PathOf(string storedName) =>
        Path.GetFileName(storedName) == storedName ? Path.Combine(Folder, storedName) : throw new ArgumentException("Not a stored name.", nameof(storedName));

    /// <summary>Reads the multipart form with each part limited to one file's size (InvalidDataException beyond it).</summary>
    public async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = MaxBytes }));
        return await request.ReadFormAsync(ct);
    }

    /// <summary>
    /// Copies an uploaded file to a temporary name in the folder, with its SHA-256 and detected
    /// kind; nothing exists under a final name until <see cref="Keep"/> moves it there.
    /// </summary>
    public async Task<Incoming> ReceiveAsync(IFormFile file, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = AttachmentName.Clean(file.FileName);
        var incoming = new Incoming(Guid.NewGuid().ToString("N"), name);
        try
        {
            await using var output = new FileStream(PathOf(incoming.TempName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
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
            Discard(incoming);
            throw;
        }
    }

    /// <summary>Moves a received file to its final, generated name.</summary>
    public void Keep(Incoming incoming) => File.Move(PathOf(incoming.TempName), PathOf(incoming.StoredName));

    /// <summary>Removes whatever an upload that did not complete left behind.</summary>
    public void Discard(Incoming incoming)
    {
        File.Delete(PathOf(incoming.TempName));
        File.Delete(PathOf(incoming.StoredName));
    }

    public sealed class Incoming(string storedName, string fileName)
    {
        public string StoredName => storedName;
        public string TempName => storedName + ".tmp";
        public string FileName => fileName;
        public long Size { get; set; }
        public string Sha256 { get; set; } = "";
        public AttachmentKind? Kind { get; set; }
    }
}
