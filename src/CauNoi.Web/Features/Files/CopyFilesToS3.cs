using System.Security.Cryptography;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// <c>--copy-files-to-s3</c>: moving from the folder to S3-compatible storage. Every file a row refers to is copied from
/// the folder (<c>Attachments:Path</c>) to the bucket (<c>Attachments:S3:*</c>), then read back and checked against the
/// SHA-256 recorded when it was received. A file already in the bucket with that hash is left alone, so the command can
/// be run again after a failure, or once more just before switching <c>Attachments:Store</c> to S3. A file in the folder
/// whose hash differs from the recorded one is reported and not copied: the bucket only receives whole, original files.
/// </summary>
public static class CopyFilesToS3
{
    public const string Command = "--copy-files-to-s3";
    private const int Page = 1000;

    public sealed record Summary(int Copied, int AlreadyThere, int MissingInFolder, int Failed)
    {
        /// <summary>Every referenced file is in the bucket and verified.</summary>
        public bool Complete => MissingInFolder == 0 && Failed == 0;

        public string InVietnamese =>
            $"Đã chép {Copied} tệp, {AlreadyThere} tệp đã có sẵn, {MissingInFolder} tệp thiếu trong thư mục, {Failed} tệp lỗi.";
    }

    /// <summary>Handles the command; null when it was not asked for, else the process's exit code (0 only when complete).</summary>
    public static async Task<int?> RunCommandLineAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (!args.Contains(Command)) return null;
        var config = services.GetRequiredService<IConfiguration>();
        S3Settings settings;
        try
        {
            settings = S3Settings.Read(config);
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"Chưa cấu hình kho S3 đích (Attachments:S3:*): {e.Message}");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        using var target = new S3FileStore(settings);
        var source = FilesSetup.FolderFor(config, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var summary = await RunAsync(scope.ServiceProvider.GetRequiredService<CauNoiDb>(), source, target, output);
        return summary.Complete ? 0 : 1;
    }

    public static async Task<Summary> RunAsync(CauNoiDb db, IFileStore source, IFileStore target, TextWriter output, CancellationToken ct = default)
    {
        var total = await FileReferences.All(db).Select(r => r.StoredName).Distinct().CountAsync(ct);
        output.WriteLine($"Chép {total} tệp đính kèm từ thư mục {source.Location} sang {target.Location}");
        int copied = 0, already = 0, missing = 0, failed = 0, seen = 0;
        var after = "";
        while (true)
        {
            // A page at a time, by name: no query stays open while files travel, and a million rows are never all in memory.
            var page = await FileReferences.All(db).Where(r => string.Compare(r.StoredName, after) > 0)
                .OrderBy(r => r.StoredName).Take(Page).Select(r => new { r.StoredName, r.Sha256 }).ToListAsync(ct);
            if (page.Count == 0) break;
            after = page[^1].StoredName;
            foreach (var file in page.DistinctBy(f => f.StoredName))
            {
                var (result, error) = await CopyAsync(source, target, file.StoredName, file.Sha256, ct);
                switch (result)
                {
                    case Result.Copied: copied++; break;
                    case Result.AlreadyThere: already++; break;
                    case Result.Missing:
                        missing++;
                        output.WriteLine($"Thiếu trong thư mục (và chưa có trên S3): {file.StoredName}");
                        break;
                    case Result.Altered:
                        failed++;
                        output.WriteLine($"Không chép: tệp trong thư mục không khớp mã SHA-256 đã ghi (đã bị thay đổi hoặc hỏng): {file.StoredName}");
                        break;
                    case Result.NotVerified:
                        failed++;
                        output.WriteLine($"Lỗi: tệp đọc lại từ S3 không khớp mã SHA-256 đã ghi: {file.StoredName}");
                        break;
                    case Result.Error:
                        failed++;
                        output.WriteLine($"Lỗi khi chép {file.StoredName}: {error}");
                        break;
                }
                if (++seen % Page == 0) output.WriteLine($"Đã xem {seen}/{total} tệp…");
            }
        }
        var summary = new Summary(copied, already, missing, failed);
        output.WriteLine(summary.InVietnamese);
        output.WriteLine(summary.Complete
            ? "Mọi tệp đính kèm đều đã có trên S3 và khớp mã SHA-256."
            : "Chưa đủ: xem các dòng trên, khắc phục rồi chạy lại lệnh (tệp đã có trên S3 sẽ được bỏ qua).");
        return summary;
    }

    private enum Result { Copied, AlreadyThere, Missing, Altered, NotVerified, Error }

    private static async Task<(Result, string? Error)> CopyAsync(IFileStore source, IFileStore target, string name, string sha256, CancellationToken ct)
    {
        try
        {
            if (Matches(await HashAsync(target, name, ct), sha256)) return (Result.AlreadyThere, null);
            var inFolder = await HashAsync(source, name, ct);
            if (inFolder is null) return (Result.Missing, null);
            if (!Matches(inFolder, sha256)) return (Result.Altered, null);
            await using (var content = await source.OpenReadAsync(name, ct))
            {
                if (content is null) return (Result.Missing, null);
                await target.PutAsync(name, content, ct);
            }
            return (Matches(await HashAsync(target, name, ct), sha256) ? Result.Copied : Result.NotVerified, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (Result.Error, e.Message);
        }
    }

    private static bool Matches(string? actual, string recorded) => actual is not null && string.Equals(actual, recorded, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's SHA-256 as read from the store, or null when it is not there.</summary>
    private static async Task<string?> HashAsync(IFileStore store, string name, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(name, ct);
        return content is null ? null : Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
    }
}
