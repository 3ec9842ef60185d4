using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Completeness and timeliness of one form, as DHIS2 defines them: expected reports are the organisations the form is
/// assigned to; a report is received once its head of department approves it (DHIS2's "complete"), on time when that
/// first approval came by the end of the due day (in Vietnam); the reporting rate is received ÷ expected, the on-time rate
/// on time ÷ expected. A report returned afterwards stays received, as it was sent.
/// </summary>
public static class Completeness
{
    public enum Standing { Missing, OnTime, Late, Pending }

    /// <summary>One organisation's report of one period: <see cref="Standing.Pending"/> while its due day has not passed.</summary>
    public sealed record Cell(int OrganisationId, Period Period, Standing Standing, long? ReportId, ReportState? State);

    public sealed record Row(int OrganisationId, string Name, string? ProvinceCode, IReadOnlyList<Cell> Cells);

    /// <param name="Missing">Past their due day and not received.</param>
    /// <param name="Pending">Not received, not yet due.</param>
    public sealed record Counts(Period Period, int Expected, int Received, int OnTime, int Late, int Missing, int Pending)
    {
        public double? ReportingRate => Expected == 0 ? null : 100.0 * Received / Expected;
        public double? OnTimeRate => Expected == 0 ? null : 100.0 * OnTime / Expected;
    }

    public sealed record Matrix(ReportForm Form, IReadOnlyList<Period> Periods, IReadOnlyList<Row> Rows, IReadOnlyList<Counts> Totals);

    /// <summary>The form's matrix for the given periods, over the organisations the caller sees.</summary>
    public static Task<Matrix> ReadAsync(CauNoiDb db, ReportForm form, IReadOnlyList<Period> periods, Scope scope, Actor? actor, DateOnly today, CancellationToken ct) =>
        ReadAsync(db, form, periods, o => o.VisibleAsReporters(scope, actor), today, ct);

    /// <summary>The form's matrix over the reporting organisations <paramref name="reporters"/> keeps (a leader's brief keeps the provinces they follow).</summary>
    public static async Task<Matrix> ReadAsync(CauNoiDb db, ReportForm form, IReadOnlyList<Period> periods,
        Func<IQueryable<Organisation>, IQueryable<Organisation>> reporters, DateOnly today, CancellationToken ct)
    {
        var organisations = await reporters(db.FormOrganisations.Where(f => f.FormId == form.Id)
                .Join(db.Organisations, f => f.OrganisationId, o => o.Id, (f, o) => o))
            .OrderBy(o => o.ProvinceCode).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.ProvinceCode })
            .ToListAsync(ct);
        var years = periods.Select(p => p.Year).Distinct().ToArray();
        var ids = organisations.Select(o => o.Id).ToArray();
        var reports = await db.FormReports.Where(r => r.FormId == form.Id && years.Contains(r.Year) && ids.Contains(r.OrganisationId))
            .Select(r => new { r.Id, r.OrganisationId, r.Year, r.Number, r.State, r.ReceivedAt })
            .ToListAsync(ct);
        var byKey = reports.ToDictionary(r => (r.OrganisationId, r.Year, r.Number));
        var rows = organisations.Select(o => new Row(o.Id, o.Name, o.ProvinceCode, [.. periods.Select(p =>
        {
            var report = byKey.GetValueOrDefault((o.Id, p.Year, p.Number));
            var due = form.DueOn(p);
            var standing = report?.ReceivedAt is { } received
                ? (DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(received, VietnamTime.Zone)) <= due ? Standing.OnTime : Standing.Late)
                : today <= due ? Standing.Pending : Standing.Missing;
            return new Cell(o.Id, p, standing, report?.Id, report?.State);
        })])).ToList();
        var totals = periods.Select((p, i) =>
        {
            var cells = rows.Select(r => r.Cells[i]).ToList();
            var onTime = cells.Count(c => c.Standing == Standing.OnTime);
            var late = cells.Count(c => c.Standing == Standing.Late);
            return new Counts(p, cells.Count, onTime + late, onTime, late, cells.Count(c => c.Standing == Standing.Missing), cells.Count(c => c.Standing == Standing.Pending));
        }).ToList();
        return new Matrix(form, periods, rows, totals);
    }

    /// <summary>
    /// The reporting organisations a caller sees: the Ministry all; a province its own department (and its communes'
    /// offices); a commune its own office.
    /// </summary>
    public static IQueryable<Organisation> VisibleAsReporters(this IQueryable<Organisation> organisations, Scope scope, Actor? actor)
    {
        if (scope.SeesAll || actor is { IsMinistry: true }) return organisations;
        return actor is null ? organisations.Where(_ => false) : organisations.Where(scope.Rule<Organisation>(o => o.ProvinceCode, o => o.CommuneCode, null));
    }
}
