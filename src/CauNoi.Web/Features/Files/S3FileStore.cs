using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// Files as objects in a bucket of S3-compatible storage (MinIO, Ceph RGW, or AWS itself), under
/// <c>Attachments:S3:Prefix</c>: what several instances share, since none of them keeps a file on its own disk.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly S3Settings _settings;

    public S3FileStore(S3Settings settings)
    {
        _settings = settings;
        _client = new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), new AmazonS3Config
        {
            ServiceURL = settings.ServiceUrl,
            AuthenticationRegion = settings.Region,
            // MinIO and Ceph answer at one address for every bucket (http://minio:9000/bucket/key), not at bucket.minio:9000.
            ForcePathStyle = settings.ForcePathStyle,
            // SDK v4 by default computes a CRC32 for every upload and, when the body is streamed in aws-chunked form,
            // sends it as a trailer (x-amz-content-sha256: STREAMING-...-TRAILER); it also asks for checksums on every
            // download. Servers other than AWS do not all know these (s3rver; MinIO before its fix of January 2025; others):
            // WHEN_REQUIRED sends a checksum only where an operation's API demands one (none used here). Integrity is kept
            // all the same: each upload is signed with its SHA-256 (UseChunkEncoding = false in PutAsync) and each
            // attachment's SHA-256 is on its row, checked by --copy-files-to-s3 and --check-files.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
    }

    /// <summary>Keys asked for in one ListObjectsV2 call (1000, S3's most); smaller in the tests, to see the paging work.</summary>
    internal int PageSize { get; init; } = 1000;

    public string Location => $"{_settings.ServiceUrl.TrimEnd('/')}/{_settings.Bucket}/{_settings.Prefix}";

    public async Task PutAsync(string name, Stream content, CancellationToken ct = default)
    {
        // One PUT of the whole body: S3 stores the object whole when the request completes, or not at all.
        // The SDK reads a seekable body twice (once to sign its SHA-256), so anything else goes through a temporary file.
        await using var spooled = content.CanSeek ? null : await SpoolAsync(content, ct);
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _settings.Bucket,
            Key = KeyOf(name),
            InputStream = spooled ?? content,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
            // The body sent in one piece and signed with its SHA-256 (x-amz-content-sha256), which AWS, MinIO and Ceph check.
            // The default over http:// is aws-chunked with a signature per chunk (STREAMING-AWS4-HMAC-SHA256-PAYLOAD):
            // s3rver does not decode it and stores the chunk framing as the file (seen in the tests: 294 bytes for 1 byte).
            UseChunkEncoding = false,
        }, ct);
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken ct = default)
    {
        try
        {
            var response = await _client.GetObjectAsync(_settings.Bucket, KeyOf(name), ct);
            // The caller disposes the stream; that disposes the response and hands its connection back.
            return new ResponseStream(response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode == "NoSuchKey")
        {
            return null;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken ct = default) =>
        await _client.DeleteObjectAsync(_settings.Bucket, KeyOf(name), ct);   // S3 answers 204 for a key that is not there

    public async IAsyncEnumerable<StoredFile> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var request = new ListObjectsV2Request { BucketName = _settings.Bucket, Prefix = _settings.Prefix, MaxKeys = PageSize };
        while (true)
        {
            var page = await _client.ListObjectsV2Async(request, ct);
            foreach (var o in page.S3Objects ?? [])
            {
                var name = o.Key[_settings.Prefix.Length..];
                // Only what this store could have written: anything else under the prefix is not ours to list or sweep.
                if (!StoredNames.IsValid(name)) continue;
                yield return new StoredFile(name, o.Size ?? 0, o.LastModified?.ToUniversalTime() ?? DateTime.MinValue);
            }
            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken)) yield break;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public void Dispose() => _client.Dispose();

    private string KeyOf(string name) => _settings.Prefix + StoredNames.Checked(name);

    private static async Task<FileStream> SpoolAsync(Stream content, CancellationToken ct)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(spool, ct);
        spool.Position = 0;
        return spool;
    }

    /// <summary>The object's body, owning the response it came with.</summary>
    private sealed class ResponseStream(GetObjectResponse response) : Stream
    {
        private readonly Stream _body = response.ResponseStream;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => response.ContentLength;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => _body.Read(buffer);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => _body.ReadAsync(buffer, offset, count, ct);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => _body.ReadAsync(buffer, ct);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) response.Dispose();
            base.Dispose(disposing);
        }
    }
}

/// <summary>
/// <c>Attachments:S3:*</c>: ServiceUrl and Bucket are required; Prefix (a key prefix, so that one bucket can hold several
/// deployments), Region (us-east-1), AccessKey and SecretKey (best given by the environment: Attachments__S3__SecretKey),
/// ForcePathStyle (true, as MinIO and Ceph expect).
/// </summary>
public sealed record S3Settings(string ServiceUrl, string Bucket, string Prefix, string Region, string AccessKey, string SecretKey, bool ForcePathStyle)
{
    /// <summary>The settings, or an exception that says which one is missing or wrong: the start stops with it.</summary>
    public static S3Settings Read(IConfiguration config)
    {
        var s3 = config.GetSection("Attachments:S3");
        string Required(string key, string what) => s3[key] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new InvalidOperationException($"Attachments:Store is 'S3' but Attachments:S3:{key} is not set: {what}.");

        var url = Required("ServiceUrl", "the address of the S3-compatible server, e.g. http://minio:9000");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Attachments:S3:ServiceUrl is '{url}': it must be an http:// or https:// address, e.g. http://minio:9000.");
        var bucket = Required("Bucket", "the bucket that holds the attachments (created beforehand)");
        var accessKey = Required("AccessKey", "the access key of the account that reads and writes the bucket");
        var secretKey = Required("SecretKey", "its secret key, best given by the environment variable Attachments__S3__SecretKey");
        var prefix = (s3["Prefix"] ?? "").Trim().Trim('/');
        return new S3Settings(url, bucket, prefix.Length == 0 ? "" : prefix + "/",
            s3["Region"] is { Length: > 0 } region ? region.Trim() : "us-east-1", accessKey, secretKey,
            s3.GetValue("ForcePathStyle", true));
    }

    /// <summary>Never the secret key: settings may end up in a log.</summary>
    public override string ToString() => $"S3 {ServiceUrl} bucket {Bucket} prefix '{Prefix}' region {Region} key {AccessKey}";
}
