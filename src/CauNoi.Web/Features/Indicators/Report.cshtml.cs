using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// One report: its figures entered and saved (with an explanation where a check asks for one), the steps the caller may
/// take, the figures in use, and every change with who made it and why.
/// </summary>
public class ReportPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public Dictionary<string, string?> Figures { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Explanations { get; set; } = [];
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int? Version { get; set; }

    public ReportDetail Detail { get; private set; } = null!;
    public bool MayEnter { get; private set; }
    /// <summary>Figures as typed, shown back after a refusal.</summary>
    public bool Typed { get; private set; }

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public async Task<IActionResult> OnPostSaveAsync(long id)
    {
        var actor = Actor.Of(current);
        var report = await IndicatorsApi.ReportsForChange(db, await current.ScopeAsync(), actor).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null || actor is null) return NotFound();
        if (Version != report.Version) return await RefusedAsync(id, "Figures", ReportSteps.ConflictMessage);
        var figures = new List<ReportSteps.Figure>();
        foreach (var (code, text) in Figures)
        {
            if (!FigureInput.TryParse(text, out var value)) { ModelState.AddModelError($"Figures[{code}]", $"“{text}” không phải là số."); continue; }
            figures.Add(new(code, value, Explanations.GetValueOrDefault(code)));
        }
        if (!ModelState.IsValid) return await RefusedAsync(id, null, null);
        try
        {
            var errors = await ReportSteps.SaveAsync(db, actor, report, figures, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
            foreach (var (field, messages) in errors) foreach (var m in messages) ModelState.AddModelError($"Figures[{field}]", m);
            if (errors.Count > 0) return await RefusedAsync(id, null, null);
            await db.SaveChangesAsync();
        }
        catch (WorkflowRefusal refusal) { return await RefusedAsync(id, "Figures", refusal.Message); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return await RefusedAsync(id, "Figures", ReportSteps.ConflictMessage); }
        TempData["Message"] = "Đã lưu số liệu.";
        return Redirect($"/chi-tieu/bao-cao/{id}");
    }

    public async Task<IActionResult> OnPostActAsync(long id)
    {
        var actor = Actor.Of(current);
        var report = await IndicatorsApi.ReportsForChange(db, await current.ScopeAsync(), actor).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null || actor is null) return NotFound();
        try
        {
            await ReportSteps.ApplyAsync(db, actor, report, new(Action, Comment, Version), clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
            await db.SaveChangesAsync();
        }
        catch (WorkflowRefusal refusal) { return refusal.Forbidden ? Forbid() : await RefusedAsync(id, "Step", refusal.Message); }
        catch (Exception e) when (e is ReportSteps.Conflict or DbUpdateConcurrencyException) { return await RefusedAsync(id, "Step", ReportSteps.ConflictMessage); }
        TempData["Message"] = $"Đã thực hiện: {ReportWorkflow.Names.GetValueOrDefault(Action!, Action!)}.";
        return Redirect($"/chi-tieu/bao-cao/{id}");
    }

    private async Task<IActionResult> RefusedAsync(long id, string? key, string? message)
    {
        if (key is not null) ModelState.AddModelError(key, message!);
        Typed = true;
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(long id)
    {
        var actor = Actor.Of(current);
        var detail = await ReportDetail.LoadAsync(db, await current.ScopeAsync(), actor, id, VietnamTime.Today(clock), HttpContext.RequestAborted);
        if (detail is null) return NotFound();
        Detail = detail;
        MayEnter = detail.State == ReportState.Draft && detail.Closed is null && actor is not null
            && actor.Enters(new FormReport { OrganisationId = detail.OrganisationId });
        return Page();
    }
}
