using System.Security.Cryptography;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// Reads a stored file through, hashing and counting the bytes that pass, so that a file is checked in the same read
/// that copies it. Remembers a failure of the file's own reads, to tell it from a failure of whatever it is copied to.
/// </summary>
internal sealed class HashingStream(Stream file) : Stream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Count { get; private set; }
    public Exception? ReadError { get; private set; }

    /// <summary>The SHA-256 of what was read, in lower-case hex as it is recorded at upload.</summary>
    public string Sha256() => Convert.ToHexStringLower(_sha256.GetHashAndReset());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        int read;
        try { read = await file.ReadAsync(buffer, ct); }
        catch (Exception e) when (e is not OperationCanceledException) { ReadError = e; throw; }
        return Passed(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(Span<byte> buffer)
    {
        int read;
        try { read = file.Read(buffer); }
        catch (Exception e) { ReadError = e; throw; }
        return Passed(buffer[..read]);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    private int Passed(ReadOnlySpan<byte> bytes)
    {
        _sha256.AppendData(bytes);
        Count += bytes.Length;
        return bytes.Length;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) { file.Dispose(); _sha256.Dispose(); }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await file.DisposeAsync();
        _sha256.Dispose();
        GC.SuppressFinalize(this);
    }
}
