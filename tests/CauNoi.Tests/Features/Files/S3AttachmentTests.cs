using System.Security.Cryptography;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Tests.Infrastructure.S3;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CauNoi.Tests.Features.Files;

/// <summary>
/// Attachments kept in S3-compatible storage (Attachments:Store=S3) through the API, and the done-criterion:
/// two instances on one database, each with a folder of its own, share their files through the bucket.
/// </summary>
public abstract class S3AttachmentTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>An instance of the app on the same database with the S3 store, and the folders it would use for a folder store.</summary>
    private sealed record Instance(WebApplicationFactory<Program> Host, string Folder) : IAsyncDisposable
    {
        public string Uploads => Folder + "-uploads";

        /// <summary>Files this instance left on its own disk, in its attachment folder or its folder of uploads being received.</summary>
        public int FilesOnDisk() => new[] { Folder, Uploads }.Where(Directory.Exists).Sum(f => Directory.GetFiles(f).Length);

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    private Instance StartInstance(S3Settings bucket)
    {
        var folder = Path.Combine(Path.GetTempPath(), "caunoi-tests", "attachments-" + Guid.NewGuid().ToString("N"));
        return new Instance(App.WithWebHostBuilder(b =>
        {
            b.UseSetting("Attachments:Path", folder).UseSetting("Attachments:TempPath", folder + "-uploads");
            foreach (var (key, value) in S3Server.Configuration(bucket)) b.UseSetting(key, value);
        }), folder);
    }

    private async Task<HttpClient> ApiAs(Instance instance, string userName)
    {
        var client = instance.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = (await App.ApiAs(userName)).DefaultRequestHeaders.Authorization;
        return client;
    }

    private async Task<FileView> UploadAsync(Instance instance, int id, byte[] bytes, string name) =>
        Assert.Single(await StoredFileSteps.UploadAsync(await ApiAs(instance, "so.hanoi"), id, [(name, bytes)], Ct));

    private async Task<int> RecommendationAsync() =>
        (await App.SubmitAsync("so.hanoi", "Hồ sơ lưu trên S3 " + RecommendationSteps.Token(), "Kèm biên bản hiện trường.", ct: Ct)).Summary.Id;

    [Fact]
    public async Task UploadedFile_IsKeptInTheBucket_AndDownloadsWhole()
    {
        var bucket = await S3Server.NewBucketAsync("caunoi/attachments");
        await using var instance = StartInstance(bucket);
        var id = await RecommendationAsync();
        var pdf = StoredFileSteps.UniquePdf();

        var file = await UploadAsync(instance, id, pdf, "Biên bản.pdf");
        var download = await (await ApiAs(instance, "cuc.dienluc")).GetAsync($"/api/v1/recommendations/{id}/attachments/{file.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        string storedName;
        await using (var scope = App.Db())
            storedName = await scope.Context.RecommendationAttachments.Where(a => a.Id == file.Id).Select(a => a.StoredName).SingleAsync(Ct);
        var listed = Assert.Single(await new S3FileStore(bucket).ListAsync(Ct).ToListAsync(Ct));
        Assert.Equal((storedName, (long)pdf.Length), (listed.Name, listed.Size));
        Assert.Equal(0, instance.FilesOnDisk());
    }

    [Fact]
    public async Task FileMissingFromTheBucket_IsANotFoundWithAReason_NotAnError()
    {
        var bucket = await S3Server.NewBucketAsync();
        await using var instance = StartInstance(bucket);
        var id = await RecommendationAsync();
        var file = await UploadAsync(instance, id, StoredFileSteps.UniquePdf(), "Biên bản.pdf");
        var store = new S3FileStore(bucket);
        foreach (var f in await store.ListAsync(Ct).ToListAsync(Ct)) await store.DeleteAsync(f.Name, Ct);

        var download = await (await ApiAs(instance, "so.hanoi")).GetAsync($"/api/v1/recommendations/{id}/attachments/{file.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Contains("không còn trên máy chủ", await download.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public void S3StoreWithoutABucket_StopsTheStart_WithTheReason()
    {
        var e = Assert.ThrowsAny<Exception>(() =>
        {
            using var instance = App.WithWebHostBuilder(b => b
                .UseSetting("Attachments:Store", "S3").UseSetting("Attachments:S3:ServiceUrl", "http://127.0.0.1:9"));
            _ = instance.Services;
        });

        Assert.Contains("Attachments:S3:Bucket is not set", e.ToString());
    }

    [Fact]
    public async Task FileUploadedThroughOneInstance_DownloadsThroughTheOther_ThroughTheBucketNotAFolder()
    {
        var bucket = await S3Server.NewBucketAsync();
        await using var first = StartInstance(bucket);
        await using var second = StartInstance(bucket);
        Assert.NotEqual(first.Folder, second.Folder);
        var id = await RecommendationAsync();
        var pdf = StoredFileSteps.UniquePdf();

        var file = await UploadAsync(first, id, pdf, "Công văn.pdf");
        var download = await (await ApiAs(second, "cuc.dienluc")).GetAsync($"/api/v1/recommendations/{id}/attachments/{file.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        // Neither instance kept the file on its own disk: the bucket is what carried it from one to the other.
        Assert.Equal((0, 0), (first.FilesOnDisk(), second.FilesOnDisk()));
        Assert.Single(await new S3FileStore(bucket).ListAsync(Ct).ToListAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class S3AttachmentsOnSqlite(SqliteApp app) : S3AttachmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class S3AttachmentsOnPostgres(PostgresApp app) : S3AttachmentTests(app);
