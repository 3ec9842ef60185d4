using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using static CauNoi.Web.Features.Briefs.LeaderBrief;

namespace CauNoi.Web.Features.Briefs;

/// <summary>
/// Reads a leader's brief in a fixed number of set-based queries, whatever the number of lines: what the leader follows,
/// then one query for the recommendations, one for the tasks, two for the targets, and two for each form's completeness.
/// </summary>
public static class LeaderBriefs
{
    public sealed record Leader(string Id, string UserName, string FullName, string? JobTitle);

    public static async Task<LeaderBrief> ReadAsync(CauNoiDb db, Leader leader, DateOnly monday, DateOnly today, CancellationToken ct)
    {
        var sunday = monday.AddDays(6);
        var asOf = today < monday ? monday : today > sunday ? sunday : today;
        var provinces = await db.FocalLeaderAssignments
            .Where(a => a.LeaderId == leader.Id && a.EffectiveFrom <= asOf && (a.EffectiveTo == null || a.EffectiveTo >= asOf))
            .Join(db.Provinces, a => a.ProvinceCode, p => p.Code, (a, p) => new { p.Code, p.Name })
            .Distinct().ToListAsync(ct) is var rows ? rows.OrderBy(p => p.Code).Select(p => new Followed(p.Code, p.Name)).ToList() : [];
        var units = await db.UnitDirections
            .Where(d => d.LeaderId == leader.Id && d.EffectiveFrom <= asOf && (d.EffectiveTo == null || d.EffectiveTo >= asOf))
            .Select(d => new { d.UnitId, d.Unit!.Name }).Distinct().ToListAsync(ct);
        var codes = provinces.Select(p => p.Key).ToArray();
        var unitIds = units.Select(u => u.UnitId).ToArray();

        return new LeaderBrief(leader.UserName, leader.FullName, leader.JobTitle, WeekOf(monday), monday, sunday, asOf,
            provinces, [.. units.OrderBy(u => u.Name, VietnameseText.Order).Select(u => new Followed(u.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Name))],
            await RecommendationsAsync(db, codes, unitIds, asOf, sunday, ct),
            await TasksAsync(db, codes, unitIds, asOf, sunday, ct),
            [.. await BelowTargetAsync(db, codes, ct), .. await MissingAsync(db, codes, unitIds, asOf, ct)]);
    }

    /// <summary>
    /// The running recommendations of the provinces followed or routed to the units directed: past their deadline, or due
    /// by the week's end. One waiting for the locality's information is paused, so it is neither.
    /// </summary>
    private static async Task<IReadOnlyList<Line>> RecommendationsAsync(CauNoiDb db, string[] codes, int[] units, DateOnly asOf, DateOnly sunday, CancellationToken ct)
    {
        if (codes.Length == 0 && units.Length == 0) return [];
        var running = Recommendation.RunningStatuses;
        var query = db.Recommendations.Where(r => (codes.Contains(r.ProvinceCode) || units.Contains(r.RoutedUnitId))
            && running.Contains(r.Status) && r.DueOn <= sunday);
        var items = (await RecommendationQueries.Items(db, query).ToListAsync(ct)).Select(i => RecommendationQueries.Completed(i, asOf));
        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Select(i => new Line(
            i.Overdue ? Overdue : DueThisWeek, i.Number, i.Title,
            $"{(i.CommuneName is null ? i.ProvinceName : $"{i.CommuneName}, {i.ProvinceName}")} · {i.UnitName}",
            i.DueOn, i.DueOn < asOf ? asOf.DayNumber - i.DueOn.DayNumber : null, $"/kien-nghi/{i.Id}", i.StatusName))];
    }

    /// <summary>
    /// The tasks led by the units directed, or led by or concerning the provinces followed, whose status on the day
    /// (<see cref="TaskStatusRule"/>) is overdue, or still running with a deadline by the week's end.
    /// </summary>
    private static async Task<IReadOnlyList<Line>> TasksAsync(CauNoiDb db, string[] codes, int[] units, DateOnly asOf, DateOnly sunday, CancellationToken ct)
    {
        if (codes.Length == 0 && units.Length == 0) return [];
        // Narrowed in SQL to what the rule could call overdue or due this week; the rule itself decides below.
        var rows = await db.Tasks
            .Where(t => t.Recurrence == Recurrence.None && (t.ClosedOn == null || t.ClosedOn > asOf) && (t.JudgedDueOn < asOf || t.DueOn <= sunday))
            .Where(t => units.Contains(t.LeadOrganisationId) || codes.Contains(t.LeadProvinceCode!) || t.Provinces.Any(p => codes.Contains(p.ProvinceCode)))
            .Join(db.Organisations, t => t.LeadOrganisationId, o => o.Id, (t, o) => new
            {
                t.Id, t.Title, Lead = o.Name, Owner = db.Users.Where(u => u.Id == t.OwnerId).Select(u => u.FullName).FirstOrDefault(),
                t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, t.DueOn,
            })
            .ToListAsync(ct);
        return [.. rows.Select(t => (Row: t, Status: TaskStatusRule.Of(t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, asOf)))
            .Where(x => x.Status == WorkTaskStatus.Overdue || (x.Status is WorkTaskStatus.InProgress or WorkTaskStatus.NotYetDue && x.Row.DueOn <= sunday))
            .OrderBy(x => x.Status == WorkTaskStatus.Overdue ? x.Row.JudgedDueOn : x.Row.DueOn).ThenBy(x => x.Row.Id)
            .Select(x => x.Status == WorkTaskStatus.Overdue
                ? new Line(Overdue, WorkTask.FormatNumber(x.Row.Id), x.Row.Title, Whose(x.Row.Lead, x.Row.Owner), x.Row.JudgedDueOn,
                    asOf.DayNumber - x.Row.JudgedDueOn.DayNumber, $"/nhiem-vu/{x.Row.Id}", x.Row.DueOn != x.Row.JudgedDueOn ? $"gia hạn đến {Display.Date(x.Row.DueOn)}" : null)
                : new Line(DueThisWeek, WorkTask.FormatNumber(x.Row.Id), x.Row.Title, Whose(x.Row.Lead, x.Row.Owner), x.Row.DueOn, null, $"/nhiem-vu/{x.Row.Id}"))];
    }

    private static string Whose(string lead, string? owner) => owner is null ? lead : $"{lead} ({owner})";

    /// <summary>
    /// Each indicator's latest target for a followed province whose period has an accepted figure, where the figure falls
    /// short of it: a year's target against the year's figure, a quarter's against the quarter's. A year's target is never
    /// weighed against the months so far, which would show every province short of it until December. The figure is the
    /// province's own report (targets are set on today's provinces).
    /// </summary>
    private static async Task<IReadOnlyList<Line>> BelowTargetAsync(CauNoiDb db, string[] codes, CancellationToken ct)
    {
        if (codes.Length == 0) return [];
        var targets = await db.IndicatorTargets.Where(t => t.ProvinceCode != null && codes.Contains(t.ProvinceCode))
            .Join(db.Indicators, t => t.IndicatorId, i => i.Id, (t, i) => new { t.IndicatorId, i.Code, i.Name, i.Unit, i.Decimals, t.ProvinceCode, t.Year, t.Quarter, t.Value, t.DocumentNumber })
            .ToListAsync(ct);
        if (targets.Count == 0) return [];
        var indicators = targets.Select(t => t.IndicatorId).Distinct().ToArray();
        var years = targets.Select(t => t.Year).Distinct().ToArray();
        var figures = (await db.IndicatorValues
                .Where(v => indicators.Contains(v.IndicatorId) && codes.Contains(v.ProvinceCode) && v.FormerProvinceCode == null && years.Contains(v.Year)
                    && (v.PeriodType == PeriodType.Year || v.PeriodType == PeriodType.Quarter))
                .Select(v => new { v.IndicatorId, v.ProvinceCode, v.PeriodType, v.Year, v.Number, v.Value, v.ReportId })
                .ToListAsync(ct))
            .ToDictionary(v => (v.IndicatorId, v.ProvinceCode, v.PeriodType, v.Year, v.Number));
        var names = await db.Provinces.Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var lines = new List<Line>();
        foreach (var group in targets.GroupBy(t => (t.IndicatorId, t.ProvinceCode)))
        {
            var latest = group
                .Select(t => (Target: t, Period: t.Quarter is { } q ? new Period(PeriodType.Quarter, t.Year, q) : new Period(PeriodType.Year, t.Year, 1)))
                .Select(x => (x.Target, x.Period, Figure: figures.GetValueOrDefault((x.Target.IndicatorId, x.Target.ProvinceCode!, x.Period.Type, x.Period.Year, x.Period.Number))))
                .Where(x => x.Figure is not null)
                .OrderByDescending(x => x.Period.Covers(1).End).ThenBy(x => x.Period.Type)
                .FirstOrDefault();
            if (latest.Figure is not { } figure || figure.Value >= latest.Target.Value) continue;
            var t = latest.Target;
            string N(double v) => FigureInput.Show(v, t.Decimals);
            lines.Add(new Line(BelowTarget, t.Code, $"{t.Name} {latest.Period.Name}: đạt {N(figure.Value)}/{N(t.Value)} {t.Unit}",
                names[t.ProvinceCode!], null, null,
                figure.ReportId is { } report ? $"/chi-tieu/bao-cao/{report}" : $"/chi-tieu/ket-qua?chi-tieu={Uri.EscapeDataString(t.Code)}&ky={latest.Period.Key}",
                $"chỉ tiêu giao tại {t.DocumentNumber}"));
        }
        return [.. lines.OrderBy(l => l.Whose, VietnameseText.Order).ThenBy(l => l.Number, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The reports missing (<see cref="Completeness.Standing.Missing"/>: past their due day, not received) for the periods
    /// still open for entry: every reporter of a form a directed unit owns, and the followed provinces' reporters of the
    /// others. A period whose window has closed is on the completeness page, no longer something to chase this week.
    /// </summary>
    private static async Task<IReadOnlyList<Line>> MissingAsync(CauNoiDb db, string[] codes, int[] units, DateOnly asOf, CancellationToken ct)
    {
        if (codes.Length == 0 && units.Length == 0) return [];
        var forms = await db.ReportForms.Where(f => f.IsActive && (units.Contains(f.OwningUnitId) || codes.Length > 0)).OrderBy(f => f.Code).ToListAsync(ct);
        var lines = new List<Line>();
        foreach (var form in forms)
        {
            var periods = form.OpenOn(asOf).Where(p => form.DueOn(p) < asOf).ToList();
            if (periods.Count == 0) continue;
            var owned = units.Contains(form.OwningUnitId);
            var matrix = await Completeness.ReadAsync(db, form, periods, o => owned ? o : o.Where(x => codes.Contains(x.ProvinceCode!)), asOf, ct);
            foreach (var row in matrix.Rows)
                foreach (var cell in row.Cells.Where(c => c.Standing == Completeness.Standing.Missing))
                {
                    var due = form.DueOn(cell.Period);
                    lines.Add(new Line(Missing, form.Code, $"{form.Name} {cell.Period.Name}", row.Name, due, asOf.DayNumber - due.DayNumber,
                        cell.ReportId is { } id ? $"/chi-tieu/bao-cao/{id}" : $"/chi-tieu/bieu-mau/{form.Id}/tinh-hinh?nam={cell.Period.Year}"));
                }
        }
        return [.. lines.OrderBy(l => l.Deadline).ThenBy(l => l.Whose, VietnameseText.Order)];
    }
}
