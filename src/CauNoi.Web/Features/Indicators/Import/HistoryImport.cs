using System.Text.Json;
using CauNoi.Web.Features.Audit;
using CauNoi.Web.Shared.Import;
using CauNoi.Web.Shared.Validation;
using T = CauNoi.Web.Features.Indicators.Import.HistoryTemplate;

namespace CauNoi.Web.Features.Indicators.Import;

/// <summary>
/// Figures already published for periods before the system, put among the accepted figures directly by the indicator's
/// owning unit, the coordinating hub or an administrator (<see cref="Targets.MaySet"/>), all or nothing. Built for a national
/// file of tens of thousands of rows: the lookups are read once, the rows checked in memory, the figures already stored
/// read in bulk for the indicators, periods and places the file names, and the new ones written by the bulk path in the
/// same transaction as the replaced ones. One audit entry names the import (who, file, source, counts); each figure carries
/// its source and the import's moment, and each one replaced a <see cref="ValueChange"/> with its old value.
/// </summary>
public static class HistoryImport
{
    /// <summary>One figure ready to store: today's province, and the former one for a period before the merger.</summary>
    public sealed record Item(int IndicatorId, string ProvinceCode, string? FormerProvinceCode, Period Period, double Value, string Source);

    public sealed record Outcome(int Added, int Replaced, int Unchanged);

    public const string Refusal = "Chỉ đơn vị thuộc Bộ theo dõi chỉ tiêu, Cục Công Thương địa phương hoặc quản trị hệ thống nhập số liệu đã công bố.";
    public const string Conflict = "Số liệu của một số chỉ tiêu, tỉnh, kỳ trong tệp vừa được ghi bởi người khác. Vui lòng nhập lại tệp.";

    /// <summary>Who may open the import at all: an administrator, the hub, or a Ministry unit that follows an indicator; each row is then checked against its indicator.</summary>
    public static async Task<bool> MayImportAsync(CauNoiDb db, Actor? a, CancellationToken ct) =>
        a is not null && (a.IsAdministrator || (a.IsMinistry && a.Acts && (a.IsHub || await db.Indicators.AnyAsync(i => i.OwningUnitId == a.OrganisationId, ct))));

    public static Task<SpreadsheetImport.Checked<Item>> CheckAsync(CauNoiDb db, Actor actor, Stream file, string? source, DateOnly today, CancellationToken ct)
    {
        var form = new FieldErrors();
        var fileSource = CleanText.Of(source, T.Source, "Nguồn số liệu", IndicatorValueConfiguration.SourceLength, required: false, form);
        var seen = new Dictionary<(int, Period, string), int>();
        var sources = new Dictionary<string, string?>();
        return SpreadsheetImport.CheckAsync(file, T.Definition, form.SelectMany(e => e.Value.Select(m => new ImportProblem(null, "Nguồn số liệu", m))), LoadAsync,
            (row, lookups, _) => Task.FromResult(Check(row, lookups, seen, sources)), ct);

        async Task<T.Lookups> LoadAsync(CancellationToken ct) => new(actor,
            await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct),
            await T.TypesAsync(db, ct),
            (await db.Provinces.Select(p => p.Code).ToListAsync(ct)).ToHashSet(),
            await db.FormerProvinces.ToDictionaryAsync(p => p.Code, p => p.NewProvinceCode, ct),
            today, fileSource);
    }

    private static Item? Check(ImportRow<T.Lookups> row, T.Lookups lookups, Dictionary<(int, Period, string), int> seen, Dictionary<string, string?> sources)
    {
        var indicator = row.Value<Indicator>(T.Indicator);
        var period = row.Value<Period?>(T.Period);
        var code = row.Text(T.Province);
        var raw = row.Value<double?>(T.Value);
        if (code.Length == 0) row.Refuse(T.Province, "Nhập mã tỉnh.");
        if (raw is null) row.Refuse(T.Value, "Nhập số liệu.");
        var source = SourceOf(row, lookups, sources);
        if (indicator is null || period is not { } p || code.Length == 0 || raw is null) return null;

        if (lookups.Types.TryGetValue(indicator.Id, out var types) && !types.Contains(p.Type))
            row.Refuse(T.Period, $"Chỉ tiêu {indicator.Code} được báo cáo theo kỳ {string.Join(", ", types.Order().Select(t => IndicatorNames.Of(t).ToLower(VietnameseText.Culture)))}; "
                + $"kỳ {p.Key} là kỳ {IndicatorNames.Of(p.Type).ToLower(VietnameseText.Culture)}.");
        string? province = null, former = null;
        if (p.BeforeMerger)
        {
            if (lookups.Former.TryGetValue(code, out province)) former = code;
            else row.Refuse(T.Province, $"{p.Name} trước ngày 01/07/2025: ghi mã một trong 63 tỉnh cũ (trang \"Tỉnh cũ\"); không có tỉnh cũ mã {code}.");
        }
        else if (lookups.Provinces.Contains(code)) province = code;
        else row.Refuse(T.Province, $"{p.Name} từ ngày 01/07/2025: ghi mã một trong 34 tỉnh, thành phố hiện nay (trang \"Tỉnh\"); không có tỉnh mã {code}.");

        var errors = new FieldErrors();
        var value = ReportSteps.Check(indicator, raw, null, errors, T.Value, T.Source)?.Value;
        row.Refuse(errors);
        if (province is null || value is null || source is null || row.Problems.Count > 0) return null;
        if (!seen.TryAdd((indicator.Id, p, code), row.Number))
        {
            row.Refuse(T.Province, $"Trùng với dòng {seen[(indicator.Id, p, code)]}: cùng chỉ tiêu, tỉnh và kỳ.");
            return null;
        }
        return new(indicator.Id, province, former, p, value.Value, source);
    }

    /// <summary>The row's own source, or the file's; each distinct text cleaned once, as one file repeats a few sources on thousands of rows.</summary>
    private static string? SourceOf(ImportRow<T.Lookups> row, T.Lookups lookups, Dictionary<string, string?> cleaned)
    {
        var text = row.Text(T.Source);
        if (text.Trim().Length == 0)
        {
            if (lookups.Source is null) row.Refuse(T.Source, "Ghi nguồn số liệu ở cột Nguồn, hoặc ở ô Nguồn số liệu khi tải tệp lên.");
            return lookups.Source;
        }
        if (!cleaned.TryGetValue(text, out var source))
        {
            var errors = new FieldErrors();
            source = CleanText.Of(text, T.Source, "Nguồn", IndicatorValueConfiguration.SourceLength, required: true, errors);
            cleaned[text] = errors.Count > 0 ? null : source;
            if (errors.Count > 0) row.Refuse(errors);
            return cleaned[text];
        }
        if (source is null) row.Refuse(T.Source, "Nguồn chưa hợp lệ (xem dòng đầu tiên có nguồn này).");
        return source;
    }

    /// <summary>
    /// Stores the checked figures in one transaction: each new one added, each that differs from the figure in place replaces
    /// it with a <see cref="ValueChange"/> (as an accepted revision does), each the same as the one in place left alone.
    /// </summary>
    /// <param name="userName">The account's user name, as the audit trail names who changed what.</param>
    public static async Task<Outcome> SaveAsync(CauNoiDb db, Actor actor, string userName, IReadOnlyList<Item> items, string fileName, DateTime at, CancellationToken ct)
    {
        var existing = await ExistingAsync(db, items, ct);
        var added = new List<IndicatorValue>();
        var changes = new List<ValueChange>();
        var replacements = new List<Replacement>();
        int replaced = 0, unchanged = 0;
        foreach (var item in items)
        {
            if (!existing.TryGetValue((item.IndicatorId, item.Period, item.FormerProvinceCode ?? item.ProvinceCode, item.FormerProvinceCode is not null), out var value))
            {
                added.Add(new IndicatorValue
                {
                    IndicatorId = item.IndicatorId, ProvinceCode = item.ProvinceCode, FormerProvinceCode = item.FormerProvinceCode, PeriodType = item.Period.Type,
                    Year = item.Period.Year, Number = item.Period.Number, Value = item.Value, AcceptedAt = at, Source = item.Source,
                });
                continue;
            }
            if (value.Value == item.Value) { unchanged++; continue; }
            changes.Add(new ValueChange
            {
                ReportId = value.ReportId, ValueId = value.Id, IndicatorId = item.IndicatorId, Revision = value.Revision + 1, OldValue = value.Value, NewValue = item.Value,
                Reason = $"Nhập số liệu đã công bố: {item.Source}", Published = true, ById = actor.UserId, ByName = actor.Name, At = at,
            });
            replacements.Add(new(value.Id, item.Value, item.Source));
            replaced++;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One entry for the import rather than one a figure: a national file of 50,000 rows would write 50,000 more.
        db.SuppressAudit = true;
        try
        {
            await ReplaceAsync(db, replacements, at, ct);
            // Written straight, untracked: tracking tens of thousands of rows costs more than writing them.
            await db.InsertInBulkAsync(changes, ct);
            await db.InsertInBulkAsync(added, ct);
        }
        finally { db.SuppressAudit = false; }
        var outcome = new Outcome(added.Count, replaced, unchanged);
        db.AuditEntries.Add(new AuditEntry
        {
            At = at, UserName = userName, Action = AuditTrail.Created, EntityType = nameof(IndicatorValue), EntityKey = "nhập " + at.ToString("yyyy-MM-dd'T'HH':'mm':'ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            NewValues = JsonSerializer.Serialize(new Dictionary<string, string> { ["note"] = Summary(outcome, fileName, items) }, AuditJson),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return outcome;
    }

    private sealed record Replacement(long Id, double Value, string Source);

    /// <summary>
    /// The replaced figures' new values, a revision more, from no report, in one statement for every 10,000: joined to the
    /// values sent as one JSON parameter, where an UPDATE a figure took most of a national file's time.
    /// </summary>
    private static async Task ReplaceAsync(CauNoiDb db, List<Replacement> replacements, DateTime at, CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? """
              UPDATE "IndicatorValues" AS v SET "Value" = u."Value", "Revision" = v."Revision" + 1, "ReportId" = NULL, "AcceptedAt" = {1}, "Source" = u."Source", "IsDemo" = FALSE
              FROM jsonb_to_recordset({0}::jsonb) AS u("Id" bigint, "Value" double precision, "Source" text) WHERE v."Id" = u."Id"
              """
            : """
              UPDATE "IndicatorValues" SET "Value" = u."Value", "Revision" = "Revision" + 1, "ReportId" = NULL, "AcceptedAt" = {1}, "Source" = u."Source", "IsDemo" = 0
              FROM (SELECT json_extract(value, '$.Id') AS "Id", json_extract(value, '$.Value') AS "Value", json_extract(value, '$.Source') AS "Source" FROM json_each({0})) AS u
              WHERE "IndicatorValues"."Id" = u."Id"
              """;
        foreach (var chunk in replacements.Chunk(10_000))
            await db.Database.ExecuteSqlRawAsync(sql, [JsonSerializer.Serialize(chunk, AuditJson), at], ct);
    }

    // As the audit trail writes its own entries: Vietnamese as it reads, not escaped.
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Summary(Outcome o, string fileName, IReadOnlyList<Item> items) =>
        $"Nhập số liệu đã công bố từ tệp {fileName}: {Display.Number(o.Added)} số liệu mới, {Display.Number(o.Replaced)} số liệu thay số đã có, "
        + $"{Display.Number(o.Unchanged)} trùng số đã có. Nguồn: {string.Join("; ", items.Select(i => i.Source).Distinct().Take(5))}.";

    /// <summary>
    /// The figures in place for the file's keys, by indicator, period, place and whether it is a former province: one query
    /// for each indicator and period type the file names, over its years and places, never one a row.
    /// </summary>
    private static async Task<Dictionary<(int, Period, string, bool), Stored>> ExistingAsync(CauNoiDb db, IReadOnlyList<Item> items, CancellationToken ct)
    {
        var found = new Dictionary<(int, Period, string, bool), Stored>();
        foreach (var group in items.GroupBy(i => (i.IndicatorId, i.Period.Type)))
        {
            var (indicator, type) = group.Key;
            var (from, to) = (group.Min(i => i.Period.Year), group.Max(i => i.Period.Year));
            var current = group.Where(i => i.FormerProvinceCode is null).Select(i => i.ProvinceCode).Distinct().ToArray();
            var former = group.Select(i => i.FormerProvinceCode).OfType<string>().Distinct().ToArray();
            var rows = await db.IndicatorValues
                .Where(v => v.IndicatorId == indicator && v.PeriodType == type && v.Year >= from && v.Year <= to
                    && ((v.FormerProvinceCode == null && current.Contains(v.ProvinceCode)) || (v.FormerProvinceCode != null && former.Contains(v.FormerProvinceCode))))
                .Select(v => new Stored(v.Id, v.Year, v.Number, v.FormerProvinceCode ?? v.ProvinceCode, v.FormerProvinceCode != null, v.Value, v.Revision, v.ReportId))
                .ToListAsync(ct);
            foreach (var v in rows) found[(indicator, new Period(type, v.Year, v.Number), v.Place, v.Former)] = v;
        }
        return found;
    }

    /// <summary>A figure in place, as much of it as a replacement reads.</summary>
    private sealed record Stored(long Id, int Year, int Number, string Place, bool Former, double Value, int Revision, long? ReportId);
}
