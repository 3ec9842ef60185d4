using System.Globalization;

namespace CauNoi.Bench;

/// <summary>
/// One submission of the restore drill as its client saw it, a line of the drill's TSV: the request's start and its
/// acknowledgement by the client's clock (UTC, microseconds, in PostgreSQL's timestamptz syntax so a moment can be
/// given to recovery_target_time as written), what was sent, and the attachment's SHA-256. Acknowledged is empty
/// when the app did not acknowledge both the record and its attachment.
/// </summary>
public sealed record DrillRow(string Key, string User, int Id, Guid AttachmentId, DateTime Started, DateTime? Acknowledged,
    string Sha256, string Title, string Content)
{
    public const string Header = "key\tuser\tid\tattachment\tstarted\tacknowledged\tsha256\ttitle\tcontent";
    private const string Moment = "yyyy-MM-dd HH:mm:ss.ffffff'+00'";

    public string ToLine() => string.Join('\t', Key, User, Id.ToString(CultureInfo.InvariantCulture), AttachmentId.ToString("D"),
        Format(Started), Acknowledged is { } a ? Format(a) : "", Sha256, Title, Content);

    public static DrillRow Parse(string line)
    {
        var f = line.Split('\t');
        return new DrillRow(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), Guid.Parse(f[3]), ParseMoment(f[4]),
            f[5].Length == 0 ? null : ParseMoment(f[5]), f[6], f[7], f[8]);
    }

    public static string Format(DateTime utc) => utc.ToString(Moment, CultureInfo.InvariantCulture);

    /// <summary>A moment as PostgreSQL prints it or as Format writes it ("2026-12-06 09:45:01.123456+00").</summary>
    public static DateTime ParseMoment(string text) =>
        DateTimeOffset.Parse(text.EndsWith("+00", StringComparison.Ordinal) ? text + ":00" : text, CultureInfo.InvariantCulture).UtcDateTime;

    public static IEnumerable<DrillRow> Read(string path) => File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse);
}
