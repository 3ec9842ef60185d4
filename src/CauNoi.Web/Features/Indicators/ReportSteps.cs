using CauNoi.Web.Shared.Validation;
using static CauNoi.Web.Features.Indicators.ReportWorkflow;
using A = CauNoi.Web.Features.Indicators.ReportAction;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// What a page or the API does to a report: open it for a period, save its figures, take a step of the workflow, and
/// what acceptance does to the figures in use. Each call leaves its changes tracked; the caller saves once.
/// </summary>
public static class ReportSteps
{
    public sealed record Request(string? Action, string? Comment, int? Version = null);

    /// <summary>One figure as a page or the API sends it: the indicator's code, the figure, and its explanation.</summary>
    public sealed record Figure(string Indicator, double? Value, string? Explanation = null);

    public const int CommentLength = 4000, ExplanationLength = 2000;

    /// <summary>
    /// The report of a form for an organisation and period, made (as a draft, and saved at once) the first time its
    /// officer opens it; when two requests make it at the same moment, both get the one that was saved.
    /// </summary>
    public static async Task<FormReport> OpenAsync(CauNoiDb db, Actor actor, ReportForm form, int organisationId, Period period, DateTime at, DateOnly today, CancellationToken ct)
    {
        if (period.Type != form.PeriodType) throw new WorkflowRefusal($"Biểu mẫu báo cáo theo kỳ {IndicatorNames.Of(form.PeriodType).ToLower(VietnameseText.Culture)}.");
        if (!actor.Enters(new FormReport { OrganisationId = organisationId })) throw new WorkflowRefusal("Chỉ cán bộ của cơ quan báo cáo mới lập và nhập báo cáo.", forbidden: true);
        var existing = await db.FormReports.Include(r => r.Form).Include(r => r.Entries).Include(r => r.Events)
            .FirstOrDefaultAsync(r => r.FormId == form.Id && r.OrganisationId == organisationId && r.Year == period.Year && r.Number == period.Number, ct);
        if (existing is not null) return existing;
        if (!await db.FormOrganisations.AnyAsync(o => o.FormId == form.Id && o.OrganisationId == organisationId, ct))
            throw new WorkflowRefusal("Cơ quan này không thuộc diện báo cáo biểu mẫu.");
        var province = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.ProvinceCode).FirstAsync(ct);
        var report = new FormReport
        {
            Form = form, FormId = form.Id, OrganisationId = organisationId, ProvinceCode = province,
            PeriodType = period.Type, Year = period.Year, Number = period.Number, UpdatedAt = at,
        };
        if (await ClosedAsync(db, form, organisationId, period, today, ct) is { } closed) throw new WorkflowRefusal(closed);
        db.FormReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
            return report;
        }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e))
        {
            // Another request made the same report a moment earlier: that one is the report.
            db.ChangeTracker.Clear();
            return await OpenAsync(db, actor, (await db.ReportForms.FirstAsync(f => f.Id == form.Id, ct)), organisationId, period, at, today, ct);
        }
    }

    /// <summary>
    /// Saves a draft's figures: each rounded to its indicator's precision, refused when out of its bounds (nothing is saved
    /// then, and the refusals are returned by field: the indicator's code), and each change kept with its old and new value.
    /// </summary>
    public static async Task<FieldErrors> SaveAsync(CauNoiDb db, Actor actor, FormReport report, IReadOnlyList<Figure> figures, DateTime at, DateOnly today, CancellationToken ct)
    {
        await RefuseEntryAsync(db, actor, report, today, ct);
        var indicators = await FormIndicatorsAsync(db, report.FormId, ct);
        var errors = new FieldErrors();
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var clean = new List<(Indicator Indicator, double? Value, string? Explanation)>();
        foreach (var figure in figures)
        {
            if (!byCode.TryGetValue(figure.Indicator ?? "", out var indicator)) { errors.Add("figures", $"Chỉ tiêu '{figure.Indicator}' không có trong biểu mẫu."); continue; }
            if (Check(indicator, figure.Value, figure.Explanation, errors, indicator.Code, indicator.Code) is { } ok) clean.Add((indicator, ok.Value, ok.Explanation));
        }
        if (errors.Count > 0) return errors;

        var changed = 0;
        foreach (var (indicator, value, explanation) in clean)
        {
            var entry = report.Entries.FirstOrDefault(e => e.IndicatorId == indicator.Id);
            if (entry is null) report.Entries.Add(entry = new ReportEntry { IndicatorId = indicator.Id });
            if (entry.Value != value)
            {
                db.ValueChanges.Add(new ValueChange
                {
                    Report = report, IndicatorId = indicator.Id, Revision = report.Revision, OldValue = entry.Value, NewValue = value,
                    Reason = explanation, ById = actor.UserId, ByName = actor.Name, At = at,
                });
                changed++;
            }
            if (entry.Value != value || entry.Explanation != explanation) { entry.Value = value; entry.Explanation = explanation; }
        }
        if (changed > 0 || db.ChangeTracker.HasChanges()) report.Record(actor, at, Entered, changed > 0 ? $"{changed} số liệu thay đổi." : null);
        return errors;
    }

    /// <summary>
    /// Refuses entering figures into the report (a page's save, an import) to whom may not, in a state other than draft, or
    /// with its window closed and no exception holding.
    /// </summary>
    public static async Task RefuseEntryAsync(CauNoiDb db, Actor actor, FormReport report, DateOnly today, CancellationToken ct)
    {
        if (!actor.Enters(report)) throw new WorkflowRefusal("Chỉ cán bộ của cơ quan báo cáo mới nhập số liệu.", forbidden: true);
        if (report.State != ReportState.Draft) throw new WorkflowRefusal($"Không thể sửa số liệu khi báo cáo {Of(report.State)}.");
        if (await ClosedAsync(db, report.Form!, report.OrganisationId, report.Period, today, ct) is { } closed) throw new WorkflowRefusal(closed);
    }

    /// <summary>
    /// One figure as every way in checks it (the page, the API, an import of a report or of the history): rounded to the
    /// indicator's precision and within its bounds, its explanation clean; null when refused, the refusals added under
    /// <paramref name="valueField"/> and <paramref name="explanationField"/>.
    /// </summary>
    public static (double? Value, string? Explanation)? Check(Indicator indicator, double? raw, string? explanation, FieldErrors errors, string valueField, string explanationField)
    {
        var found = new FieldErrors();
        var clean = CleanText.Of(explanation, explanationField, "Giải trình", ExplanationLength, required: false, found, multiline: true);
        double? value = null;
        if (raw is { } given && !double.IsFinite(given)) found.Add(valueField, $"{indicator.Name}: số liệu không hợp lệ.");
        else if (raw is { } finite)
        {
            value = indicator.Round(finite);
            if (indicator.Minimum is { } min && value < min) found.Add(valueField, $"{indicator.Name}: không được nhỏ hơn {Display.Number((decimal)min, indicator.Decimals)} {indicator.Unit}.");
            else if (indicator.Maximum is { } max && value > max) found.Add(valueField, $"{indicator.Name}: không được lớn hơn {Display.Number((decimal)max, indicator.Decimals)} {indicator.Unit}.");
        }
        foreach (var (field, messages) in found) foreach (var m in messages) errors.Add(field, m);
        return found.Count > 0 ? null : (value, clean);
    }

    /// <summary>Takes the step the request names; acceptance puts the figures in use, a late return reopens the period for a week.</summary>
    public static async Task ApplyAsync(CauNoiDb db, Actor actor, FormReport report, Request request, DateTime at, DateOnly today, CancellationToken ct)
    {
        if (request.Version is { } expected && expected != report.Version) throw new Conflict();
        if (Table.Parse(request.Action) is not { } step)
            throw new WorkflowRefusal($"Thao tác '{request.Action}' không tồn tại. Các thao tác: {WireNames}.");
        var errors = new FieldErrors();
        var comment = CleanText.Of(request.Comment, nameof(Request.Comment), "Nội dung", CommentLength, required: false, errors, multiline: true);
        if (errors.Count > 0) throw new WorkflowRefusal(string.Join(" ", errors.Values.SelectMany(m => m)));

        var moment = await MomentAsync(db, report, today, ct);
        report.Take(step, actor, at, moment, comment);
        if (step == A.Accept) await PublishAsync(db, report, actor, at, ct);
        if (step == A.SendBack && moment.Closed is not null)
            db.LockExceptions.Add(new LockException
            {
                FormId = report.FormId, OrganisationId = report.OrganisationId, PeriodType = report.PeriodType, Year = report.Year, Number = report.Number,
                Until = today.AddDays(ReturnWindowDays), Reason = $"Trả lại số liệu: {comment}", GrantedById = actor.UserId, GrantedByName = actor.Name, GrantedAt = at,
            });
        await Table.TellAsync(step, new Told(db, report, report.Form!, actor, comment, at), ct);
    }

    /// <summary>Days a report sent back after its window closed stays open for the correction.</summary>
    public const int ReturnWindowDays = 7;

    /// <summary>What the table's further rules read now: the window, and the checks of the figures.</summary>
    public static async Task<ReportMoment> MomentAsync(CauNoiDb db, FormReport report, DateOnly today, CancellationToken ct)
    {
        var closed = await ClosedAsync(db, report.Form!, report.OrganisationId, report.Period, today, ct);
        if (report.State is not (ReportState.Draft or ReportState.Submitted)) return new(closed, null);
        var indicators = await FormIndicatorsAsync(db, report.FormId, ct);
        var flags = await FlagsAsync(db, report, indicators, ct);
        return new(closed, ReportChecks.Problems(flags));
    }

    public static async Task<IReadOnlyList<ReportChecks.Flag>> FlagsAsync(CauNoiDb db, FormReport report, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var ids = indicators.Select(i => i.Id).ToArray();
        var rules = await db.ConsistencyRules.Where(r => ids.Contains(r.LeftIndicatorId) && ids.Contains(r.RightIndicatorId)).ToListAsync(ct);
        var history = await ProvinceHistory.ReadAsync(db, indicators, report.ProvinceCode, report.Period, ct);
        return ReportChecks.Run(indicators, report.Entries.ToDictionary(e => e.IndicatorId), rules, history);
    }

    /// <summary>The refusal when entry is closed for the organisation and period: outside the window, and no exception holds.</summary>
    public static async Task<string?> ClosedAsync(CauNoiDb db, ReportForm form, int organisationId, Period period, DateOnly today, CancellationToken ct)
    {
        if (form.IsOpenOn(period, today)) return null;
        if (await db.LockExceptions.AnyAsync(x => x.FormId == form.Id && x.OrganisationId == organisationId && x.Year == period.Year
                && x.Number == period.Number && x.PeriodType == period.Type && x.WithdrawnAt == null && x.Until >= today, ct)) return null;
        return today < form.OpensOn(period)
            ? $"Chưa đến thời gian nhập số liệu {period.Name}: mở từ ngày {Display.Date(form.OpensOn(period))}."
            : $"Đã khóa nhập số liệu {period.Name} từ sau ngày {Display.Date(form.LocksAfter(period))}. Đề nghị đơn vị theo dõi biểu mẫu mở khóa cho đơn vị.";
    }

    public static async Task<IReadOnlyList<Indicator>> FormIndicatorsAsync(CauNoiDb db, int formId, CancellationToken ct) =>
        await db.FormIndicators.Where(f => f.FormId == formId).OrderBy(f => f.Order).Select(f => f.Indicator!).ToListAsync(ct);

    /// <summary>
    /// Puts an accepted report's figures in use: new ones added; a figure already in use from an earlier revision replaced,
    /// with its old value, the revision and its reason kept among the changes.
    /// </summary>
    private static async Task PublishAsync(CauNoiDb db, FormReport report, Actor actor, DateTime at, CancellationToken ct)
    {
        var ids = report.Entries.Select(e => e.IndicatorId).ToArray();
        var current = await db.IndicatorValues.Where(v => ids.Contains(v.IndicatorId) && v.ProvinceCode == report.ProvinceCode && v.FormerProvinceCode == null
            && v.PeriodType == report.PeriodType && v.Year == report.Year && v.Number == report.Number).ToDictionaryAsync(v => v.IndicatorId, ct);
        var reason = report.Events.LastOrDefault(e => e.Action == Table[A.Revise].Wire)?.Comment;
        foreach (var entry in report.Entries.Where(e => e.Value is not null))
        {
            if (current.TryGetValue(entry.IndicatorId, out var value))
            {
                if (value.Value != entry.Value)
                    db.ValueChanges.Add(new ValueChange
                    {
                        ReportId = report.Id, IndicatorId = entry.IndicatorId, Revision = report.Revision, OldValue = value.Value, NewValue = entry.Value,
                        Reason = reason, Published = true, ById = actor.UserId, ByName = actor.Name, At = at,
                    });
                value.Value = entry.Value!.Value;
                value.Revision = report.Revision;
                value.ReportId = report.Id;
                value.AcceptedAt = at;
                value.IsDemo = false;
            }
            else db.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = entry.IndicatorId, ProvinceCode = report.ProvinceCode!, PeriodType = report.PeriodType, Year = report.Year, Number = report.Number,
                Value = entry.Value!.Value, Revision = report.Revision, ReportId = report.Id, AcceptedAt = at,
            });
        }
    }

    /// <summary>The report changed since the caller read it.</summary>
    public sealed class Conflict() : Exception(ConflictMessage);

    public const string ConflictMessage = "Báo cáo vừa được người khác cập nhật. Vui lòng tải lại trang trước khi thao tác.";
}
