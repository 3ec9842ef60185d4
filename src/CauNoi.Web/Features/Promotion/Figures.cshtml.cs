using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// The khuyến công figures of a plan year, nationally or for a province and a plan kind: the same
/// <see cref="PromotionFigures"/> the API serves, read under <see cref="PromotionFiguresScope"/>'s rule (a department
/// sees its own province; a commune is refused).
/// </summary>
public class FiguresPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh")] public string? Province { get; set; }

    public PromotionFigures? Figures { get; private set; }
    public string? Refusal { get; private set; }
    public int Shown { get; private set; }
    public bool SeesCountry { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = VietnamTime.Today(clock);
        var scope = await current.ScopeAsync(ct);
        var actor = Actor.Of(current);
        var question = await PromotionFiguresScope.AskAsync(db, actor, scope, Year, Kind, Province, today, ct);
        if (question.Status == 403) return Forbid();
        if (question.Status == 404) return NotFound();
        Years = [.. Enumerable.Range(PromotionFigures.FirstYear, today.Year + 1 - PromotionFigures.FirstYear + 1).Reverse()];
        SeesCountry = actor is not null && PromotionFiguresScope.SeesCountry(actor, scope);
        if (SeesCountry)
            Provinces = [.. (await db.Provinces.AsNoTracking().Select(p => new { p.Code, p.Name }).ToListAsync(ct))
                .OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => (p.Code, p.Name))];
        Shown = question.Year == 0 ? PromotionFigures.DefaultYear(today) : question.Year;
        if (question.Status == 400) { Refusal = question.Refusal; return Page(); }
        Figures = await PromotionFigures.ReadAsync(db, question.Year, question.Kind, question.ProvinceCode, ct);
        return Page();
    }
}
