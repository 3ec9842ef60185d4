using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// The similar recommendations as an HTML fragment, loaded into the detail page's #similar box by js/similar.js.
/// The unit handling this recommendation may tick the similar open ones it also handles and group them to answer once.
/// </summary>
public class SimilarListPage(CauNoiDb db, CurrentUser current) : PageModel
{
    public IReadOnlyList<SimilarRecommendations.Item> Items { get; private set; } = [];
    public int Id { get; private set; }
    /// <summary>The similar ones the caller may group with this one; empty when this one cannot be grouped.</summary>
    public IReadOnlySet<int> Groupable { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (await SimilarRecommendations.ToRecommendationAsync(db, await current.ScopeAsync(ct), id, ct) is not { } items) return NotFound();
        Items = items;
        Id = id;
        var actor = Actor.Of(current);
        var self = await db.Recommendations.AsNoTracking().FirstAsync(r => r.Id == id, ct);
        if (actor is not null && items.Count > 0 && CanJoin(actor, self))
        {
            var ids = items.Select(i => i.Id).ToList();
            var others = await db.Recommendations.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
            Groupable = others.Where(r => CanJoin(actor, r)).Select(r => r.Id).ToHashSet();
        }
        return Page();
    }

    // As Recommendation.JoinGroup allows for a new group.
    private static bool CanJoin(Actor actor, Recommendation r) => actor.Handles(r) && r.IsOpen && r.GroupId is null;
}
