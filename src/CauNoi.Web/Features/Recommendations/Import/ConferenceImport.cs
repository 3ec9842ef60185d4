using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Shared.Excel;

namespace CauNoi.Web.Features.Recommendations.Import;

/// <summary>
/// The recommendations raised at a conference, recorded from the list the secretariat kept.
/// Every row goes through the same intake rules as one recorded by hand; if any row is wrong
/// nothing is stored and every problem is listed, so the list is fixed and imported whole.
/// </summary>
public static class ConferenceImport
{
    public sealed record Request(string? ConferenceName, DateOnly? ReceivedOn, Channel Channel = Channel.Conference);

    /// <summary>A problem in the list: the row as Excel numbers it (null for the file or the form), the column, the reason.</summary>
    public sealed record Problem(int? Row, string Column, string Message)
    {
        public override string ToString() => Row is { } row ? $"Dòng {row}, cột {Column}: {Message}" : $"{Column}: {Message}";
    }

    /// <summary>The recommendations ready to store, or the problems that stop the whole list.</summary>
    public sealed record Checked(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<Problem> Problems);

    /// <summary>Ministry staff record on the localities' behalf; leaders read, they do not record.</summary>
    public static bool MayImport(Actor? actor) => actor is { IsMinistry: true, Acts: true };

    public const string ConferenceColumn = "Tên hội nghị", DateColumn = "Ngày hội nghị", ChannelColumn = "Kênh tiếp nhận", FileColumn = "Tệp";

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
    public static async Task<Checked> CheckAsync(
        CauNoiDb db, Actor actor, Stream file, Request request, IEnumerable<Problem> alreadyFound, DateTime at, DateOnly today,
        CancellationToken ct = default)
    {
        var formProblems = alreadyFound.ToList();
        if (string.IsNullOrWhiteSpace(request.ConferenceName)) formProblems.Add(new(null, ConferenceColumn, "Vui lòng nhập tên hội nghị."));
        if (request.ReceivedOn is null && !formProblems.Any(p => p.Column == DateColumn)) formProblems.Add(new(null, DateColumn, "Vui lòng nhập ngày hội nghị."));

        IReadOnlyList<SpreadsheetRow> sheet;
        try { sheet = SpreadsheetReader.Read(file); }
        catch (SpreadsheetRefused refused) { return new([], [.. formProblems, new(null, FileColumn, refused.Message)]); }
        if (sheet.Count == 0) return new([], [.. formProblems, new(null, FileColumn, "Trang tính đầu tiên của tệp không có dữ liệu.")]);

        // The first non-empty row names the columns, in any order.
        var header = sheet[0];
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Count; i++)
            if (ImportTemplate.Match(header.Cells[i]) is { } column) columns.TryAdd(column.Key, i);
        var problems = ImportTemplate.Columns.Where(c => c.Required && !columns.ContainsKey(c.Key))
            .Select(c => new Problem(header.Number, c.Header, $"Không thấy cột \"{c.Header}\" ở dòng tiêu đề. Hãy dùng tệp mẫu.")).ToList();
        if (problems.Count > 0) return new([], [.. formProblems, .. problems]);
        if (sheet.Count < 2) return new([], [.. formProblems, new(null, FileColumn, "Tệp không có dòng kiến nghị nào dưới dòng tiêu đề.")]);

        var lookups = await IntakeLookups.PreloadAsync(db, ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var fields = (await db.FieldsOfWork.Select(f => new { f.Code, f.Id }).ToListAsync(ct))
            .DistinctBy(f => f.Code.ToUpperInvariant()).ToDictionary(f => f.Code.ToUpperInvariant(), f => f.Id);
        var recommendations = new List<Recommendation>(sheet.Count - 1);
        foreach (var row in sheet.Skip(1))
        {
            string Cell(string key) => columns.TryGetValue(key, out var i) ? row[i] : "";
            var rowProblems = new List<Problem>();
            void Refuse(string key, string message) => rowProblems.Add(new(row.Number, ImportTemplate.Header(key), message));

            var fieldCode = Cell(nameof(Intake.Input.FieldId)).Trim().ToUpperInvariant();
            int? fieldId = fields.TryGetValue(fieldCode, out var id) ? id : null;
            if (fieldCode.Length == 0) Refuse(nameof(Intake.Input.FieldId), "Vui lòng nhập mã lĩnh vực.");
            else if (fieldId is null) Refuse(nameof(Intake.Input.FieldId), $"Không có lĩnh vực mã '{fieldCode}'; xem các mã ở trang \"Lĩnh vực\" của tệp mẫu.");
            var kind = ImportCells.Choice(Cell(nameof(Intake.Input.ConcernKind)), ImportCells.Kinds);
            if (kind is { Found: false }) Refuse(nameof(Intake.Input.ConcernKind), "Loại nội dung ghi một trong: Văn bản QPPL, Thủ tục hành chính, Dự án, Khác.");
            var urgency = ImportCells.Choice(Cell(nameof(Intake.Input.Urgency)), ImportCells.Urgencies);
            if (urgency is { Found: false }) Refuse(nameof(Intake.Input.Urgency), "Độ khẩn ghi một trong: Thường, Khẩn, Hỏa tốc.");

            var input = new Intake.Input(
                Cell(nameof(Intake.Input.Title)), Cell(nameof(Intake.Input.Content)), fieldId, kind?.Value, Cell(nameof(Intake.Input.ConcernReference)),
                urgency?.Value, request.Channel, ImportCells.Code(Cell(nameof(Intake.Input.ProvinceCode)), 2), ImportCells.Code(Cell(nameof(Intake.Input.CommuneCode)), 5),
                Cell(nameof(Intake.Input.ContactName)), Cell(nameof(Intake.Input.ContactPhone)), Cell(nameof(Intake.Input.ContactEmail)),
                request.ConferenceName, request.ReceivedOn);
            var (recommendation, errors) = await Intake.PrepareAsync(lookups, actor, input, at, today, calendar, ct);
            foreach (var (key, messages) in errors)
                foreach (var message in messages)
                {
                    if (FormFields.TryGetValue(key, out var formColumn)) formProblems.Add(new(null, formColumn, message));
                    else if (key != nameof(Intake.Input.FieldId) || fieldId is not null) Refuse(key, message);
                }
            problems.AddRange(rowProblems);
            if (recommendation is not null && rowProblems.Count == 0) recommendations.Add(recommendation);
        }
        return formProblems.Count > 0 || problems.Count > 0 ? new([], [.. formProblems.Distinct(), .. problems]) : new(recommendations, []);
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

    private static string Link(List<Recommendation> list) => list.Count == 1 ? $"/kien-nghi/{list[0].Id}" : "/kien-nghi?channel=Conference";

    /// <summary>The conference, the earliest deadline and the first few recommendations, within a notification's 2,000 characters.</summary>
    private static string Digest(List<Recommendation> list, Request request)
    {
        const int shown = 10;
        var lines = list.OrderBy(r => r.Id).Take(shown).Select(r => $"{r.Number} – {Shorten(r.Title, 120)}").ToList();
        if (list.Count > shown) lines.Add($"và {Display.Number(list.Count - shown)} kiến nghị khác.");
        return $"Hội nghị: {Shorten(VietnameseText.Clean(request.ConferenceName) ?? "", 300)}\nHạn trả lời sớm nhất: {Display.Date(list.Min(r => r.DueOn))}\n{string.Join("\n", lines)}";
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
