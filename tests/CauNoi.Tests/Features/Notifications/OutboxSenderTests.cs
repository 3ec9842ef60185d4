using CauNoi.Web.Features.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace CauNoi.Tests.Features.Notifications;

public abstract class OutboxSenderTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>E-mails to addresses of their own (marker-0@…, marker-1@…), so the test finds them among the others queued.</summary>
    private async Task<List<long>> QueueAsync(string marker, int count)
    {
        await using var scope = App.Db();
        var mails = Enumerable.Range(0, count).Select(i => new OutboxEmail
        {
            To = $"{marker}-{i}@thu.caunoi.local", Subject = $"[Cầu Nối] Thư thử số {i}", Body = "Kiến nghị đã được trả lời.", CreatedAt = DateTime.UtcNow,
        }).ToList();
        scope.Context.OutboxEmails.AddRange(mails);
        await scope.Context.SaveChangesAsync(Ct);
        return [.. mails.Select(m => m.Id)];
    }

    private async Task<List<OutboxEmail>> StoredAsync(List<long> ids)
    {
        await using var scope = App.Db();
        return await scope.Context.OutboxEmails.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(Ct);
    }

    /// <summary>Runs the sender until it finds nothing left to send.</summary>
    private async Task SendAllAsync(SmtpSettings smtp)
    {
        await using var scope = App.Db();
        for (var run = 0; run < 100 && await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, smtp, NullLogger.Instance, Ct) > 0; run++) { }
    }

    private static string NewDirectory() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-mail-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>How many .eml files went to each address.</summary>
    private static Dictionary<string, int> FilesPerAddress(string directory, string marker, int count)
    {
        var files = Directory.GetFiles(directory, "*.eml").Select(File.ReadAllText).ToList();
        return Enumerable.Range(0, count).ToDictionary(i => $"{marker}-{i}@", i => files.Count(f => f.Contains($"{marker}-{i}@")));
    }

    [Fact]
    public async Task PickupDirectory_GetsOneFilePerEmail_AndEachIsMarkedSent()
    {
        var marker = "thu" + Guid.NewGuid().ToString("N")[..10];
        var ids = await QueueAsync(marker, 3);
        var directory = NewDirectory();
        try
        {
            await SendAllAsync(new SmtpSettings { PickupDirectory = directory, PublicBaseUrl = "https://caunoi.moit.gov.vn" });

            Assert.All(FilesPerAddress(directory, marker, 3), kv => Assert.Equal(1, kv.Value));
            Assert.All(await StoredAsync(ids), m => { Assert.NotNull(m.SentAt); Assert.Equal(0, m.Attempts); Assert.Null(m.LockedUntil); });
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    [Fact]
    public async Task WithoutThePublicBaseUrl_NothingIsSent_AndTheEmailsWaitUntried()
    {
        var marker = "thu" + Guid.NewGuid().ToString("N")[..10];
        var ids = await QueueAsync(marker, 2);
        var directory = NewDirectory();
        try
        {
            await using (var scope = App.Db())
                Assert.Equal(0, await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, new SmtpSettings { PickupDirectory = directory }, NullLogger.Instance, Ct));

            Assert.Empty(Directory.GetFiles(directory));
            Assert.All(await StoredAsync(ids), m => Assert.Equal(((DateTime?)null, 0, (DateTime?)null), (m.SentAt, m.Attempts, m.LockedUntil)));
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    [Fact]
    public async Task TwoSendersAtTheSameTime_NeverSendTheSameEmailTwice()
    {
        var marker = "thu" + Guid.NewGuid().ToString("N")[..10];
        var ids = await QueueAsync(marker, OutboxSender.BatchSize + 30);
        var directory = NewDirectory();
        try
        {
            var smtp = new SmtpSettings { PickupDirectory = directory, PublicBaseUrl = "https://caunoi.moit.gov.vn" };

            await Task.WhenAll(SendAllAsync(smtp), SendAllAsync(smtp));

            Assert.All(FilesPerAddress(directory, marker, ids.Count), kv => Assert.Equal(1, kv.Value));
            Assert.All(await StoredAsync(ids), m => Assert.NotNull(m.SentAt));
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    [Fact]
    public async Task UnreachableServer_CountsTheAttempt_KeepsTheErrorWithoutThePassword_AndWaitsBeforeRetrying()
    {
        var marker = "thu" + Guid.NewGuid().ToString("N")[..10];
        var id = (await QueueAsync(marker, 1)).Single();
        var smtp = new SmtpSettings { Host = "127.0.0.1", Port = Ports.Free(), EnableSsl = false, UserName = "caunoi", Password = "Mật-khẩu-bí-mật-9431", PublicBaseUrl = "https://caunoi.moit.gov.vn" };

        // Other tests' e-mails are queued before ours, and with the server unreachable a run tries one batch: run until ours
        // has been tried, as many runs as there are batches ahead of it (however many the other tests left).
        int ahead;
        await using (var scope = App.Db()) ahead = await scope.Context.OutboxEmails.CountAsync(m => m.Id < id && m.SentAt == null, Ct);
        for (var run = 0; run <= ahead / OutboxSender.BatchSize + 1 && (await StoredAsync([id])).Single().Attempts == 0; run++)
        {
            await using var scope = App.Db();
            await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, smtp, NullLogger.Instance, Ct);
        }
        var failed = (await StoredAsync([id])).Single();
        await using (var scope = App.Db())
            await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System, smtp, NullLogger.Instance, Ct);
        var after = (await StoredAsync([id])).Single();

        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.DoesNotContain(smtp.Password, failed.LastError);
        Assert.True(failed.LockedUntil > DateTime.UtcNow, "a failed e-mail waits before it is tried again");
        Assert.Equal(1, after.Attempts);
    }

}

[Collection(SqliteCollection.Name)]
public sealed class OutboxSenderOnSqlite(SqliteApp app) : OutboxSenderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutboxSenderOnPostgres(PostgresApp app) : OutboxSenderTests(app);
