using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The forms: for a department, each form it reports with the periods open today and where its report of each stands;
/// for the Ministry, the reports waiting for the caller's unit to accept, and each form's completeness.
/// </summary>
public class FormsPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public sealed record OpenPeriod(Period Period, DateOnly DueOn, DateOnly LocksAfter, long? ReportId, ReportState? State);

    public sealed record FormLine(IndicatorsApi.FormItem Form, bool Reports, IReadOnlyList<OpenPeriod> Open);

    public sealed record Waiting(long Id, string Form, string Organisation, string PeriodName, int Revision, DateTime UpdatedAt);

    public IReadOnlyList<FormLine> Forms { get; private set; } = [];
    public IReadOnlyList<Waiting> ToAccept { get; private set; } = [];
    public int Year { get; private set; }
    /// <summary>The caller may import figures published before the system (a link to that page).</summary>
    public bool MayImportHistory { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = Actor.Of(current);
        if (actor is null) return Forbid();
        var today = VietnamTime.Today(clock);
        Year = today.Year;
        MayImportHistory = await Import.HistoryImport.MayImportAsync(db, actor, HttpContext.RequestAborted);
        var forms = await IndicatorQueries.FormsAsync(db, today, HttpContext.RequestAborted);
        var mine = await db.FormOrganisations.Where(f => f.OrganisationId == actor.OrganisationId).Select(f => f.FormId).ToListAsync();
        var reports = await db.FormReports.Where(r => r.OrganisationId == actor.OrganisationId && mine.Contains(r.FormId) && r.Year >= today.Year - 2)
            .Select(r => new { r.Id, r.FormId, r.Year, r.Number, r.State }).ToListAsync();
        var all = await db.ReportForms.Where(f => f.IsActive).ToDictionaryAsync(f => f.Id);
        Forms = [.. forms.Select(f => new FormLine(f, mine.Contains(f.Id), !mine.Contains(f.Id) ? [] : [.. f.OpenPeriods.Select(key =>
        {
            Period.TryParse(key, out var p);
            var report = reports.FirstOrDefault(r => r.FormId == f.Id && r.Year == p.Year && r.Number == p.Number);
            return new OpenPeriod(p, all[f.Id].DueOn(p), all[f.Id].LocksAfter(p), report?.Id, report?.State);
        })]))];
        if (actor.IsMinistry || actor.IsAdministrator)
            ToAccept = await db.FormReports.Where(r => r.State == ReportState.Approved && (actor.IsAdministrator || r.Form!.OwningUnitId == actor.OrganisationId))
                .Join(db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { r, o.Name })
                .OrderBy(x => x.r.UpdatedAt).Take(100)
                .Select(x => new { x.r.Id, Form = x.r.Form!.Name, x.Name, x.r.PeriodType, x.r.Year, x.r.Number, x.r.Revision, x.r.UpdatedAt })
                .ToListAsync() is var rows
                ? [.. rows.Select(x => new Waiting(x.Id, x.Form, x.Name, new Period(x.PeriodType, x.Year, x.Number).Name, x.Revision, x.UpdatedAt))] : [];
        return Page();
    }

    /// <summary>Opens the caller's department's report of a form for a period, made the first time.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int form, string period)
    {
        var actor = Actor.Of(current);
        if (actor is null) return Forbid();
        var f = await db.ReportForms.FirstOrDefaultAsync(x => x.Id == form);
        if (f is null || !Period.TryParse(period, out var p)) return NotFound();
        try
        {
            var report = await ReportSteps.OpenAsync(db, actor, f, actor.OrganisationId, p, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
            await db.SaveChangesAsync();
            return Redirect($"/chi-tieu/bao-cao/{report.Id}");
        }
        catch (WorkflowRefusal refusal)
        {
            TempData["Message"] = refusal.Message;
            return Redirect("/chi-tieu/bao-cao");
        }
    }
}
