using CauNoi.Web.Features.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// A cluster's inspections and its localities' recommendations, with the handlers of _ClusterInspections' forms: a keeper
/// records an inspection and gives a finding as a task (<see cref="ClusterInspections"/>, as the API does).
/// </summary>
public class ClusterInspectionsPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    /// <summary>An inspection as typed: the date dd/MM/yyyy, the findings one a line.</summary>
    public sealed class InspectionForm
    {
        public string? InspectedOn { get; set; }
        public string? Members { get; set; }
        public string? Findings { get; set; }
    }

    /// <summary>A finding's task as typed: the owner chosen names the lead unit (the owner's own).</summary>
    public sealed class FindingTaskForm
    {
        public string? Title { get; set; }
        public string? OwnerId { get; set; }
        public string? AssignedBy { get; set; }
        public string? DueOn { get; set; }
    }

    [BindProperty] public InspectionForm Inspection { get; set; } = new();
    [BindProperty] public FindingTaskForm FindingTask { get; set; } = new();

    public Cluster Cluster { get; private set; } = null!;
    public string ProvinceName { get; private set; } = "";
    public ClusterInspectionsView Inspections { get; private set; } = null!;
    public ClusterRecommendations Recommendations { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostInspectionAsync(int id)
    {
        var actor = Actor.Of(current);
        if (await ClusterInspections.OpenAsync(db, await current.ScopeAsync(), actor, id) is not { } cluster) return NotFound();
        if (!ClusterInspections.MayKeep(actor, cluster)) return Forbid();
        var on = DateInput.Read(Inspection.InspectedOn, ModelState, "Inspection.InspectedOn", "ngày kiểm tra");
        var findings = (Inspection.Findings ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (inspection, errors) = ClusterInspections.Check(actor!, cluster, new(on, Inspection.Members, findings), clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));
        errors.CopyTo(ModelState, "Inspection", "Inspection");
        if (inspection is null || !ModelState.IsValid) return await ShowAsync(id);
        db.ClusterInspections.Add(inspection);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã ghi kết quả kiểm tra ngày {Display.Date(inspection.InspectedOn)} ({inspection.Findings.Count} phát hiện).";
        return Redirect($"/cum-cong-nghiep/{id}/kiem-tra#kiem-tra");
    }

    public async Task<IActionResult> OnPostFindingTaskAsync(int id, int inspectionId, int findingId)
    {
        var actor = Actor.Of(current);
        var scope = await current.ScopeAsync();
        if (await ClusterInspections.OpenAsync(db, scope, actor, id) is not { } cluster
            || await ClusterInspections.FindingAsync(db, cluster, inspectionId, findingId) is not { } found) return NotFound();
        if (!ClusterInspections.MayKeep(actor, cluster) || !TaskIntake.MayAssign(actor!)) return Forbid();
        var form = $"Finding{findingId}";
        var dueOn = DateInput.Read(FindingTask.DueOn, ModelState, $"{form}.DueOn", "hạn hoàn thành");
        var lead = await db.Users.Where(u => u.Id == FindingTask.OwnerId).Select(u => (int?)u.OrganisationId).FirstOrDefaultAsync();
        var input = new TaskIntake.TaskInput(FindingTask.Title, lead, FindingTask.OwnerId, FindingTask.AssignedBy, dueOn);
        var (task, errors) = await ClusterInspections.TaskFromAsync(db, actor!, scope, cluster, found.Finding, found.InspectedOn, input,
            clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
        errors.CopyTo(ModelState, form, form);
        if (task is null || !ModelState.IsValid) return await ShowAsync(id);
        TempData["Message"] = $"Đã giao nhiệm vụ {task.Number}. Hạn: {Display.Date(task.DueOn)}.";
        return Redirect($"/cum-cong-nghiep/{id}/kiem-tra#kiem-tra");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        db.ChangeTracker.Clear();
        var scope = await current.ScopeAsync();
        var actor = Actor.Of(current);
        if (await db.Clusters.VisibleTo(scope, actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id) is not { } cluster) return NotFound();
        var today = VietnamTime.Today(clock);
        Cluster = cluster;
        ProvinceName = await db.Provinces.Where(p => p.Code == cluster.ProvinceCode).Select(p => p.Name).FirstAsync();
        Inspections = await ClusterInspectionsView.LoadAsync(db, scope, actor, cluster, today);
        Recommendations = await ClusterRecommendations.LoadAsync(db, scope, actor, cluster.Id, cluster.ProvinceCode, today);
        return Page();
    }
}
