using CauNoi.Tests.Features.Notifications;
using CauNoi.Tests.Infrastructure.S3;
using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CauNoi.Tests.Features.Files;

/// <summary>
/// An upload whose record never commits leaves no file behind: the sweep removes stored files that no row refers to
/// once they are older than the grace period, and unfinished uploads in the temporary folder; nothing younger, nothing
/// referenced.
/// </summary>
public abstract class OrphanSweepTests(CauNoiApp app) : AppTests(app)
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(24);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    private static string NewName() => Guid.NewGuid().ToString("N");

    private static AttachmentStore Attachments(IFileStore store) =>
        new(store, AttachmentStore.DefaultMaxBytes, Path.Combine(Path.GetTempPath(), "caunoi-tests", "uploads-" + Guid.NewGuid().ToString("N")));

    private static OrphanSweep Sweep(AttachmentStore attachments, TimeProvider clock) =>
        new(attachments, clock, new OrphanSweep.Settings(Grace, TimeSpan.FromHours(6)), NullLogger<OrphanSweep>.Instance);

    /// <summary>A file in the folder store, written <paramref name="age"/> before now.</summary>
    private async Task<string> PutAsync(FolderFileStore store, TimeSpan age, string? name = null)
    {
        name ??= NewName();
        await store.PutAsync(name, new MemoryStream([1, 2, 3]), Ct);
        File.SetLastWriteTimeUtc(Path.Combine(store.Folder, name), (_now - age).UtcDateTime);
        return name;
    }

    private string Upload(AttachmentStore attachments, TimeSpan age)
    {
        Directory.CreateDirectory(attachments.TempFolder);
        var path = Path.Combine(attachments.TempFolder, NewName() + ".upload");
        File.WriteAllBytes(path, [1]);
        File.SetLastWriteTimeUtc(path, (_now - age).UtcDateTime);
        return path;
    }

    private static async Task<List<string>> NamesAsync(IFileStore store, CancellationToken ct) =>
        (await store.ListAsync(ct).Select(f => f.Name).ToListAsync(ct)).Order().ToList();

    [Fact]
    public async Task OldOrphan_Goes_YoungOrphanAndReferencedFile_Stay()
    {
        var store = new FolderFileStore(Path.Combine(Path.GetTempPath(), "caunoi-tests", "store-" + Guid.NewGuid().ToString("N")));
        var attachments = Attachments(store);
        var oldOrphan = await PutAsync(store, TimeSpan.FromHours(25));
        var youngOrphan = await PutAsync(store, TimeSpan.FromHours(23));
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        var referenced = await PutAsync(store, TimeSpan.FromDays(400), await database.ReferAsync(NewName(), [1, 2, 3], Ct));
        var oldUpload = Upload(attachments, TimeSpan.FromHours(25));
        var youngUpload = Upload(attachments, TimeSpan.FromMinutes(5));

        var outcome = await Sweep(attachments, new FixedClock(_now)).RunOnceAsync(database.Db, Ct);

        Assert.Equal(new OrphanSweep.Outcome(StoredFiles: 1, Uploads: 1), outcome);
        Assert.Equal(new[] { youngOrphan, referenced }.Order(), await NamesAsync(store, Ct));
        Assert.False(File.Exists(oldUpload));
        Assert.True(File.Exists(youngUpload));
        Assert.DoesNotContain(oldOrphan, await NamesAsync(store, Ct));
    }

    [Fact]
    public async Task InABucket_AnOrphanPastTheGracePeriodGoes_AndTheReferencedFileStays()
    {
        using var store = new S3FileStore(await S3Server.NewBucketAsync());
        var orphan = NewName();
        await store.PutAsync(orphan, new MemoryStream([9]), Ct);
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        var referenced = await database.ReferAsync(NewName(), [7, 7], Ct);
        await store.PutAsync(referenced, new MemoryStream([7, 7]), Ct);
        var attachments = Attachments(store);

        var now = await Sweep(attachments, new FixedClock(_now)).RunOnceAsync(database.Db, Ct);
        var tomorrow = await Sweep(attachments, new FixedClock(_now + Grace + TimeSpan.FromMinutes(5))).RunOnceAsync(database.Db, Ct);

        Assert.Equal((0, 1), (now.StoredFiles, tomorrow.StoredFiles));
        Assert.Equal([referenced], await NamesAsync(store, Ct));
    }

    [Fact]
    public async Task Sweep_RunsAtMostOncePerInterval_OnEachInstance()
    {
        var store = new FolderFileStore(Path.Combine(Path.GetTempPath(), "caunoi-tests", "store-" + Guid.NewGuid().ToString("N")));
        var attachments = Attachments(store);
        var clock = new MovingClock(_now);
        var sweep = Sweep(attachments, clock);
        await using var scope = App.Db();

        var first = await sweep.RunIfDueAsync(scope.Context, Ct);
        clock.Now += TimeSpan.FromHours(5);
        var fiveHoursLater = await sweep.RunIfDueAsync(scope.Context, Ct);
        clock.Now += TimeSpan.FromHours(1);
        var sixHoursLater = await sweep.RunIfDueAsync(scope.Context, Ct);

        Assert.NotNull(first);
        Assert.Null(fiveHoursLater);
        Assert.NotNull(sixHoursLater);
    }

    [Fact]
    public async Task SweepHoursZero_TurnsTheSweepOff()
    {
        var store = new FolderFileStore(Path.Combine(Path.GetTempPath(), "caunoi-tests", "store-" + Guid.NewGuid().ToString("N")));
        var orphan = await PutAsync(store, TimeSpan.FromDays(30));
        var settings = OrphanSweep.Settings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:OrphanSweepHours"] = "0" }).Build());
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);
        await database.ReferAsync(NewName(), [1], Ct);

        var outcome = await new OrphanSweep(Attachments(store), new FixedClock(_now), settings, NullLogger<OrphanSweep>.Instance).RunIfDueAsync(database.Db, Ct);

        Assert.Null(outcome);
        Assert.Equal([orphan], await NamesAsync(store, Ct));
    }

    [Fact]
    public async Task NothingIsRemoved_WhenNoRowRefersToAnyFile_AsInTheWrongDatabase()
    {
        var store = new FolderFileStore(Path.Combine(Path.GetTempPath(), "caunoi-tests", "store-" + Guid.NewGuid().ToString("N")));
        var old = await PutAsync(store, TimeSpan.FromDays(30));
        await using var database = await OnlyTheseReferences.BeginAsync(App, Ct);

        var outcome = await Sweep(Attachments(store), new FixedClock(_now)).RunOnceAsync(database.Db, Ct);

        Assert.Equal(0, outcome.StoredFiles);
        Assert.Equal([old], await NamesAsync(store, Ct));
    }

    [Fact]
    public async Task JobsLoop_SweepsTheConfiguredStore()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caunoi-tests", "attachments-" + Guid.NewGuid().ToString("N"));
        var store = new FolderFileStore(folder);
        var orphan = await PutAsync(store, TimeSpan.FromDays(2));
        var young = await PutAsync(store, TimeSpan.Zero);
        // A row that refers to some file, as in any database in use (the sweep holds back on one that refers to none).
        string referenced;
        await using (var scope = App.Db()) referenced = await StoredFileSteps.ReferAsync(scope.Context, NewName(), [1], Ct);
        try
        {
            await using var instance = App.WithWebHostBuilder(b => b
                .UseSetting("Attachments:Path", folder).UseSetting("Attachments:TempPath", folder + "-uploads")
                .UseSetting("Jobs:Enabled", "true").UseSetting("Jobs:StartDelaySeconds", "0").UseSetting("Jobs:IntervalSeconds", "3600"));
            _ = instance.Services;   // starts the host, and with it the jobs loop
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (File.Exists(Path.Combine(folder, orphan)) && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(100, Ct);

            Assert.Equal([young], await NamesAsync(store, Ct));
        }
        finally
        {
            await using var scope = App.Db();
            await scope.Context.RecommendationAttachments.Where(a => a.StoredName == referenced).ExecuteDeleteAsync(Ct);
        }
    }

    private sealed class MovingClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrphanSweepOnSqlite(SqliteApp app) : OrphanSweepTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrphanSweepOnPostgres(PostgresApp app) : OrphanSweepTests(app);

