using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>A planned cluster registered by its province's department or the hub, by the same rules as the API (<see cref="ClusterIntake"/>).</summary>
public class NewClusterPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public ClusterForms.NewModel Input { get; set; } = new();

    public IReadOnlyList<AdminUnitsApi.ProvinceItem> Provinces { get; private set; } = [];
    public IReadOnlyList<ClusterForms.CommuneOption> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? province)
    {
        if (Actor.Of(current) is not { } actor || !ClusterQueries.KeepsAny(actor)) return Forbid();
        Input = new() { ProvinceCode = province ?? actor.ProvinceCode };
        return await ShowAsync(actor);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor.Of(current) is not { } actor || !ClusterQueries.KeepsAny(actor)) return Forbid();
        var input = ClusterForms.Input(Input, ModelState);
        var (cluster, errors) = await ClusterIntake.CheckAsync(db, actor, input, clock.GetUtcNow().UtcDateTime);
        errors.CopyTo(ModelState, "Input");
        if (cluster is null || !ModelState.IsValid) return await ShowAsync(actor);
        db.Clusters.Add(cluster);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e))
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ClusterIntake.ConflictMessage);
            return await ShowAsync(actor);
        }
        TempData["Message"] = $"Đã đăng ký cụm công nghiệp {cluster.Name} ({cluster.Code}) vào danh mục.";
        return Redirect($"/cum-cong-nghiep/{cluster.Id}");
    }

    private async Task<PageResult> ShowAsync(Actor actor)
    {
        Provinces = [.. (await AdminUnitQueries.ProvincesByNameAsync(db)).Where(p => ClusterScope.MayKeep(actor, p.Code))];
        var province = Input.ProvinceCode;
        if (Provinces.Any(p => p.Code == province))
            Communes = await ClusterForms.CommunesAsync(db, province!);
        return Page();
    }
}
