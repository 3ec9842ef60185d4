using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using A = CauNoi.Web.Features.Tasks.TaskAction;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// One task: who, what, by when, with what result; its status, roll-up, reports, extensions and history; and the steps
/// the caller may take now (<see cref="WorkTask.AllowedActions"/>), each a small form run through <see cref="TaskSteps"/>.
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class TaskPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    /// <summary>One step as the action forms post it.</summary>
    public sealed class StepInput
    {
        public string? Action { get; set; }
        /// <summary>The version the page was rendered from: a step on an older one is refused.</summary>
        public int? Version { get; set; }
        public string? Comment { get; set; }
        public int? Percent { get; set; }
        /// <summary>dd/MM/yyyy: the deadline asked for, or granted.</summary>
        public string? DueOn { get; set; }
    }

    public sealed record Link(int Id, string Number, string Title);

    [BindProperty] public StepInput Step { get; set; } = new();

    public TaskDetail Detail { get; private set; } = null!;
    public IReadOnlyList<A> Actions { get; private set; } = [];
    public DateOnly Today { get; private set; }
    /// <summary>Why the step just posted was not taken; nothing was saved.</summary>
    public string? Refusal { get; private set; }
    public string? AssignedByAccount { get; private set; }
    public Link? FromRecommendation { get; private set; }
    /// <summary>The caller leads or assigns this task, which is open and not recurring: they may split it into sub-tasks.</summary>
    public bool MaySplit { get; private set; }
    /// <summary>The extension waiting for a decision, whose proposed deadline the grant form offers.</summary>
    public TaskDetail.Extension? Pending { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostActAsync(int id, List<IFormFile> files)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return NotFound();
        var task = await db.Tasks.VisibleTo(await current.ScopeAsync(), actor).FirstOrDefaultAsync(t => t.Id == id);
        if (task is null) return NotFound();

        var dueOn = DateInput.Optional(Step.DueOn, ModelState, "Step.DueOn", "hạn");
        if (ModelState["Step.DueOn"]?.Errors.FirstOrDefault() is { } wrongDate) Refusal = wrongDate.ErrorMessage;
        if (Step.Version is null) Refusal = TaskSteps.ConflictMessage;
        var reporting = TaskWorkflow.Table.Parse(Step.Action) == A.ReportProgress;
        // Evidence is checked before anything is written; the report and its files are saved together or not at all.
        var received = reporting && files.Count > 0 ? await Uploads.ReceiveAsync(store, files) : null;
        if (received?.Refusal is { } refused) Refusal = $"{refused} Báo cáo chưa được gửi: vui lòng chọn lại tệp hợp lệ.";
        if (Refusal is not null) return await RefusedAsync(id, received);

        var at = clock.GetUtcNow().UtcDateTime;
        var kept = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var report = await TaskSteps.ApplyAsync(db, actor!, task, new TaskSteps.Request(Step.Action, Step.Comment, Step.Version, Step.Percent, dueOn),
                at, VietnamTime.Today(clock));
            await db.SaveChangesAsync();
            if (received is not null && report is not null)
            {
                Uploads.Attach(db, received, new(actor!.UserId, actor.Name), at, () => new TaskFile { TaskId = id, ReportId = report.Id });
                await db.SaveChangesAsync();
            }
            await tx.CommitAsync();
            kept = true;
        }
        catch (WorkflowRefusal refusal) { Refusal = refusal.Message; }
        catch (Exception e) when (e is TaskSteps.Conflict or DbUpdateConcurrencyException) { Refusal = TaskSteps.ConflictMessage; }
        if (!kept) return await RefusedAsync(id, received);

        TempData["Message"] = $"Đã thực hiện: {TaskWorkflow.Names.GetValueOrDefault(Step.Action!, Step.Action!)}.";
        return Redirect($"/nhiem-vu/{id}");
    }

    private async Task<IActionResult> RefusedAsync(int id, Uploads.Received? received)
    {
        if (received is { Refusal: null })
        {
            await Uploads.DiscardAsync(store, received);
            Refusal += " Tệp đã chọn chưa được lưu: vui lòng chọn lại.";
        }
        ModelState.AddModelError("Step", Refusal!);
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var actor = Actor.Of(current);
        if (!TaskUnits.SeesTasks(actor)) return NotFound();
        Today = VietnamTime.Today(clock);
        var detail = await TaskDetail.LoadAsync(db, await current.ScopeAsync(), actor, id, Today);
        if (detail is null) return NotFound();
        Detail = detail;
        var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == id);
        Actions = task.AllowedActions(actor!, Today);
        MaySplit = task.State == WorkTaskState.Open && !task.IsSeries && task.SeriesId is null && (actor!.Leads(task) || actor!.Assigns(task));
        Pending = detail.Extensions.LastOrDefault(e => e.Decision == ExtensionDecision.Pending);
        if (task.AssignedById is { } leader)
            AssignedByAccount = await db.Users.Where(u => u.Id == leader).Select(u => u.FullName).FirstOrDefaultAsync();
        if (task.RecommendationId is { } recommendation)
            FromRecommendation = await db.Recommendations.Where(r => r.Id == recommendation)
                .Select(r => new Link(r.Id, Recommendation.FormatNumber(r.Id), r.Title)).FirstOrDefaultAsync();
        return Page();
    }
}
