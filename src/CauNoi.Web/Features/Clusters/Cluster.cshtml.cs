using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>
/// One cluster (<see cref="ClusterDetail"/>) and, for a keeper, its forms: the next step of the lifecycle with the decree's
/// conditions, the description, the projects and the infrastructure. Each form goes through the API's own rules.
/// </summary>
public class ClusterPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public ClusterForms.StepModel Decision { get; set; } = new();
    [BindProperty] public ClusterForms.DescriptionModel Edit { get; set; } = new();
    [BindProperty] public ClusterForms.ProjectModel Project { get; set; } = new();
    [BindProperty] public ClusterForms.WorkModel Work { get; set; } = new();

    public ClusterDetail Cluster { get; private set; } = null!;
    /// <summary>The inspections, read only here: a keeper records them and gives findings as tasks on the cluster's inspections page.</summary>
    public ClusterInspectionsView Inspections { get; private set; } = null!;
    public ClusterRecommendations Recommendations { get; private set; } = null!;
    public IReadOnlyList<ClusterForms.CommuneOption> Communes { get; private set; } = [];
    /// <summary>The form posted and refused, shown open with its errors: "step:establish", "edit", "project:12", "work:new"...</summary>
    public string? Refused { get; private set; }

    /// <summary>The project or work whose form is open for editing: asked for by the link in its row, or posted and refused.</summary>
    public int? EditingProject { get; private set; }
    public int? EditingWork { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, int? project, int? work)
    {
        (EditingProject, EditingWork) = (project, work);
        return ShowAsync(id);
    }

    public Task<IActionResult> OnPostStepAsync(int id) =>
        ChangeAsync(id, $"step:{Decision.Step}", "Decision", async (actor, cluster, at) => await ClusterSteps.TakeAsync(db, actor, cluster, ClusterForms.Step(Decision, ModelState), at),
            "Đã ghi nhận quyết định.", "#quyet-dinh");

    public Task<IActionResult> OnPostEditAsync(int id) =>
        ChangeAsync(id, "edit", "Edit", async (actor, cluster, at) => await ClusterIntake.UpdateAsync(db, actor, cluster, ClusterForms.Edit(Edit, ModelState), at),
            "Đã cập nhật thông tin cụm công nghiệp.", "");

    public Task<IActionResult> OnPostProjectAsync(int id) =>
        ChangeAsync(id, $"project:{Project.Id?.ToString() ?? "new"}", "Project", (actor, cluster, at) =>
        {
            var project = Project.Id is { } pid ? cluster.Projects.FirstOrDefault(p => p.Id == pid) : null;
            return Task.FromResult(Project.Id is not null && project is null ? null : ProjectIntake.Apply(actor, cluster, project, ClusterForms.Project(Project, ModelState), at).Errors);
        }, Project.Id is null ? "Đã thêm dự án thứ cấp." : "Đã cập nhật dự án thứ cấp.", "#du-an");

    public Task<IActionResult> OnPostWorkAsync(int id) =>
        ChangeAsync(id, $"work:{Work.Id?.ToString() ?? "new"}", "Work", (actor, cluster, at) =>
        {
            var item = Work.Id is { } wid ? cluster.Infrastructure.FirstOrDefault(i => i.Id == wid) : null;
            return Task.FromResult(Work.Id is not null && item is null ? null : InfrastructureIntake.Apply(actor, cluster, item, ClusterForms.Work(Work), at).Errors);
        }, Work.Id is null ? "Đã thêm công trình hạ tầng." : "Đã cập nhật công trình hạ tầng.", "#ha-tang");

    /// <summary>
    /// A change to a cluster the caller sees (404 otherwise; 403 to one who does not keep it), through the same rules as
    /// the API; refused, the page again with the errors under the form's fields (<paramref name="prefix"/>).
    /// </summary>
    private async Task<IActionResult> ChangeAsync(int id, string form, string prefix, Func<Actor, Cluster, DateTime, Task<FieldErrors?>> change, string done, string anchor)
    {
        var actor = Actor.Of(current);
        var cluster = await ClusterQueries.OpenAsync(db, await current.ScopeAsync(), actor, id);
        if (cluster is null || actor is null) return NotFound();
        if (!ClusterScope.MayKeep(actor, cluster.ProvinceCode)) return Forbid();
        try
        {
            var errors = await change(actor, cluster, clock.GetUtcNow().UtcDateTime);
            if (errors is null) return NotFound();
            errors.CopyTo(ModelState, prefix, general: prefix);
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = done;
                return Redirect($"/cum-cong-nghiep/{id}{anchor}");
            }
        }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError(prefix, refusal.Message); }
        catch (ClusterIntake.Conflict) { ModelState.AddModelError(prefix, ClusterIntake.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError(prefix, ClusterIntake.ConflictMessage); }
        Refused = form;
        (EditingProject, EditingWork) = (prefix == "Project" ? Project.Id : null, prefix == "Work" ? Work.Id : null);
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var actor = Actor.Of(current);
        if (await ClusterDetail.LoadAsync(db, await current.ScopeAsync(), actor, id, VietnamTime.Today(clock)) is not { } cluster) return NotFound();
        Cluster = cluster;
        var scope = await current.ScopeAsync();
        var today = VietnamTime.Today(clock);
        Inspections = new ClusterInspectionsView(id, await ClusterInspectionsView.InspectionsAsync(db, scope, actor, id, today), MayKeep: false, Owners: []);
        Recommendations = await ClusterRecommendations.LoadAsync(db, scope, actor, id, cluster.ProvinceCode, today);
        if (cluster.MayKeep)
        {
            Communes = await ClusterForms.CommunesAsync(db, cluster.ProvinceCode);
            if (Refused != "edit") Edit = ClusterForms.DescriptionModel.Of<ClusterForms.DescriptionModel>(cluster);
        }
        return Page();
    }
}
