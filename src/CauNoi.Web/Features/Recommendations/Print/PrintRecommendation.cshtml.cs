using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Print;

/// <summary>
/// A recommendation laid out for paper: what was raised, where it was routed, the answer, its history and thread, without
/// the site's navigation or forms. The same scope rule as the record page: a record the caller cannot see is not found.
/// </summary>
public class PrintRecommendationPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public RecommendationDetail Detail { get; private set; } = null!;
    public DateTime PrintedAt { get; private set; }
    public string PrintedBy => current.Account?.FullName ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var detail = await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(ct), id, VietnamTime.Today(clock), ct);
        if (detail is null) return NotFound();
        Detail = detail;
        PrintedAt = clock.GetUtcNow().UtcDateTime;
        return Page();
    }
}
