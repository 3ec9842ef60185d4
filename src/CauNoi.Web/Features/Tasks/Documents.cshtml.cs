using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>The register of documents that assign work, newest first, each with how many of its tasks the caller sees.</summary>
public class DocumentsPage(CauNoiDb db, CurrentUser current) : PageModel
{
    public const int PageSize = 50;

    public sealed record Item(int Id, DocumentType Type, string Number, DateOnly IssuedOn, string Issuer, string SignerName, string Summary, int Tasks);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Page<Item> List { get; private set; } = null!;
    public bool MayRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return Forbid();
        var scope = await current.ScopeAsync();
        var documents = db.Documents.VisibleTo(db, scope, actor);
        var folded = VietnameseText.Fold(Q);
        if (folded.Length > 0) documents = documents.Where(d => EF.Functions.Like(d.SearchName, VietnameseText.LikeContains(folded), "\\"));
        var tasks = db.Tasks.VisibleTo(scope, actor);
        var number = Paging.Number(page);
        var total = await documents.CountAsync();
        var items = await documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(d => new Item(d.Id, d.Type, d.Number, d.IssuedOn, d.Issuer, d.SignerName, d.Summary, tasks.Count(t => t.DocumentId == d.Id)))
            .ToListAsync();
        List = new Page<Item>(items, number, PageSize, total);
        MayRegister = TaskIntake.MayAssign(actor!);
        return Page();
    }
}
