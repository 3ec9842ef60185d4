using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Shared.Import;

namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>
/// The recommendations raised at a conference, recorded from the list the secretariat kept.
/// Every row goes through the same intake rules as one recorded by hand; if any row is wrong
/// nothing is stored and every problem is listed, so the list is fixed and imported whole.
/// </summary>
public static class ConferenceImport
{
    /// <param name="MeetingId">The meeting in the register where they were raised: its title is the conference's name, every row's
    /// province must take part in it, and each recommendation is linked to it.</param>
    public sealed record Request(string? ConferenceName, DateOnly? ReceivedOn, Channel Channel = Channel.Conference, int? MeetingId = null);

    public const string MeetingColumn = "Hội nghị trong sổ";

    /// <summary>What every row is checked against, read once for the whole list.</summary>
    public sealed record Lookups(IntakeLookups Intake, WorkingCalendar Calendar, IReadOnlyDictionary<string, int> Fields, MeetingNamed? Meeting);

    /// <summary>The meeting chosen, with the provinces taking part.</summary>
    public sealed record MeetingNamed(int Id, string Title, IReadOnlyList<string> Provinces);

    /// <summary>Ministry staff record on the localities' behalf; leaders read, they do not record.</summary>
    public static bool MayImport(Actor? actor) => actor is { IsMinistry: true, Acts: true };

    public const string ConferenceColumn = "Tên hội nghị", DateColumn = "Ngày hội nghị", ChannelColumn = "Kênh tiếp nhận", FileColumn = SpreadsheetImport.FileColumn;

    // Fields that come from the form, not the file: a problem there is the same on every row.
    private static readonly Dictionary<string, string> FormFields = new()
    {
        [nameof(Intake.Input.ConferenceName)] = ConferenceColumn,
        [nameof(Intake.Input.ReceivedOn)] = DateColumn,
        [nameof(Intake.Input.Channel)] = ChannelColumn,
    };

    /// <summary>
    /// Reads and checks the whole list. <paramref name="alreadyFound"/> are what the caller found in its
    /// form (a date it could not read): they stop the import too, and are not reported twice.
    /// </summary>
    public static async Task<SpreadsheetImport.Checked<Recommendation>> CheckAsync(
        CauNoiDb db, Actor actor, Stream file, Request request, IEnumerable<ImportProblem> alreadyFound, DateTime at, DateOnly today,
        CancellationToken ct = default)
    {
        var formProblems = alreadyFound.ToList();
        var meeting = await MeetingAsync(db, request, formProblems, ct);
        if (string.IsNullOrWhiteSpace(request.ConferenceName) && request.MeetingId is null) formProblems.Add(new(null, ConferenceColumn, "Vui lòng nhập tên hội nghị."));
        if (request.ReceivedOn is null && !formProblems.Any(p => p.Column == DateColumn)) formProblems.Add(new(null, DateColumn, "Vui lòng nhập ngày hội nghị."));

        return await SpreadsheetImport.CheckAsync(file, ConferenceTemplate.Definition, formProblems, LoadAsync, async (row, lookups, ct) =>
        {
            var meeting = lookups.Meeting;
            var input = new Intake.Input(
                row.Text(nameof(Intake.Input.Title)), row.Text(nameof(Intake.Input.Content)), row.Value<int?>(nameof(Intake.Input.FieldId)),
                row.Value<ConcernKind?>(nameof(Intake.Input.ConcernKind)), row.Text(nameof(Intake.Input.ConcernReference)),
                row.Value<Urgency?>(nameof(Intake.Input.Urgency)), request.Channel, row.Text(nameof(Intake.Input.ProvinceCode)), row.Text(nameof(Intake.Input.CommuneCode)),
                row.Text(nameof(Intake.Input.ContactName)), row.Text(nameof(Intake.Input.ContactPhone)), row.Text(nameof(Intake.Input.ContactEmail)),
                meeting?.Title ?? request.ConferenceName, request.ReceivedOn);
            var (recommendation, errors) = await Intake.PrepareAsync(lookups.Intake, actor, input, at, today, lookups.Calendar, ct);
            if (meeting is not null && recommendation is not null && !meeting.Provinces.Contains(recommendation.ProvinceCode))
            {
                errors.Add(nameof(Intake.Input.ProvinceCode), "Tỉnh, thành phố này không tham dự hội nghị đã chọn.");
                recommendation = null;
            }
            row.Refuse(errors, FormFields);
            if (recommendation is not null) recommendation.MeetingId = meeting?.Id;
            return recommendation;
        }, ct);

        async Task<Lookups> LoadAsync(CancellationToken ct) => new(
            await IntakeLookups.PreloadAsync(db, ct),
            await WorkingCalendar.LoadAsync(db, ct),
            (await db.FieldsOfWork.Select(f => new { f.Code, f.Id }).ToListAsync(ct))
                .DistinctBy(f => f.Code.ToUpperInvariant()).ToDictionary(f => f.Code.ToUpperInvariant(), f => f.Id),
            meeting);
    }

    /// <summary>The meeting the request names, or a problem of the form when there is none of that number.</summary>
    public static async Task<MeetingNamed?> MeetingAsync(CauNoiDb db, Request request, List<ImportProblem> problems, CancellationToken ct)
    {
        if (request.MeetingId is not { } id) return null;
        var meeting = await db.Meetings.Where(m => m.Id == id)
            .Select(m => new MeetingNamed(m.Id, m.Title, m.Provinces.Select(p => p.ProvinceCode).ToList())).FirstOrDefaultAsync(ct);
        if (meeting is null) problems.Add(new(null, MeetingColumn, $"Không có hội nghị, đoàn công tác số {Meetings.Meeting.FormatNumber(id)}."));
        return meeting;
    }

    /// <summary>Stores the checked list and tells who must answer it, all in one transaction; returns the new ids.</summary>
    public static async Task<IReadOnlyList<int>> StoreAsync(
        CauNoiDb db, IReadOnlyList<Recommendation> recommendations, Request request, DateTime at, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Each row as SaveChanges would store it (NFC, search column, its first event, its audit entries),
        // written by the engine's bulk path: thousands of INSERTs one by one took most of an import's time.
        await db.AddInBulkAsync(recommendations, ct);
        db.ChangeTracker.Clear();
        await NotifyAsync(db, recommendations, request, at, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Telemetry.Submitted(request.Channel, recommendations.Count);
        Telemetry.Imported(recommendations.Count);
        return [.. recommendations.Select(r => r.Id)];
    }

    /// <summary>
    /// Each unit and each focal leader is told once for the whole list, not once a row:
    /// a conference of hundreds must not send hundreds of e-mails to the same people.
    /// </summary>
    private static async Task NotifyAsync(CauNoiDb db, IReadOnlyList<Recommendation> recommendations, Request request, DateTime at, CancellationToken ct)
    {
        if (recommendations.Count == 1) { await Intake.NotifyAsync(db, recommendations[0], at, ct); return; }
        var on = $"hội nghị ngày {Display.Date(request.ReceivedOn)}";
        foreach (var unit in recommendations.GroupBy(r => r.RoutedUnitId))
            await Notify.OrganisationsAsync(db, [unit.Key], $"{Display.Number(unit.Count())} kiến nghị mới từ {on}", Digest([.. unit], request), Link([.. unit]), at, ct);
        foreach (var leader in recommendations.Where(r => r.FocalLeaderId is not null).GroupBy(r => r.FocalLeaderId!))
            await Notify.UsersAsync(db, [leader.Key], $"{Display.Number(leader.Count())} kiến nghị mới của tỉnh phụ trách từ {on}", Digest([.. leader], request), Link([.. leader]), at, ct);
    }

    private static string Link(List<Recommendation> list) => list.Count == 1 ? $"/kien-nghi/{list[0].Id}"
        : list[0].MeetingId is { } meeting ? $"/hoi-nghi/{meeting}" : "/kien-nghi?channel=Conference";

    /// <summary>The conference, the earliest deadline and the first few recommendations, within a notification's 2,000 characters.</summary>
    private static string Digest(List<Recommendation> list, Request request)
    {
        const int shown = 10;
        var lines = list.OrderBy(r => r.Id).Take(shown).Select(r => $"{r.Number} – {Shorten(r.Title, 120)}").ToList();
        if (list.Count > shown) lines.Add($"và {Display.Number(list.Count - shown)} kiến nghị khác.");
        return $"Hội nghị: {Shorten(list[0].ConferenceName ?? VietnameseText.Clean(request.ConferenceName) ?? "", 300)}\nHạn trả lời sớm nhất: {Display.Date(list.Min(r => r.DueOn))}\n{string.Join("\n", lines)}";
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
