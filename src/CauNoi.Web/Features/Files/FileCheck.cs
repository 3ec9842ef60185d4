namespace CauNoi.Web.Features.Files;

/// <summary>
/// Reads every stored file a record refers to and compares it with the size and SHA-256 recorded at upload:
/// <c>--check-files</c> reports the files that are missing or altered, and <c>--backup</c> copies each file as it checks it.
/// The references are streamed and a few files read at a time, so memory stays flat whatever their number.
/// </summary>
public static class FileCheck
{
    /// <summary>Files read at once: enough to keep a disk or an object store busy, few enough for a small machine.</summary>
    public const int FilesAtOnce = 8;

    public enum Problem { Missing, Altered, Unreadable }

    public sealed record Finding(FileReference File, Problem Problem, string Detail)
    {
        /// <summary>One line for the operator: which record, which file, under which stored name, what is wrong.</summary>
        public override string ToString() => $"{File.Record}  \"{File.FileName}\"  ({File.StoredName}): {Detail}";
    }

    /// <summary>Handles <c>--check-files</c>; true when the process should stop after it (exit code 0 only when every file is whole).</summary>
    public static async Task<bool> RunCommandLineAsync(IServiceProvider services, string[] args)
    {
        if (!args.Contains("--check-files")) return false;
        Environment.ExitCode = await RunAsync(services, Console.Out);
        return true;
    }

    /// <summary>Checks every file the database refers to in the configured store; 0 when all are whole, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var store = services.GetRequiredService<IFileStore>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
        output.WriteLine($"Kiểm tra tệp đính kèm trong {store.Location} theo mã SHA-256 ghi nhận khi tải lên.");
        var tally = await RunAsync(FileReferences.All(db).AsAsyncEnumerable(), store, f => output.WriteLine(f), ct: ct);
        output.WriteLine(tally.Summary);
        return tally.AllWhole ? 0 : 1;
    }

    /// <summary>
    /// Reads each file from <paramref name="store"/>, reports each that is not whole, and counts them. With
    /// <paramref name="copyTo"/>, each file is written there as it is read, and removed again when it turns out altered.
    /// </summary>
    public static async Task<FileTally> RunAsync(
        IAsyncEnumerable<FileReference> files, IFileStore store, Action<Finding> report, IFileStore? copyTo = null, CancellationToken ct = default)
    {
        var tally = new FileTally();
        var gate = new Lock();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = FilesAtOnce, CancellationToken = ct }, async (file, ct) =>
        {
            var finding = await CheckAsync(file, store, copyTo, ct);
            tally.Add(finding?.Problem, file.Size);
            if (finding is not null) lock (gate) report(finding);
        });
        return tally;
    }

    private static async Task<Finding?> CheckAsync(FileReference file, IFileStore store, IFileStore? copyTo, CancellationToken ct)
    {
        HashingStream? content = null;
        string sha256;
        long size;
        try
        {
            if (await store.OpenReadAsync(file.StoredName, ct) is not { } opened)
                return new(file, Problem.Missing, "thiếu: không có trong kho tệp");
            await using (content = new HashingStream(opened))
            {
                if (copyTo is null) await content.CopyToAsync(Stream.Null, ct);
                else await copyTo.PutAsync(file.StoredName, content, ct);
                (sha256, size) = (content.Sha256(), content.Count);
            }
        }
        // A failure to read the stored file is a finding; a failure to write the copy stops the backup.
        catch (Exception e) when (e is not OperationCanceledException && (content is null || content.ReadError is not null))
        {
            return new(file, Problem.Unreadable, $"không đọc được: {e.Message}");
        }

        if (size == file.Size && string.Equals(sha256, file.Sha256, StringComparison.OrdinalIgnoreCase)) return null;
        if (copyTo is not null) await copyTo.DeleteAsync(file.StoredName, ct);
        return new(file, Problem.Altered,
            $"bị thay đổi: nay {Display.Number(size)} byte, SHA-256 {Short(sha256)}; khi tải lên {Display.Number(file.Size)} byte, SHA-256 {Short(file.Sha256)}");
    }

    private static string Short(string sha256) => sha256.Length > 16 ? sha256[..16] + "…" : sha256;
}

/// <summary>How many files were checked and what was found; counted from several files read at once.</summary>
public sealed class FileTally
{
    private long _checked, _missing, _altered, _unreadable, _wholeBytes;

    public long Checked => Interlocked.Read(ref _checked);
    public long Missing => Interlocked.Read(ref _missing);
    public long Altered => Interlocked.Read(ref _altered);
    public long Unreadable => Interlocked.Read(ref _unreadable);
    public long Whole => Checked - Missing - Altered - Unreadable;
    public long WholeBytes => Interlocked.Read(ref _wholeBytes);
    public bool AllWhole => Whole == Checked;

    /// <summary>"Đã kiểm tra 120 tệp: 118 nguyên vẹn, 1 thiếu, 1 bị thay đổi" (and the unreadable ones, when there are any).</summary>
    public string Summary =>
        $"Đã kiểm tra {Display.Number(Checked)} tệp: {Display.Number(Whole)} nguyên vẹn, {Display.Number(Missing)} thiếu, {Display.Number(Altered)} bị thay đổi"
        + (Unreadable > 0 ? $", {Display.Number(Unreadable)} không đọc được" : "");

    internal void Add(FileCheck.Problem? problem, long size)
    {
        Interlocked.Increment(ref _checked);
        switch (problem)
        {
            case null: Interlocked.Add(ref _wholeBytes, size); break;
            case FileCheck.Problem.Missing: Interlocked.Increment(ref _missing); break;
            case FileCheck.Problem.Altered: Interlocked.Increment(ref _altered); break;
            default: Interlocked.Increment(ref _unreadable); break;
        }
    }
}
