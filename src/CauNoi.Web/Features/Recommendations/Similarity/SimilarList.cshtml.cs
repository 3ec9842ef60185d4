using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>The similar recommendations as an HTML fragment, loaded into the detail page's #similar box by js/similar.js.</summary>
public class SimilarListPage(CauNoiDb db, CurrentUser current) : PageModel
{
    public IReadOnlyList<SimilarRecommendations.Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await SimilarRecommendations.ToRecommendationAsync(db, await current.ScopeAsync(), id, HttpContext.RequestAborted) is not { } items) return NotFound();
        Items = items;
        return Page();
    }
}
