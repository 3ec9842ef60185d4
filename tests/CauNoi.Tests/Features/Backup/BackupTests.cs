using System.Collections.Concurrent;
using CauNoi.Tests.Features.Files;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Backup;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace CauNoi.Tests.Features.Backup;

/// <summary>
/// <c>--backup DIR</c>: on SQLite, a backup taken while localities keep submitting, copied back into a fresh place and
/// started as a new application, holds every recommendation acknowledged before it began, whole, with its files; on
/// PostgreSQL the command refuses and points to PostgreSQL's own tools (the restore drill tests those).
/// </summary>
public abstract class BackupTests(CauNoiApp app) : AppTests(app)
{
    private const string Submitter = "so.hanoi";

    /// <summary>SQLite's only (its test is on <see cref="BackupOnSqlite"/>): PostgreSQL is backed up with its own tools, tested by PostgresBackupRestoreTests.</summary>
    protected async Task BackupTakenWhileSubmissionsRun_RestoresAsAFreshApp()
    {
        await using var live = new CauNoiApp(Engine.Sqlite, await DatabaseOfItsOwnAsync());
        // Started here, once: WebApplicationFactory's start is not thread-safe (aspnet/Mvc#8629), and writers racing to start
        // it built a second server with a files folder of its own, so a record's rows were in the database and its files
        // in a folder the backup never looked at (seen once in CI as two files "missing").
        _ = live.Services;
        var writers = new Writers(live, RecommendationSteps.Token(), Ct);
        var backup = Scratch("backup");
        var output = new StringWriter();

        // Writers run from before the backup until after it: some records acknowledged before it starts, others
        // written while it runs and after it; which of those the snapshot holds is up to the interleaving.
        writers.Start(count: 3);
        await writers.UntilAsync(() => writers.Acknowledged.Count >= 6);
        var acknowledgedBefore = writers.Acknowledged.ToList();
        var exitCode = await SqliteBackup.RunAsync(live.Services, backup, output, Ct);
        writers.BackupFinished();
        await writers.UntilAsync(() => writers.Acknowledged.Count(s => s.StartedAfterBackup) >= 3);
        await writers.StopAsync();

        Assert.True(exitCode == 0, output.ToString());
        var database = Path.Combine(Scratch("restored"), "caunoi.db");
        var folder = Scratch("restored-attachments");
        CopyBack(backup, database, folder);
        await using var restored = new RestoredApp(database, folder);

        var api = await restored.ApiAs(Submitter);
        foreach (var sent in acknowledgedBefore)
        {
            var detail = (await api.GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{sent.Id}", ApiJson.Options, Ct))!;
            Assert.Equal((sent.Title, sent.Content), (detail.Summary.Title, detail.Content));
            Assert.Equal(sent.Files.Select(f => f.Name).Order(), detail.Attachments.Select(a => a.FileName).Order());
            foreach (var file in detail.Attachments)
            {
                var bytes = await api.GetByteArrayAsync($"/api/v1/recommendations/{sent.Id}/attachments/{file.Id}", Ct);
                Assert.Equal(StoredFileSteps.Sha256(sent.Files.Single(f => f.Name == file.FileName).Bytes), StoredFileSteps.Sha256(bytes));
            }
        }

        await using (var scope = restored.Db())
        {
            var db = scope.Context;
            var rows = await db.RecommendationAttachments.ToListAsync(Ct);
            Assert.All(rows, row =>
            {
                var path = Path.Combine(folder, row.StoredName);
                Assert.True(File.Exists(path), $"{row.FileName} ({row.StoredName}) is not in the restored folder");
                Assert.Equal(row.Sha256, StoredFileSteps.Sha256(File.ReadAllBytes(path)));
            });
            // An upload is one transaction: a record in the snapshot has both of its files or neither.
            var written = await db.Recommendations.Where(r => r.Title.StartsWith(writers.Prefix))
                .Select(r => new { r.Title, Files = db.RecommendationAttachments.Count(a => a.RecommendationId == r.Id) }).ToListAsync(Ct);
            Assert.All(written, r => Assert.True(r.Files is 0 or 2, $"{r.Title}: {r.Files} files"));
            Assert.Superset(acknowledgedBefore.Select(s => s.Title).ToHashSet(), written.Select(r => r.Title).ToHashSet());
            // A submission sent after the backup had returned cannot be in it.
            Assert.Empty(written.Select(r => r.Title).Intersect(writers.StartedAfterBackup));

            var manifest = (await BackupManifest.ReadAsync(backup, Ct))!;
            Assert.True(manifest.Complete);
            Assert.Equal((rows.Count, await db.Recommendations.LongCountAsync(Ct)), (manifest.AttachmentsCopied, manifest.Holds.Recommendations));

            var check = new StringWriter();
            Assert.Equal(0, await FileCheck.RunAsync(restored.Services, check, Ct));
            Assert.EndsWith($"Đã kiểm tra {rows.Count} tệp: {rows.Count} nguyên vẹn, 0 thiếu, 0 bị thay đổi", check.ToString().TrimEnd());
        }

        var again = new StringWriter();
        Assert.Equal(2, await SqliteBackup.RunAsync(live.Services, backup, again, Ct));
        Assert.Contains("đã chứa một bản sao lưu", again.ToString());
    }

    [Fact]
    public async Task Backup_IsRefused_WithTheReason_AndWritesNothing()
    {
        var dir = Scratch("refused");
        var earlier = Path.Combine(dir, SqliteBackup.DatabaseFile);
        if (App.Engine == Engine.Sqlite) await File.WriteAllTextAsync(earlier, "an earlier backup's database", Ct);
        var output = new StringWriter();

        var exitCode = await SqliteBackup.RunAsync(App.Services, dir, output, Ct);

        Assert.Equal(2, exitCode);
        if (App.Engine == Engine.Postgres)
        {
            Assert.Contains("pg_basebackup", output.ToString());
            Assert.Contains("pg_dump", output.ToString());
            Assert.Contains("docs/operations.md", output.ToString());
            Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
        }
        else
        {
            Assert.Contains($"Thư mục {dir} đã chứa một bản sao lưu; không ghi đè", output.ToString());
            Assert.Equal(new[] { earlier }, Directory.EnumerateFileSystemEntries(dir));
            Assert.Equal("an earlier backup's database", await File.ReadAllTextAsync(earlier, Ct));
        }
    }

    private sealed record Sent(int Id, string Title, string Content, IReadOnlyList<(string Name, byte[] Bytes)> Files, bool StartedAfterBackup);

    /// <summary>Localities submitting with two attached files each, one after another on each of a few writers, until stopped.</summary>
    private sealed class Writers(CauNoiApp app, string token, CancellationToken ct)
    {
        private Task[] _running = [];
        private volatile bool _backupFinished, _stop;

        public string Prefix { get; } = $"Sao lưu khi đang ghi {token}";
        public ConcurrentQueue<Sent> Acknowledged { get; } = new();
        public ConcurrentQueue<string> StartedAfterBackup { get; } = new();

        public void Start(int count) => _running = [.. Enumerable.Range(1, count).Select(w => Task.Run(() => WriteAsync(w), ct))];

        public void BackupFinished() => _backupFinished = true;

        /// <summary>Waits for a condition on what was acknowledged; a writer's failure is the test's.</summary>
        public async Task UntilAsync(Func<bool> condition)
        {
            while (!condition())
            {
                if (_running.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed;
                await Task.Delay(20, ct);
            }
        }

        public async Task StopAsync()
        {
            _stop = true;
            await Task.WhenAll(_running);
        }

        private async Task WriteAsync(int writer)
        {
            for (var i = 1; !_stop; i++)
            {
                var after = _backupFinished;
                var title = $"{Prefix} {writer}.{i}";
                if (after) StartedAfterBackup.Enqueue(title);
                var content = $"Nội dung của kiến nghị {writer}.{i}, gửi trong lúc sao lưu.";
                var id = (await app.SubmitAsync(Submitter, title, content, ct: ct)).Summary.Id;
                List<(string, byte[])> files = [($"Biên bản {writer}.{i}.pdf", StoredFileSteps.UniquePdf(64 * 1024)), ($"Ảnh {writer}.{i}.pdf", StoredFileSteps.UniquePdf())];
                await app.AttachAsync(Submitter, id, files, ct);
                Acknowledged.Enqueue(new(id, title, content, files, after));
            }
        }
    }

    /// <summary>
    /// A database of the test's own, copied from the collection's (reference data and demo accounts without the seconds of
    /// loading them) and without its attachments, whose files other tests keep in folders of their own.
    /// </summary>
    private async Task<string> DatabaseOfItsOwnAsync()
    {
        _ = App.Services;   // started and seeded
        var path = Path.Combine(Scratch("live"), "caunoi.db");
        await using (var source = new SqliteConnection(App.ConnectionString))
        await using (var copy = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await source.OpenAsync(Ct);
            await copy.OpenAsync(Ct);
            source.BackupDatabase(copy);
            await using var clear = copy.CreateCommand();
            await using (var scope = App.Db()) clear.CommandText = StoredFileSteps.ClearReferencesSql(scope.Context);
            await clear.ExecuteNonQueryAsync(Ct);
        }
        return $"Data Source={path}";
    }

    /// <summary>The restore of docs/operations.md: the database file to where the application's connection string points, the files into its folder.</summary>
    private static void CopyBack(string backup, string database, string folder)
    {
        File.Copy(Path.Combine(backup, SqliteBackup.DatabaseFile), database);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(backup, SqliteBackup.AttachmentsFolder)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }

    /// <summary>The application started on a restored database and folder, as an operator starts it after copying a backup back.</summary>
    private sealed class RestoredApp(string database, string folder) : CauNoiApp(Engine.Sqlite, $"Data Source={database}")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Attachments:Path", folder);
        }
    }

    private static string Scratch(string name) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-tests", $"backup-{Guid.NewGuid():N}", name)).FullName;
}

[Collection(SqliteCollection.Name)]
public sealed class BackupOnSqlite(SqliteApp app) : BackupTests(app)
{
    [Fact]
    public Task Backup_TakenWhileSubmissionsRun_RestoresAsAFreshApp_WithEveryAcknowledgedRecommendationWhole_AndNothingLater() =>
        BackupTakenWhileSubmissionsRun_RestoresAsAFreshApp();
}

[Collection(PostgresCollection.Name)]
public sealed class BackupOnPostgres(PostgresApp app) : BackupTests(app);
