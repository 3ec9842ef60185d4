using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// A form's completeness for a year: each organisation the caller sees against each period (on time, late, missing,
/// not yet due), the totals and rates with their definitions, and for the form's owner the lock exceptions and a form to grant one.
/// </summary>
public class CompletenessPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty] public IndicatorsApi.ReopenRequest Reopen { get; set; } = new(null, null, null, null);

    public Completeness.Matrix Matrix { get; private set; } = null!;
    public IReadOnlyList<IndicatorsApi.ExceptionItem> Exceptions { get; private set; } = [];
    public bool MayReopen { get; private set; }
    public string? Refusal { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostReopenAsync(int id)
    {
        var actor = Actor.Of(current);
        var form = await db.ReportForms.FirstOrDefaultAsync(f => f.Id == id);
        if (form is null || actor is null) return NotFound();
        if (!actor.MayReopen(form)) return Forbid();
        var granted = await LockExceptions.GrantAsync(db, actor, form, Reopen, VietnamTime.Today(clock), clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        if (granted.Refusal is { } refusal) { Refusal = refusal; db.ChangeTracker.Clear(); return await ShowAsync(id); }
        await db.SaveChangesAsync();
        TempData["Message"] = "Đã mở khóa nhập số liệu.";
        return Redirect($"/chi-tieu/bieu-mau/{id}/tinh-hinh?nam={Year}");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var actor = Actor.Of(current);
        var form = await db.ReportForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
        if (form is null || actor is null) return NotFound();
        var today = VietnamTime.Today(clock);
        Year ??= today.Year;
        var scope = await current.ScopeAsync();
        Matrix = await Completeness.ReadAsync(db, form, IndicatorQueries.PeriodsOf(form, Year.Value), scope, actor, today, HttpContext.RequestAborted);
        Exceptions = await IndicatorQueries.ExceptionsAsync(db, id, db.Organisations.VisibleAsReporters(scope, actor).Select(o => o.Id), today, HttpContext.RequestAborted);
        MayReopen = actor.MayReopen(form);
        return Page();
    }
}
