using System.Globalization;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static CauNoi.Web.Features.AdminUnits.AdminUnitsApi;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// Assigning a task, by the same rules as the API and the import (<see cref="TaskIntake"/>). The owner is a person of
/// the lead unit, so the form is two steps without script: choose the lead unit ("Chọn cán bộ" reloads the form with
/// that unit's people, keeping what was typed), then the owner.
/// </summary>
public class AssignTaskPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    /// <summary>Text as typed: the page turns it into <see cref="TaskIntake.TaskInput"/> and answers in Vietnamese.</summary>
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public int? LeadOrganisationId { get; set; }
        public string? OwnerId { get; set; }
        public string? AssignedBy { get; set; }
        public string? AssignedById { get; set; }
        /// <summary>dd/MM/yyyy, as the three dates below.</summary>
        public string? AssignedOn { get; set; }
        public string? DueOn { get; set; }
        public string? LastDueOn { get; set; }
        public Recurrence? Recurrence { get; set; }
        public string? ExpectedResult { get; set; }
        public ResultForm? ResultForm { get; set; }
        public TaskPriority? Priority { get; set; }
        public int[] CoordinatingOrganisationIds { get; set; } = [];
        public string[] ProvinceCodes { get; set; } = [];
        public int? DocumentId { get; set; }
        public int? ParentId { get; set; }
        public string? Weight { get; set; }
        public int? RecommendationId { get; set; }
        /// <summary>The mission's finding this task follows up (from the meeting's page): linked to it when assigned.</summary>
        public int? FindingId { get; set; }
    }

    public sealed record Option(string Value, string Name);

    [BindProperty] public InputModel Input { get; set; } = new();

    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<TaskUnits.Unit> LeadUnits { get; private set; } = [];
    public IReadOnlyList<TaskUnits.Unit> Coordinators { get; private set; } = [];
    public IReadOnlyList<Option> Owners { get; private set; } = [];
    public IReadOnlyList<Option> Leaders { get; private set; } = [];
    public IReadOnlyList<Option> Documents { get; private set; } = [];
    public IReadOnlyList<ProvinceItem> Provinces { get; private set; } = [];
    public string? ParentTitle { get; private set; }
    public string? RecommendationTitle { get; private set; }
    public Meetings.MeetingFinding? Finding { get; private set; }
    public string? MeetingTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? parent, int? document, int? recommendation, int? finding)
    {
        if (Refused() is { } refused) return refused;
        Input = new InputModel
        {
            ParentId = parent, DocumentId = document, RecommendationId = recommendation, AssignedOn = Display.Date(VietnamTime.Today(clock)),
            LeadOrganisationId = Actor.IsMinistry || Actor.IsAdministrator ? null : Actor.OrganisationId, FindingId = finding,
        };
        // A mission's finding: its words and its province to start from.
        if (finding is not null && await FindingAsync() is { } f)
            (Input.Title, Input.ProvinceCodes) = (FindingTasks.Shorten(f.Text, 300), f.ProvinceCode is { } p ? [p] : []);
        return await ShowAsync();
    }

    /// <summary>The lead unit chosen: the form again, with its people to choose the owner from.</summary>
    public async Task<IActionResult> OnPostLeadAsync()
    {
        if (Refused() is { } refused) return refused;
        ModelState.Clear();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Refused() is { } refused) return refused;
        var today = VietnamTime.Today(clock);
        var assignedOn = DateInput.Optional(Input.AssignedOn, ModelState, "Input.AssignedOn", "ngày giao");
        var dueOn = DateInput.Optional(Input.DueOn, ModelState, "Input.DueOn", "hạn hoàn thành");
        var lastDueOn = DateInput.Optional(Input.LastDueOn, ModelState, "Input.LastDueOn", "hạn kỳ cuối");
        decimal? weight = null;
        if (!string.IsNullOrWhiteSpace(Input.Weight))
        {
            if (decimal.TryParse(Input.Weight.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var w)) weight = w;
            else ModelState.AddModelError("Input.Weight", "Trọng số phải là một số, ví dụ 1 hoặc 2,5.");
        }
        var input = new TaskIntake.TaskInput(
            Input.Title, Input.LeadOrganisationId, Input.OwnerId, Input.AssignedBy, dueOn, Input.Description, Input.DocumentId, Input.ParentId,
            weight, Input.CoordinatingOrganisationIds, string.IsNullOrWhiteSpace(Input.AssignedById) ? null : Input.AssignedById, assignedOn,
            Input.Recurrence, lastDueOn, Input.ExpectedResult, Input.ResultForm, Input.Priority, Input.ProvinceCodes, Input.RecommendationId);
        var (task, errors) = await TaskIntake.CheckTaskAsync(db, Actor, await current.ScopeAsync(), input, today, await WorkingCalendar.LoadAsync(db));
        errors.CopyTo(ModelState, "Input");
        if (task is null || !ModelState.IsValid) return await ShowAsync();

        var saved = await SaveAsync(task);
        TempData["Message"] = saved.IsSeries
            ? $"Đã giao nhiệm vụ định kỳ {saved.Number} ({task.Occurrences.Count} kỳ)."
            : $"Đã giao nhiệm vụ {saved.Number}. Hạn: {Display.Date(saved.DueOn)}.";
        return Redirect($"/nhiem-vu/{saved.Id}");
    }

    /// <summary>Saves the task, and links it to the finding it follows up in the same transaction.</summary>
    private async Task<WorkTask> SaveAsync(TaskIntake.Checked task)
    {
        var finding = Input.FindingId is null ? null : await FindingAsync(tracked: true);
        if (finding is null) return await TaskIntake.SaveAsync(db, Actor, task, clock.GetUtcNow().UtcDateTime);
        return await FindingTasks.SaveLinkedAsync(db, Actor, task, saved => finding.TaskId = saved.Id, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The finding named by the form, if its meeting is one the caller organises and it has no task yet.</summary>
    private async Task<Meetings.MeetingFinding?> FindingAsync(bool tracked = false)
    {
        if (Input.FindingId is not { } id || !Meetings.MeetingScope.MayOrganise(Actor)) return null;
        var meetings = Meetings.MeetingScope.VisibleTo(db.Meetings, await current.ScopeAsync(), Actor);
        var findings = tracked ? db.MeetingFindings : db.MeetingFindings.AsNoTracking();
        return await findings.FirstOrDefaultAsync(f => f.Id == id && f.TaskId == null && meetings.Any(m => m.Id == f.MeetingId));
    }

    private IActionResult? Refused()
    {
        var actor = Actor.Of(current);
        if (actor is null || !TaskIntake.MayAssign(actor)) return Forbid();
        Actor = actor;
        return null;
    }

    private async Task<PageResult> ShowAsync()
    {
        var scope = await current.ScopeAsync();
        var everyUnit = await TaskUnits.LeadingAsync(db);
        LeadUnits = Actor.IsMinistry || Actor.IsAdministrator ? everyUnit : [.. everyUnit.Where(u => u.Id == Actor.OrganisationId)];
        Coordinators = everyUnit;
        if (Input.LeadOrganisationId is { } lead)
            Owners = (await db.Users.Where(u => u.IsActive && u.OrganisationId == lead).Select(u => new { u.Id, u.FullName, u.JobTitle }).ToListAsync())
                .OrderBy(u => u.FullName, VietnameseText.Order).Select(u => new Option(u.Id, u.JobTitle is null ? u.FullName : $"{u.FullName} – {u.JobTitle}")).ToList();
        var leading = db.Roles.Where(r => r.Name == Roles.MinistryLeader || r.Name == Roles.UnitHead).Select(r => r.Id);
        Leaders = (await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && leading.Contains(ur.RoleId)))
                .Select(u => new { u.Id, u.FullName, u.JobTitle }).ToListAsync())
            .OrderBy(u => u.FullName, VietnameseText.Order).Select(u => new Option(u.Id, u.JobTitle is null ? u.FullName : $"{u.FullName} – {u.JobTitle}")).ToList();
        Documents = (await db.Documents.VisibleTo(db, scope, Actor).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id).Take(500)
                .Select(d => new { d.Id, d.Number, d.IssuedOn, d.Summary }).ToListAsync())
            .Select(d => new Option(d.Id.ToString(CultureInfo.InvariantCulture), $"{d.Number} ngày {Display.Date(d.IssuedOn)} – {Shorten(d.Summary)}")).ToList();
        Provinces = await AdminUnitQueries.ProvincesByNameAsync(db);
        if (Input.ParentId is { } parent)
            ParentTitle = await db.Tasks.VisibleTo(scope, Actor).Where(t => t.Id == parent).Select(t => t.Title).FirstOrDefaultAsync();
        if (await FindingAsync() is { } finding)
            (Finding, MeetingTitle) = (finding, await db.Meetings.Where(m => m.Id == finding.MeetingId).Select(m => m.Title).FirstAsync());
        else Input.FindingId = null;
        if (Input.RecommendationId is { } recommendation)
            RecommendationTitle = await db.Recommendations.VisibleTo(scope).Where(r => r.Id == recommendation).Select(r => r.Title).FirstOrDefaultAsync();
        return Page();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
