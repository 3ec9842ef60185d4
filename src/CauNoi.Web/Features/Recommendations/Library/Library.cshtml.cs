using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Library;

public class LibraryPage(CauNoiDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public int? Field { get; set; }
    public IReadOnlyList<(int Id, string Name)> Fields { get; private set; } = [];
    public Page<AnswerLibrary.Entry> Entries { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "trang")] int? page)
    {
        Fields = (await db.FieldsOfWork.Where(f => f.IsActive).OrderBy(f => f.SortOrder).Select(f => new { f.Id, f.Name }).ToListAsync())
            .Select(f => (f.Id, f.Name)).ToList();
        Entries = await Page<AnswerLibrary.Entry>.ReadAsync(AnswerLibrary.Search(db, Q, Field), page, AnswerLibrary.PageSize, HttpContext.RequestAborted, Paging.CountUpTo);
    }

    /// <summary>This search at another page number.</summary>
    public string PageUrl(int number) => "/kien-nghi/thu-vien" + QueryString.Create(
        new Dictionary<string, string?> { ["q"] = Q, ["linh-vuc"] = Field?.ToString(), ["trang"] = number > 1 ? number.ToString() : null }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
