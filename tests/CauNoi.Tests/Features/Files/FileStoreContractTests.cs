using CauNoi.Tests.Infrastructure.S3;
using CauNoi.Web.Features.Files;
using Microsoft.Extensions.Configuration;

namespace CauNoi.Tests.Features.Files;

/// <summary>What every file store does, whichever backend: the callers (uploads, downloads, the sweep, the commands) rely on it.</summary>
public abstract class FileStoreContractTests
{
    protected CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IFileStore> NewStoreAsync();

    private static string NewName() => Guid.NewGuid().ToString("N");

    private static async Task<byte[]?> ReadAsync(IFileStore store, string name, CancellationToken ct)
    {
        await using var content = await store.OpenReadAsync(name, ct);
        if (content is null) return null;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task PutFile_ReadsBackTheSameBytes()
    {
        var store = await NewStoreAsync();
        var bytes = new byte[300_000];
        Random.Shared.NextBytes(bytes);
        var name = NewName();

        await store.PutAsync(name, new MemoryStream(bytes), Ct);

        Assert.Equal(bytes, await ReadAsync(store, name, Ct));
    }

    [Fact]
    public async Task PutFromAStreamThatCannotSeek_ReadsBackTheSameBytes()
    {
        var store = await NewStoreAsync();
        var bytes = "Biên bản hiện trường"u8.ToArray();
        var name = NewName();

        await store.PutAsync(name, new ForwardOnly(bytes), Ct);

        Assert.Equal(bytes, await ReadAsync(store, name, Ct));
    }

    [Fact]
    public async Task EmptyFile_IsStoredAsEmpty_NotAsMissing()
    {
        var store = await NewStoreAsync();
        var name = NewName();

        await store.PutAsync(name, new MemoryStream(), Ct);

        var read = await ReadAsync(store, name, Ct);
        Assert.NotNull(read);
        Assert.Empty(read);
    }

    [Fact]
    public async Task MissingFile_ReadsAsNull()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.OpenReadAsync(NewName(), Ct));
    }

    [Fact]
    public async Task DeletedFile_IsGone_AndDeletingAMissingOneIsNoError()
    {
        var store = await NewStoreAsync();
        var name = NewName();
        await store.PutAsync(name, new MemoryStream([1, 2, 3]), Ct);

        await store.DeleteAsync(name, Ct);
        await store.DeleteAsync(name, Ct);
        await store.DeleteAsync(NewName(), Ct);

        Assert.Null(await store.OpenReadAsync(name, Ct));
        Assert.Empty(await store.ListAsync(Ct).ToListAsync(Ct));
    }

    [Fact]
    public async Task List_GivesEveryFile_WithItsSizeAndWhenItWasWritten()
    {
        var store = await NewStoreAsync();
        Assert.Empty(await store.ListAsync(Ct).ToListAsync(Ct));
        var before = DateTime.UtcNow.AddMinutes(-1);
        var names = Enumerable.Range(0, 3).Select(_ => NewName()).ToList();
        for (var i = 0; i < names.Count; i++) await store.PutAsync(names[i], new MemoryStream(new byte[i * 10]), Ct);

        var listed = await store.ListAsync(Ct).ToListAsync(Ct);

        Assert.Equal(names.Select((n, i) => (n, (long)i * 10)).Order(), listed.Select(f => (f.Name, f.Size)).Order());
        Assert.All(listed, f => Assert.InRange(f.WrittenAtUtc, before, DateTime.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task NameThatIsAPath_IsRefused()
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync("../escape", new MemoryStream([1]), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("a/b", Ct));
    }

    /// <summary>A body read once, front to back, as a network stream is.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

public sealed class FolderFileStoreTests : FileStoreContractTests
{
    protected override Task<IFileStore> NewStoreAsync() =>
        Task.FromResult<IFileStore>(new FolderFileStore(Path.Combine(Path.GetTempPath(), "caunoi-tests", "store-" + Guid.NewGuid().ToString("N"))));
}

public sealed class S3FileStoreTests : FileStoreContractTests
{
    protected override async Task<IFileStore> NewStoreAsync() => new S3FileStore(await S3Server.NewBucketAsync());

    [Fact]
    public async Task Prefix_KeepsTheStoreToItsOwnKeys_InASharedBucket()
    {
        var settings = await S3Server.NewBucketAsync("caunoi/production");
        var production = new S3FileStore(settings);
        var staging = new S3FileStore(settings with { Prefix = "caunoi/staging/" });
        await production.PutAsync("a", new MemoryStream([1]), Ct);
        await staging.PutAsync("a", new MemoryStream([2, 2]), Ct);

        Assert.Equal([("a", 1L)], (await production.ListAsync(Ct).ToListAsync(Ct)).Select(f => (f.Name, f.Size)));
        await production.DeleteAsync("a", Ct);
        Assert.Equal([("a", 2L)], (await staging.ListAsync(Ct).ToListAsync(Ct)).Select(f => (f.Name, f.Size)));
    }

    [Fact]
    public async Task List_PagesThroughEveryPage()
    {
        var store = new S3FileStore(await S3Server.NewBucketAsync()) { PageSize = 2 };
        var names = Enumerable.Range(0, 5).Select(i => $"f{i}").ToList();
        foreach (var n in names) await store.PutAsync(n, new MemoryStream([1]), Ct);

        var listed = await store.ListAsync(Ct).Select(f => f.Name).ToListAsync(Ct);

        Assert.Equal(names, listed.Order());
    }
}

/// <summary>Attachments:Store=S3 with a setting missing or wrong stops the start, saying which.</summary>
public sealed class S3SettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Attachments:Store"] = "S3" }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build();

    private static readonly (string, string)[] Complete =
    [
        ("Attachments:S3:ServiceUrl", "http://minio:9000"), ("Attachments:S3:Bucket", "caunoi"),
        ("Attachments:S3:AccessKey", "caunoi-app"), ("Attachments:S3:SecretKey", "bí-mật-123"),
    ];

    [Theory]
    [InlineData("Attachments:S3:ServiceUrl")]
    [InlineData("Attachments:S3:Bucket")]
    [InlineData("Attachments:S3:AccessKey")]
    [InlineData("Attachments:S3:SecretKey")]
    public void MissingSetting_StopsTheStart_NamingIt(string missing)
    {
        var e = Assert.Throws<InvalidOperationException>(() => FilesSetup.FileStoreFor(Config([.. Complete.Where(s => s.Item1 != missing)]), "/srv/caunoi"));

        Assert.Contains(missing + " is not set", e.Message);
    }

    [Theory]
    [InlineData("minio:9000")]
    [InlineData("ftp://minio")]
    public void ServiceUrlThatIsNotAnHttpAddress_StopsTheStart(string url)
    {
        var e = Assert.Throws<InvalidOperationException>(() => S3Settings.Read(Config([.. Complete.Where(s => s.Item1 != "Attachments:S3:ServiceUrl"), ("Attachments:S3:ServiceUrl", url)])));

        Assert.Contains("must be an http:// or https:// address", e.Message);
    }

    [Fact]
    public void Defaults_SuitMinIOAndCeph_AndThePrefixIsAFolderOfKeys()
    {
        var settings = S3Settings.Read(Config([.. Complete, ("Attachments:S3:Prefix", "/caunoi/attachments/")]));

        Assert.Equal(("us-east-1", true, "caunoi/attachments/"), (settings.Region, settings.ForcePathStyle, settings.Prefix));
        Assert.IsType<S3FileStore>(FilesSetup.FileStoreFor(Config(Complete), "/srv/caunoi"));
    }

    [Fact]
    public void Settings_NeverShowTheSecretKey()
    {
        Assert.DoesNotContain("bí-mật-123", S3Settings.Read(Config(Complete)).ToString());
    }
}
