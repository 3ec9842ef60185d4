using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.Tasks;

/// <summary>The tasks the caller can see, filtered as the API and the dashboard filter them (<see cref="TaskQueries"/>).</summary>
public class TasksPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public WorkTaskStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Lead { get; set; }
    [BindProperty(SupportsGet = true)] public int? Document { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public bool ExtensionPending { get; set; }

    public Page<TaskQueries.Item> List { get; private set; } = null!;
    public IReadOnlyList<TaskUnits.Unit> Units { get; private set; } = [];
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    /// <summary>The document filtered on, named: "2172/QĐ-BCT".</summary>
    public string? DocumentNumber { get; private set; }
    public bool MayAssign { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return Forbid();
        var today = VietnamTime.Today(clock);
        var scope = await current.ScopeAsync();
        var filter = new TaskQueries.TaskFilter(Q, Status, Lead, Document: Document, Province: Province, ExtensionPending: ExtensionPending ? true : null);
        List = await TaskQueries.PageAsync(db, TaskQueries.Filtered(db, scope, actor, filter, today), today, page, PageSize, HttpContext.RequestAborted);
        Units = await TaskUnits.LeadingAsync(db);
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        if (Document is { } document)
            DocumentNumber = await db.Documents.VisibleTo(db, scope, actor).Where(d => d.Id == document).Select(d => d.Number).FirstOrDefaultAsync();
        MayAssign = TaskIntake.MayAssign(actor!);
        return Page();
    }
}
