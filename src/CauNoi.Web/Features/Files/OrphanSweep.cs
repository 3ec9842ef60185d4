using CauNoi.Web.Features.Files;

namespace CauNoi.Web.Features.Files;

/// <summary>
/// Removes what uploads that never completed left behind: stored files that no row refers to (a crash between the put
/// and the commit leaves one), and unfinished uploads in this machine's temporary folder. Only files older than
/// <c>Attachments:OrphanGraceHours</c> (24) go, so that an upload whose record is still being written is never touched.
/// Run from the jobs loop at most every <c>Jobs:OrphanSweepHours</c> (6; 0 for never) per instance. Several instances may sweep the
/// same store at once: a file that is referenced stays whoever looks, and deleting a file already deleted is no error.
/// Each removal is logged at Information, not audited: the audit trail is for records that users change.
/// </summary>
public sealed class OrphanSweep(AttachmentStore attachments, TimeProvider clock, OrphanSweep.Settings settings, ILogger<OrphanSweep> logger)
{
    private const int Batch = 500;
    private DateTimeOffset? _lastRun;

    /// <param name="Interval">The least time between two sweeps of one instance; null when the jobs loop never sweeps.</param>
    public sealed record Settings(TimeSpan Grace, TimeSpan? Interval)
    {
        public static Settings Read(IConfiguration config) => new(
            // At least an hour: a grace shorter than the longest upload would remove a file whose record is on its way.
            TimeSpan.FromHours(Math.Max(1, config.GetValue("Attachments:OrphanGraceHours", 24.0))),
            config.GetValue("Jobs:OrphanSweepHours", 6.0) is var hours and > 0 ? TimeSpan.FromHours(hours) : null);
    }

    /// <summary>What one sweep removed: files from the store, unfinished uploads from the temporary folder.</summary>
    public sealed record Outcome(int StoredFiles, int Uploads);

    /// <summary>Sweeps if this instance has not swept within the interval; null when it was not due, or sweeping is off.</summary>
    public async Task<Outcome?> RunIfDueAsync(CauNoiDb db, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (settings.Interval is not { } interval || (_lastRun is { } last && now - last < interval)) return null;
        _lastRun = now;
        return await RunOnceAsync(db, ct);
    }

    public async Task<Outcome> RunOnceAsync(CauNoiDb db, CancellationToken ct = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - settings.Grace;
        var outcome = new Outcome(await SweepStoreAsync(db, before, ct), SweepUploads(before));
        // Said even when nothing went: once every few hours, it shows the sweep runs.
        logger.LogInformation("Orphan sweep: {StoredFiles} files no record refers to removed from {Store}, {Uploads} unfinished uploads from {TempFolder}",
            outcome.StoredFiles, attachments.Files.Location, outcome.Uploads, attachments.TempFolder);
        return outcome;
    }

    private async Task<int> SweepStoreAsync(CauNoiDb db, DateTime before, CancellationToken ct)
    {
        // A database with no reference at all beside a store with files is more likely the wrong database (a new one, or
        // another deployment's) than one whose every upload failed: nothing is removed, and the operator is told.
        var anyReference = await FileReferences.All(db).AnyAsync(ct);
        var removed = 0;
        List<string> old = [];
        await foreach (var file in attachments.Files.ListAsync(ct))
        {
            if (file.WrittenAtUtc >= before) continue;
            if (!anyReference)
            {
                logger.LogWarning("Orphan sweep skipped: {Store} holds files but no record refers to any stored file; check that this instance uses the right database",
                    attachments.Files.Location);
                return 0;
            }
            old.Add(file.Name);
            if (old.Count == Batch) { removed += await RemoveUnreferencedAsync(db, old, ct); old.Clear(); }
        }
        return removed + await RemoveUnreferencedAsync(db, old, ct);
    }

    private async Task<int> RemoveUnreferencedAsync(CauNoiDb db, List<string> names, CancellationToken ct)
    {
        if (names.Count == 0) return 0;
        var referenced = await FileReferences.All(db).Where(r => names.Contains(r.StoredName)).Select(r => r.StoredName).ToListAsync(ct);
        var removed = 0;
        foreach (var name in names.Except(referenced))
        {
            await attachments.Files.DeleteAsync(name, ct);
            logger.LogInformation("Orphan sweep removed {StoredName} from {Store}: no record refers to it", name, attachments.Files.Location);
            removed++;
        }
        return removed;
    }

    private int SweepUploads(DateTime before)
    {
        var folder = new DirectoryInfo(attachments.TempFolder);
        if (!folder.Exists) return 0;
        var removed = 0;
        foreach (var file in folder.EnumerateFiles().Where(f => f.LastWriteTimeUtc < before).ToList())
        {
            try
            {
                file.Delete();
                logger.LogInformation("Orphan sweep removed the unfinished upload {File}", file.FullName);
                removed++;
            }
            catch (IOException e) { logger.LogWarning(e, "Orphan sweep could not remove {File}", file.FullName); }
            catch (UnauthorizedAccessException e) { logger.LogWarning(e, "Orphan sweep could not remove {File}", file.FullName); }
        }
        return removed;
    }
}
