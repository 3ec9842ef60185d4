using System.Collections.Concurrent;
using System.Security.Cryptography;
using CauNoi.Tests.Features.Files;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// Issue 16, the restore drill at CI size, with the operator's own scripts (scripts/backup/) and PostgreSQL's tools:
/// a cluster of the test's own archiving its WAL; localities submit recommendations with an attachment each while a
/// base backup is taken; a named restore point; more submissions; a point-in-time restore to that point into a new
/// cluster; the app on it. Every submission acknowledged before the point is there whole, with its file's bytes, and
/// none after. A restore point is exact (the submissions on either side were acknowledged before it was made, or
/// sent after), so nothing depends on timing. PostgreSQL only: it is about PostgreSQL's tools.
/// scripts/restore-drill.sh is the same with a recovery_target_time and writers that do not stop.
/// </summary>
public sealed class PostgresBackupRestoreTests
{
    private static readonly string[] Submitters = ["so.hanoi", "xa.hoankiem", "so.tuyenquang", "xa.badinh"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Sent(string User, int Id, Guid AttachmentId, string Title, string Content, string Sha256);

    [Fact]
    public async Task PointInTimeRestore_BringsBackEverySubmissionAcknowledgedBeforeTheRestorePoint_WholeWithItsFile_AndNoneAfter()
    {
        using var source = StartCluster(out var archive);
        await using var app = new CauNoiApp(Engine.Postgres, PostgresServer.CreateDatabase(source.ConnectionString));
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in Submitters) clients[user] = await app.ApiAs(user);
        int fieldId;
        await using (var scope = app.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        var run = "pitr-" + Guid.NewGuid().ToString("N")[..8];

        // Before the point: the base backup is taken while the four localities keep submitting, until it is done.
        var backup = Path.Combine(source.Directory, "base");
        var backupDone = BackupScripts.RunAsync("base-backup.sh", "-d", Conninfo(source), "-o", backup);
        var before = new ConcurrentBag<Sent>();
        await Task.WhenAll(Submitters.Select(user => Task.Run(async () =>
        {
            for (var n = 0; n < 2 || !backupDone.IsCompleted; n++) before.Add(await SubmitAsync(clients[user], user, fieldId, $"{run}-{user}-a{n}"));
        }, Ct)));
        await backupDone;

        await SqlAsync(source, "SELECT pg_create_restore_point('before-batch-b')");

        var after = await Task.WhenAll(Submitters.Select(user => SubmitAsync(clients[user], user, fieldId, $"{run}-{user}-b")));
        var lastSegment = await SqlAsync(source, "SELECT pg_walfile_name(pg_switch_wal())");
        await WaitArchivedAsync(archive, lastSegment);
        // Files are written once under new names: a copy of the folder made after the restore point holds every file a restored row names.
        var files = Path.Combine(source.Directory, "files-copy");
        CopyFolder(((FolderFileStore)app.Services.GetRequiredService<IFileStore>()).Folder, files);

        var restoredDirectory = Path.Combine(Path.GetTempPath(), "caunoi-pg-restored-" + Guid.NewGuid().ToString("N")[..8]);
        var port = Ports.Free();
        using var restored = PostgresCluster.At(restoredDirectory, port);
        var printed = await BackupScripts.RunAsync("restore-pitr.sh", "-b", backup, "-w", archive, "-D", Path.Combine(restoredDirectory, "data"),
            "-p", port.ToString(), "--name", "before-batch-b", "--timeout", "60",
            // PostgresCluster starts its servers with these on the command line, which a backup does not carry.
            "-o", "-c fsync=off -c max_connections=200");
        TestContext.Current.TestOutputHelper?.WriteLine($"{before.Count} submissions before the restore point, {after.Length} after\n{printed}");

        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        await using var restoredApp = new AppOnFiles(restored.ConnectionString + $";Database={database}", files);
        var stored = await RecordsOfRunAsync(restoredApp, run);
        Assert.Equal(before.Select(s => s.Id).Order(), stored.Order());
        foreach (var sent in before)
        {
            using var client = await restoredApp.ApiAs(sent.User);
            var record = await client.GetFromJsonAsync<RecommendationDetail>($"/api/v1/recommendations/{sent.Id}", ApiJson.Options, Ct);
            Assert.Equal((sent.Title, sent.Content), (record!.Summary.Title, record.Content));
            Assert.Equal(sent.AttachmentId, Assert.Single(record.Attachments).Id);
            var bytes = await client.GetByteArrayAsync($"/api/v1/recommendations/{sent.Id}/attachments/{sent.AttachmentId}", Ct);
            Assert.Equal(sent.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        foreach (var sent in after)
        {
            using var client = await restoredApp.ApiAs(sent.User);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/recommendations/{sent.Id}", Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task LogicalDump_RestoredIntoANewDatabase_HoldsTheSameRecordsAndAttachmentRows()
    {
        using var cluster = StartCluster(out _);
        await using var app = new CauNoiApp(Engine.Postgres, PostgresServer.CreateDatabase(cluster.ConnectionString));
        int fieldId;
        await using (var scope = app.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        foreach (var user in Submitters)
        {
            using var client = await app.ApiAs(user);
            await SubmitAsync(client, user, fieldId, $"dump-{user}");
        }

        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        var dump = Path.Combine(cluster.Directory, "caunoi.dump");
        await BackupScripts.RunAsync("dump.sh", $"{Conninfo(cluster)} dbname={database}", dump);
        await BackupScripts.RunAsync("restore-dump.sh", dump, Conninfo(cluster), database + "_restored", "2");

        // Every row of the two tables, as text, in order: the same in the copy as in the original.
        const string Rows = """
            SELECT (SELECT md5(string_agg(r::text, '|' ORDER BY r."Id")) FROM "Recommendations" r)
                || (SELECT md5(string_agg(a::text, '|' ORDER BY a."Id")) FROM "RecommendationAttachments" a)
                || (SELECT count(*) FROM "RecommendationAttachments")
            """;
        var original = await SqlAsync(cluster, Rows, database);
        Assert.EndsWith(Submitters.Length.ToString(), original);
        Assert.Equal(original, await SqlAsync(cluster, Rows, database + "_restored"));
    }

    /// <summary>A recommendation and then its attachment, both acknowledged; the PDF's bytes are random, so each file is its own.</summary>
    private static async Task<Sent> SubmitAsync(HttpClient client, string user, int fieldId, string key)
    {
        var title = $"Kiến nghị trước khi khôi phục {key}";
        var content = $"Đề nghị Bộ hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp; mã {key}.";
        var response = await client.PostAsJsonAsync("/api/v1/recommendations", new { title, content, fieldId }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var id = (await response.Content.ReadFromJsonAsync<RecommendationDetail>(ApiJson.Options, Ct))!.Summary.Id;

        var pdf = StoredFileSteps.UniquePdf(4096);
        var attachment = Assert.Single(await StoredFileSteps.UploadAsync(client, id, [("bien-ban.pdf", pdf)], Ct));
        return new Sent(user, id, attachment.Id, title, content, StoredFileSteps.Sha256(pdf));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static async Task<string> SqlAsync(PostgresCluster cluster, string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString + $";Database={database}");
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync(Ct))!.ToString()!;
    }

    private static async Task WaitArchivedAsync(string archive, string segment)
    {
        for (var waited = 0; !File.Exists(Path.Combine(archive, segment)); waited++)
        {
            Assert.True(waited < 300, $"WAL segment {segment} was not archived within 30 s");
            await Task.Delay(100, Ct);
        }
    }

    private static string Conninfo(PostgresCluster cluster) => $"host=127.0.0.1 port={cluster.Port} user=postgres";

    /// <summary>The app on a database, with its attachments in the given folder (a restored copy).</summary>
    private sealed class AppOnFiles(string connectionString, string files) : CauNoiApp(Engine.Postgres, connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Attachments:Path", files);
        }
    }

    private static async Task<List<int>> RecordsOfRunAsync(CauNoiApp app, string run)
    {
        await using var scope = app.Db();
        return await scope.Context.Recommendations.Where(r => r.Title.Contains(run)).Select(r => r.Id).ToListAsync(Ct);
    }

    /// <summary>
    /// A cluster archiving every finished WAL segment with scripts/backup/archive-wal.sh into its folder "wal" (the
    /// command runs in the data folder; the folder is made before any segment is finished).
    /// </summary>
    private static PostgresCluster StartCluster(out string archive)
    {
        var (cluster, why) = PostgresCluster.Start("wal_level = replica", "archive_mode = on",
            $"archive_command = '{BackupScripts.PathOf("archive-wal.sh")} %p ../wal/%f'");
        if (cluster is null)
        {
            if (EngineRequirement.IsCi) throw new InvalidOperationException("CI=true but PostgreSQL is unavailable: " + why);
            Assert.Skip("PostgreSQL unavailable: " + why);
        }
        archive = cluster.NewFolder("wal");
        return cluster;
    }
}
