using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// What was already raised like the recommendation being written, as an HTML fragment that
/// js/similar-draft.js loads into the intake form while the user types. Empty when nothing is alike.
/// </summary>
public class SimilarDraftPage(CauNoiDb db, CurrentUser current) : PageModel
{
    /// <summary>Fewer folded letters than this say too little to compare.</summary>
    public const int MinimumLength = 10;

    [BindProperty(SupportsGet = true)] public string? Title { get; set; }
    [BindProperty(SupportsGet = true, Name = "content")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true)] public int? FieldId { get; set; }
    public IReadOnlyList<SimilarRecommendations.Item> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var text = $"{Title} {Body}";
        if (VietnameseText.Fold(text).Trim().Length < MinimumLength) return;
        var ct = HttpContext.RequestAborted;
        Items = await SimilarRecommendations.ToTextAsync(db, await current.ScopeAsync(ct), text, FieldId, ct);
    }

    /// <summary>The answer library searched for the title (or the start of the content).</summary>
    public string LibraryUrl()
    {
        var words = VietnameseText.Clean(string.IsNullOrWhiteSpace(Title) ? Body : Title) ?? "";
        return "/kien-nghi/thu-vien" + QueryString.Create("q", words[..Math.Min(words.Length, 100)]).ToUriComponent();
    }
}
