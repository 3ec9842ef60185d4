using CauNoi.Web.Features.Indicators.Import;
using CauNoi.Web.Shared.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// One report: its figures entered and saved (with an explanation where a check asks for one), the steps the caller may
/// take, the figures in use, and every change with who made it and why. The figures can also come from the report's
/// workbook (or a CSV of its columns), checked as a save is.
/// </summary>
[RequestSizeLimit(ImportAnswers.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportAnswers.MaxRequestBytes)]
public class ReportPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public Dictionary<string, string?> Figures { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Explanations { get; set; } = [];
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>What stopped an import, row by row.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public ReportDetail Detail { get; private set; } = null!;
    /// <summary>For a report on industrial clusters, the registry's figures for its period.</summary>
    public Clusters.ClusterReportFigures? Registry { get; private set; }
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

    /// <summary>Fills a report on industrial clusters with the registry's figures for its period, saved as a save on the page is.</summary>
    public async Task<IActionResult> OnPostRegistryAsync(long id)
    {
        var actor = Actor.Of(current);
        var report = await IndicatorsApi.ReportsForChange(db, await current.ScopeAsync(), actor).Include(r => r.Form).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null || actor is null) return NotFound();
        var ct = HttpContext.RequestAborted;
        var registry = await Clusters.ClusterReportFigures.ReadAsync(db, report.Form!.Code, report.ProvinceCode, report.Form.Covers(report.Period).End, ct);
        if (registry is null) return NotFound();
        try
        {
            var errors = await ReportSteps.SaveAsync(db, actor, report, registry.Figures, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), ct);
            foreach (var (field, messages) in errors) foreach (var m in messages) ModelState.AddModelError($"Figures[{field}]", m);
            if (errors.Count > 0) return await RefusedAsync(id, null, null);
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowRefusal refusal) { return refusal.Forbidden ? Forbid() : await RefusedAsync(id, "Figures", refusal.Message); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return await RefusedAsync(id, "Figures", ReportSteps.ConflictMessage); }
        TempData["Message"] = $"Đã điền số liệu từ cơ sở dữ liệu cụm công nghiệp đến ngày {Display.Date(registry.Cut)}.";
        return Redirect($"/chi-tieu/bao-cao/{id}");
    }

    public async Task<IActionResult> OnPostImportAsync(long id)
    {
        var actor = Actor.Of(current);
        var report = await IndicatorsApi.ReportsForChange(db, await current.ScopeAsync(), actor).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null || actor is null) return NotFound();
        var ct = HttpContext.RequestAborted;
        var today = VietnamTime.Today(clock);
        try
        {
            await ReportSteps.RefuseEntryAsync(db, actor, report, today, ct);
            if (Upload is null || Upload.Length == 0) return await ImportRefusedAsync(id, [new(null, SpreadsheetImport.FileColumn, "Vui lòng chọn tệp số liệu (.xlsx, .xls hoặc .csv).")]);
            SpreadsheetImport.Checked<ReportSteps.Figure> list;
            await using (var stream = Upload.OpenReadStream())
                list = await ReportImport.CheckAsync(db, report, stream, ct);
            if (list.Problems.Count > 0) return await ImportRefusedAsync(id, list.Problems);
            var problems = await ReportImport.SaveAsync(db, actor, report, list.Items, clock.GetUtcNow().UtcDateTime, today, ct);
            if (problems.Count > 0) return await ImportRefusedAsync(id, problems);
        }
        catch (WorkflowRefusal refusal) { return refusal.Forbidden ? Forbid() : await RefusedAsync(id, "Figures", refusal.Message); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { return await RefusedAsync(id, "Figures", ReportSteps.ConflictMessage); }
        TempData["Message"] = $"Đã nhập số liệu từ tệp {Upload.FileName}.";
        return Redirect($"/chi-tieu/bao-cao/{id}");
    }

    private async Task<IActionResult> ImportRefusedAsync(long id, IReadOnlyList<ImportProblem> problems)
    {
        Problems = problems;
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
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
        Registry = await Clusters.ClusterReportFigures.ReadAsync(db, detail.FormCode, detail.ProvinceCode, detail.CoversTo, HttpContext.RequestAborted);
        MayEnter = detail.State == ReportState.Draft && detail.Closed is null && actor is not null
            && actor.Enters(new FormReport { OrganisationId = detail.OrganisationId });
        return Page();
    }
}
