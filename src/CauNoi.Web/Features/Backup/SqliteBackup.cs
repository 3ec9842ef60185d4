using System.Diagnostics;
using CauNoi.Web.Features.Files;
using Microsoft.Data.Sqlite;

namespace CauNoi.Web.Features.Backup;

/// <summary>
/// <c>--backup DIR</c> on SQLite, while the application runs: a snapshot of the database taken in one read transaction
/// (SQLite's backup API; writers go on meanwhile), then exactly the stored files that the snapshot's records refer to,
/// each checked against the SHA-256 the snapshot recorded, and a manifest. Restoring is copying the two back
/// (docs/operations.md). PostgreSQL is backed up with its own tools.
/// </summary>
public static class SqliteBackup
{
    public const string DatabaseFile = "caunoi.db";
    public const string AttachmentsFolder = "attachments";

    public const string PostgresRefusal =
        "--backup chỉ dùng cho SQLite. Với PostgreSQL, sao lưu bằng công cụ của PostgreSQL: pg_basebackup kèm lưu trữ WAL "
        + "(khôi phục đến một thời điểm) hoặc pg_dump; xem docs/operations.md.";

    /// <summary>Handles <c>--backup DIR</c>; true when the process should stop after it.</summary>
    public static async Task<bool> RunCommandLineAsync(IServiceProvider services, string[] args)
    {
        var at = Array.IndexOf(args, "--backup");
        if (at < 0) return false;
        if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Cách dùng: --backup THU_MUC (một thư mục mới hoặc rỗng)");
            Environment.ExitCode = 2;
            return true;
        }
        Environment.ExitCode = await RunAsync(services, args[at + 1], Console.Out);
        return true;
    }

    /// <summary>0 when the backup holds the database and every file it refers to, whole; 1 when a file is missing or altered, or the backup failed; 2 when refused.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string dir, TextWriter output, CancellationToken ct = default)
    {
        var database = services.GetRequiredService<DatabaseInfo>();
        if (database.Provider != DatabaseProvider.Sqlite) { output.WriteLine(PostgresRefusal); return 2; }
        dir = Path.GetFullPath(dir);
        if (HoldsBackup(dir))
        {
            output.WriteLine($"Thư mục {dir} đã chứa một bản sao lưu; không ghi đè. Hãy chọn một thư mục mới hoặc rỗng.");
            return 2;
        }

        try
        {
            return await BackUpAsync(database, services.GetRequiredService<IFileStore>(), dir, output, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            output.WriteLine($"Sao lưu KHÔNG thành công: {e.Message}");
            output.WriteLine($"Thư mục {dir} chỉ chứa một bản sao lưu dở dang: hãy xoá nó, khắc phục nguyên nhân rồi sao lưu lại.");
            return 1;
        }
    }

    private static async Task<int> BackUpAsync(DatabaseInfo database, IFileStore store, string dir, TextWriter output, CancellationToken ct)
    {
        var took = Stopwatch.StartNew();
        var startedAt = DateTime.UtcNow;
        var snapshot = Path.Combine(dir, DatabaseFile);
        await SnapshotAsync(database.ConnectionString, snapshot, ct);
        output.WriteLine($"Đã chụp cơ sở dữ liệu vào {snapshot} ({Megabytes(new FileInfo(snapshot).Length)}, {Seconds(took.Elapsed)}).");

        // The rows are read from the snapshot, not the live database: the files copied are those its records refer to.
        FileTally files;
        BackupManifest.Contents contents;
        await using (var db = DatabaseSetup.NewContext(DatabaseProvider.Sqlite, ReadOnly(snapshot)))
        {
            contents = await BackupManifest.ContentsAsync(db, ct);
            var copies = Directory.CreateDirectory(Path.Combine(dir, AttachmentsFolder)).FullName;
            files = await FileCheck.RunAsync(FileReferences.All(db).AsAsyncEnumerable(), store, f => output.WriteLine(f), new FolderFileStore(copies), ct);
        }

        await BackupManifest.WriteAsync(dir, new BackupManifest(
            startedAt, DateTime.UtcNow, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource, store.Location,
            DatabaseFile, new FileInfo(snapshot).Length, contents,
            AttachmentsFolder, files.Checked, files.Whole, files.WholeBytes, files.Missing, files.Altered, files.Unreadable, files.AllWhole), ct);

        output.WriteLine(files.Summary);
        if (!files.AllWhole)
        {
            output.WriteLine($"Bản sao lưu trong {dir} CHƯA ĐẦY ĐỦ: các tệp nêu trên thiếu hoặc đã bị thay đổi trong kho tệp {store.Location}, "
                + "nên không được chép. Hãy tìm lại các tệp đó (bản sao lưu cũ hơn), rồi sao lưu lại vào một thư mục mới.");
            return 1;
        }
        output.WriteLine($"Đã sao lưu vào {dir}: cơ sở dữ liệu ({Display.Number(contents.Recommendations)} kiến nghị) và "
            + $"{Display.Number(files.Whole)} tệp đính kèm ({Megabytes(files.WholeBytes)}) trong {Seconds(took.Elapsed)}.");
        return 0;
    }

    /// <summary>A folder that already holds a database, attachments or a manifest is never written over.</summary>
    private static bool HoldsBackup(string dir) =>
        File.Exists(Path.Combine(dir, DatabaseFile)) || Directory.Exists(Path.Combine(dir, AttachmentsFolder)) || File.Exists(BackupManifest.PathIn(dir));

    /// <summary>
    /// Copies the live database in one step of the backup API: one read transaction, so the copy is the database as of one
    /// moment, and in WAL mode the application's writers do not wait for it. The copy is named only once it is whole.
    /// </summary>
    private static async Task SnapshotAsync(string connectionString, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        File.Delete(partial);
        try
        {
            await using (var live = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await live.OpenAsync(ct);
                await copy.OpenAsync(ct);
                live.BackupDatabase(copy);
                // The copy stands alone in one file (no -wal beside it); the application turns WAL on again when it starts on it.
                await using var journal = copy.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE;";
                await journal.ExecuteNonQueryAsync(ct);
            }
            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static string Megabytes(long bytes) => $"{Display.Number(bytes / 1_000_000m)} MB";

    private static string Seconds(TimeSpan t) => $"{Display.Number((decimal)t.TotalSeconds)} giây";
}
