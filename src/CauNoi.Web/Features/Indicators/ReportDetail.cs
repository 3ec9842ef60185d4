using CauNoi.Web.Shared.Records;

namespace CauNoi.Web.Features.Indicators;

/// <param name="Problems">What stops the report from being submitted or approved now, while it is being entered or approved.</param>
/// <summary>One report as its page and the API show it: the period and its window, the figures with their flags and the figures in use, the steps the caller may take, and the history.</summary>
public sealed record ReportDetail(
    long Id, int FormId, string FormCode, string FormName, int OrganisationId, string OrganisationName, string? ProvinceCode,
    string Period, string PeriodName, DateOnly CoversFrom, DateOnly CoversTo, DateOnly OpensOn, DateOnly DueOn, DateOnly LocksAfter,
    string? Closed, string? Problems, ReportState State, string StateName, int Revision, DateTime? ReceivedAt, DateTime? AcceptedAt, int Version,
    IReadOnlyList<ReportDetail.FigureLine> Figures, IReadOnlyList<string> Actions, IReadOnlyList<HistoryLine> History,
    IReadOnlyList<ReportDetail.ChangeLine> Changes)
{
    /// <param name="InUse">The accepted figure every view reads now, and the revision it came from.</param>
    public sealed record FigureLine(int IndicatorId, string Code, string Name, string Unit, int Decimals, double? Value, string? Explanation,
        double? InUse, int? InUseRevision, IReadOnlyList<ReportChecks.Flag> Flags);

    public sealed record ChangeLine(DateTime At, string ByName, string Indicator, int Revision, double? OldValue, double? NewValue, string? Reason, bool Published);

    public static async Task<ReportDetail?> LoadAsync(CauNoiDb db, Scope scope, Actor? actor, long id, DateOnly today, CancellationToken ct)
    {
        var report = await db.FormReports.VisibleTo(scope, actor).AsNoTracking().Include(r => r.Form).Include(r => r.Entries)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return null;
        var form = report.Form!;
        var indicators = await ReportSteps.FormIndicatorsAsync(db, form.Id, ct);
        var flags = report.State is ReportState.Draft or ReportState.Submitted ? await ReportSteps.FlagsAsync(db, report, indicators, ct) : [];
        var ids = indicators.Select(i => i.Id).ToArray();
        var inUse = await db.IndicatorValues.Where(v => ids.Contains(v.IndicatorId) && v.ProvinceCode == report.ProvinceCode && v.FormerProvinceCode == null
                && v.PeriodType == report.PeriodType && v.Year == report.Year && v.Number == report.Number)
            .Select(v => new { v.IndicatorId, v.Value, v.Revision }).ToDictionaryAsync(v => v.IndicatorId, ct);
        var entries = report.Entries.ToDictionary(e => e.IndicatorId);
        var organisation = await db.Organisations.Where(o => o.Id == report.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        // The step rules' moment from the flags just read, not read again.
        var moment = new ReportWorkflow.ReportMoment(await ReportSteps.ClosedAsync(db, form, report.OrganisationId, report.Period, today, ct), ReportChecks.Problems(flags));
        var names = indicators.ToDictionary(i => i.Id, i => i.Name);
        var events = await db.ReportEvents.Where(e => e.ReportId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var changes = await db.ValueChanges.Where(c => c.ReportId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);
        var period = report.Period;
        var (from, to) = form.Covers(period);
        return new ReportDetail(
            report.Id, form.Id, form.Code, form.Name, report.OrganisationId, organisation, report.ProvinceCode, period.Key, period.Name, from, to,
            form.OpensOn(period), form.DueOn(period), form.LocksAfter(period), moment.Closed, moment.Problems, report.State, IndicatorNames.Of(report.State),
            report.Revision, report.ReceivedAt, report.AcceptedAt, report.Version,
            [.. indicators.Select(i => new FigureLine(i.Id, i.Code, i.Name, i.Unit, i.Decimals, entries.GetValueOrDefault(i.Id)?.Value,
                entries.GetValueOrDefault(i.Id)?.Explanation, inUse.GetValueOrDefault(i.Id)?.Value, inUse.GetValueOrDefault(i.Id)?.Revision,
                [.. flags.Where(f => f.IndicatorId == i.Id)]))],
            actor is null ? [] : [.. report.AllowedActions(actor, moment).Select(a => ReportWorkflow.Table[a].Wire)],
            [.. events.Select(e => new HistoryLine(e.At, e.ActorName, e.ActorOrganisation, e.Action,
                (ReportWorkflow.Names.GetValueOrDefault(e.Action) ?? e.Action) + (e.Revision > 1 ? $" (lần điều chỉnh {e.Revision - 1})" : ""), null, e.Comment))],
            [.. changes.Select(c => new ChangeLine(c.At, c.ByName, names.GetValueOrDefault(c.IndicatorId) ?? "", c.Revision, c.OldValue, c.NewValue, c.Reason, c.Published))]);
    }
}
