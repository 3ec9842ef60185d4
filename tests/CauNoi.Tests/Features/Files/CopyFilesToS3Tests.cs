using System.Diagnostics;
using System.Security.Cryptography;
using CauNoi.Tests.Infrastructure.S3;
using CauNoi.Web.Features.Files;
using Microsoft.Data.Sqlite;

namespace CauNoi.Tests.Features.Files;

/// <summary>
/// Moving from the folder to S3: every file a row refers to is copied and read back against its recorded SHA-256;
/// a file already there is skipped, and a file missing or altered in the folder is reported, never copied silently.
/// </summary>
public abstract class CopyFilesToS3Tests(CauNoiApp app) : AppTests(app)
{
    private static string NewName() => Guid.NewGuid().ToString("N");

    private static FolderFileStore NewFolder() => new(Path.Combine(Path.GetTempPath(), "caunoi-tests", "folder-" + Guid.NewGuid().ToString("N")));

    private static byte[] Bytes(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]?> ReadAsync(IFileStore store, string name, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(name, ct);
        if (content is null) return null;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task FilesInTheFolder_AreCopiedAndVerified_AndASecondRunFindsThemThere()
    {
        var folder = NewFolder();
        using var bucket = new S3FileStore(await S3Server.NewBucketAsync("caunoi"));
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        var files = new Dictionary<string, byte[]> { [NewName()] = Bytes(200_000), [NewName()] = Bytes(10), [NewName()] = [] };
        foreach (var (name, bytes) in files)
        {
            await database.ReferAsync(name, bytes, Ct);
            await folder.PutAsync(name, new MemoryStream(bytes), Ct);
        }
        var output = new StringWriter();

        var first = await CopyFilesToS3.RunAsync(database.Db, folder, bucket, output, Ct);
        var second = await CopyFilesToS3.RunAsync(database.Db, folder, bucket, output, Ct);

        Assert.Equal(new CopyFilesToS3.Summary(Copied: 3, AlreadyThere: 0, MissingInFolder: 0, Failed: 0), first);
        Assert.True(first.Complete);
        foreach (var (name, bytes) in files) Assert.Equal(bytes, await ReadAsync(bucket, name, Ct));
        Assert.Equal(new CopyFilesToS3.Summary(Copied: 0, AlreadyThere: 3, MissingInFolder: 0, Failed: 0), second);
        Assert.Contains("Đã chép 3 tệp, 0 tệp đã có sẵn, 0 tệp thiếu trong thư mục, 0 tệp lỗi.", output.ToString());
        Assert.Contains("Đã chép 0 tệp, 3 tệp đã có sẵn", output.ToString());
    }

    [Fact]
    public async Task FileAlteredOrMissingInTheFolder_IsReported_NotCopied()
    {
        var folder = NewFolder();
        using var bucket = new S3FileStore(await S3Server.NewBucketAsync());
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        var whole = await database.ReferAsync(NewName(), [1, 2, 3], Ct);
        await folder.PutAsync(whole, new MemoryStream([1, 2, 3]), Ct);
        var altered = await database.ReferAsync(NewName(), [4, 5, 6], Ct);
        await folder.PutAsync(altered, new MemoryStream([4, 5, 7]), Ct);
        var missing = await database.ReferAsync(NewName(), [8], Ct);
        var output = new StringWriter();

        var summary = await CopyFilesToS3.RunAsync(database.Db, folder, bucket, output, Ct);

        Assert.Equal(new CopyFilesToS3.Summary(Copied: 1, AlreadyThere: 0, MissingInFolder: 1, Failed: 1), summary);
        Assert.False(summary.Complete);
        Assert.Equal([whole], (await bucket.ListAsync(Ct).ToListAsync(Ct)).Select(f => f.Name));
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains(altered) && l.Contains("không khớp mã SHA-256"));
        Assert.Contains(lines, l => l.Contains(missing) && l.Contains("Thiếu trong thư mục"));
        Assert.Contains("Chưa đủ", output.ToString());
    }

    [Fact]
    public async Task FileAlreadyInTheBucket_IsNotNeededInTheFolder_ButAWrongCopyThereIsReplaced()
    {
        var folder = NewFolder();
        using var bucket = new S3FileStore(await S3Server.NewBucketAsync());
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        // Copied by an earlier run, then removed from the folder.
        var moved = await database.ReferAsync(NewName(), [1, 2, 3], Ct);
        await bucket.PutAsync(moved, new MemoryStream([1, 2, 3]), Ct);
        // A damaged copy in the bucket, the original in the folder.
        var damaged = await database.ReferAsync(NewName(), [4, 5, 6], Ct);
        await bucket.PutAsync(damaged, new MemoryStream([0]), Ct);
        await folder.PutAsync(damaged, new MemoryStream([4, 5, 6]), Ct);

        var summary = await CopyFilesToS3.RunAsync(database.Db, folder, bucket, new StringWriter(), Ct);

        Assert.Equal(new CopyFilesToS3.Summary(Copied: 1, AlreadyThere: 1, MissingInFolder: 0, Failed: 0), summary);
        Assert.Equal([4, 5, 6], await ReadAsync(bucket, damaged, Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CopyFilesToS3OnSqlite(SqliteApp app) : CopyFilesToS3Tests(app)
{
    /// <summary>
    /// The command as an operator runs it: the application with --copy-files-to-s3, configured by its environment,
    /// on a copy of the collection's database where the one attachment row is this test's.
    /// </summary>
    [Fact]
    public async Task Command_CopiesEveryFile_AndExitsWithZero_OnlyWhenAllAreInTheBucket()
    {
        var bucket = await S3Server.NewBucketAsync("caunoi/attachments");
        var folder = NewFolderPath();
        var bytes = SampleFiles.Pdf;
        var name = Guid.NewGuid().ToString("N");
        await new FolderFileStore(folder).PutAsync(name, new MemoryStream(bytes), Ct);
        var database = Path.Combine(Path.GetTempPath(), "caunoi-tests", $"copy-{Guid.NewGuid():N}.db");
        string forgetOthers;
        await using (var scope = App.Db())
        {
            forgetOthers = StoredFileSteps.ClearReferencesSql(scope.Context, keepParameter: "$name");
            await StoredFileSteps.ReferAsync(scope.Context, name, bytes, Ct);
            await scope.Context.Database.ExecuteSqlAsync($"VACUUM INTO {database}", Ct);
            await scope.Context.RecommendationAttachments.Where(a => a.StoredName == name).ExecuteDeleteAsync(Ct);
        }
        await using (var copy = new SqliteConnection($"Data Source={database}"))
        {
            await copy.OpenAsync(Ct);
            await using var forget = copy.CreateCommand();
            forget.CommandText = forgetOthers;
            forget.Parameters.AddWithValue("$name", name);
            await forget.ExecuteNonQueryAsync(Ct);
        }

        var (complete, output) = await RunCommandAsync(database, folder, bucket);
        File.Delete(Path.Combine(folder, name));
        var missingFolder = await RunCommandAsync(database, folder, bucket with { Bucket = (await S3Server.NewBucketAsync()).Bucket });

        Assert.True(complete == 0, output);
        Assert.Contains("Đã chép 1 tệp, 0 tệp đã có sẵn, 0 tệp thiếu trong thư mục, 0 tệp lỗi.", output);
        await using (var stored = await new S3FileStore(bucket).OpenReadAsync(name, Ct))
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), Convert.ToHexStringLower(await SHA256.HashDataAsync(stored!, Ct)));
        Assert.Equal(1, missingFolder.ExitCode);
        Assert.Contains("1 tệp thiếu trong thư mục", missingFolder.Output);
    }

    private static string NewFolderPath() => Path.Combine(Path.GetTempPath(), "caunoi-tests", "folder-" + Guid.NewGuid().ToString("N"));

    private async Task<(int ExitCode, string Output)> RunCommandAsync(string database, string folder, S3Settings bucket)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, CopyFilesToS3.Command])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__CauNoi"] = $"Data Source={database}";
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Logging__Json"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Attachments__Path"] = folder;
        // The store in use may still be the folder: the command copies to the S3 settings whatever Attachments:Store says.
        foreach (var (key, value) in S3Server.Configuration(bucket).Where(s => s.Key != "Attachments:Store"))
            start.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output + await error);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class CopyFilesToS3OnPostgres(PostgresApp app) : CopyFilesToS3Tests(app);
