using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Meetings;

/// <summary>
/// One conference or mission with the whole chain it produced (<see cref="MeetingDetail"/>). The Ministry's officers
/// record recommendations raised there, attach its documents, write a mission's findings and turn each into a
/// recommendation (here) or a task (on the assign page, which links it back).
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class MeetingPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    public sealed record Option(int Id, string Name);

    /// <summary>A recommendation raised at the meeting, as typed.</summary>
    public sealed class RaiseModel
    {
        public string? ProvinceCode { get; set; }
        public int? FieldId { get; set; }
        public string? Title { get; set; }
        public string? Content { get; set; }
    }

    [BindProperty] public RaiseModel Raise { get; set; } = new();
    [BindProperty] public MeetingOutcomes.FindingInput? Finding { get; set; }
    [BindProperty] public string? Report { get; set; }

    public MeetingDetail Meeting { get; private set; } = null!;
    public bool MayOrganise { get; private set; }
    public IReadOnlyList<Option> Fields { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostRaiseAsync(int id)
    {
        var (actor, meeting) = await OpenAsync(id);
        if (meeting is null) return NotFound();
        var input = new Intake.Input(Raise.Title, Raise.Content, Raise.FieldId, null, null, null, null, Raise.ProvinceCode, null, null, null, null, null, null);
        var (recommendation, errors) = await MeetingOutcomes.RaiseAsync(db, actor, meeting, input, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
        if (recommendation is null) return await RefusedAsync(id, errors, "Raise");
        TempData["Message"] = $"Đã ghi nhận kiến nghị {recommendation.Number} tại hội nghị và chuyển đơn vị xử lý.";
        return Redirect($"/hoi-nghi/{id}#kien-nghi");
    }

    public async Task<IActionResult> OnPostFindingAsync(int id)
    {
        var (actor, meeting) = await OpenAsync(id);
        if (meeting is null) return NotFound();
        var (finding, errors) = MeetingOutcomes.CheckFinding(actor, meeting, Finding ?? new(null, null), clock.GetUtcNow().UtcDateTime);
        if (finding is null) return await RefusedAsync(id, errors, "Finding");
        db.MeetingFindings.Add(finding);
        await db.SaveChangesAsync();
        TempData["Message"] = "Đã ghi phát hiện của đoàn.";
        return Redirect($"/hoi-nghi/{id}#phat-hien");
    }

    public async Task<IActionResult> OnPostReportAsync(int id)
    {
        var (actor, meeting) = await OpenAsync(id);
        if (meeting is null) return NotFound();
        var errors = MeetingOutcomes.WriteReport(actor, meeting, new(Report), clock.GetUtcNow().UtcDateTime);
        if (errors.Count > 0) return await RefusedAsync(id, errors, "Report");
        await db.SaveChangesAsync();
        TempData["Message"] = "Đã ghi báo cáo kết quả làm việc của đoàn.";
        return Redirect($"/hoi-nghi/{id}#phat-hien");
    }

    public async Task<IActionResult> OnPostFindingRecommendationAsync(int id, int findingId, int? fieldId)
    {
        var (actor, meeting) = await OpenAsync(id);
        if (meeting?.Findings.FirstOrDefault(f => f.Id == findingId) is not { } finding) return NotFound();
        var (recommendation, errors) = await MeetingOutcomes.RecommendationFromAsync(db, actor, meeting, finding, new(fieldId),
            clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
        if (recommendation is null) return await RefusedAsync(id, errors, $"Finding{findingId}");
        TempData["Message"] = $"Đã chuyển phát hiện thành kiến nghị {recommendation.Number}.";
        return Redirect($"/hoi-nghi/{id}#phat-hien");
    }

    public async Task<IActionResult> OnPostIssueReplyAsync(int id)
    {
        if (await ShowAsync(id) is not PageResult) return NotFound();
        var actor = Actor.Of(current)!;
        if (!actor.Acts || !MayOrganise) return Forbid();
        var issue = await MeetingReply.IssueAsync(db, actor, Meeting, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), HttpContext.RequestAborted);
        TempData["Message"] = $"Đã ban hành văn bản trả lời ({issue.Answered} kiến nghị đã trả lời, {issue.Pending} đang xử lý) và thông báo các Sở Công Thương tham dự.";
        return Redirect($"/hoi-nghi/{id}#kien-nghi");
    }

    public async Task<IActionResult> OnPostFileAsync(int id, List<IFormFile> files)
    {
        var (actor, meeting) = await OpenAsync(id);
        if (meeting is null) return NotFound();
        if (!MeetingScope.MayOrganise(actor)) return Forbid();
        var outcome = await Uploads.SaveAsync(db, store, files, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new MeetingFile { MeetingId = id });
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("files", refusal);
            return await ShowAsync(id);
        }
        TempData["Message"] = $"Đã đính kèm {outcome.Saved.Count} tài liệu.";
        return Redirect($"/hoi-nghi/{id}");
    }

    /// <summary>The page again with the step's errors, each under its field (the form's prefix before the field's name).</summary>
    private async Task<IActionResult> RefusedAsync(int id, Shared.Validation.FieldErrors errors, string form)
    {
        db.ChangeTracker.Clear();
        foreach (var (field, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError(field.Length == 0 ? form : $"{form}.{field}", message);
        return await ShowAsync(id);
    }

    /// <summary>The caller and the meeting (tracked, with its provinces and findings) when the caller sees it.</summary>
    private async Task<(Actor Actor, Meeting? Meeting)> OpenAsync(int id)
    {
        if (Actor.Of(current) is not { } actor) return (null!, null);
        var meeting = await db.Meetings.VisibleTo(await current.ScopeAsync(), actor)
            .Include(m => m.Provinces).Include(m => m.Findings).FirstOrDefaultAsync(m => m.Id == id);
        return (actor, meeting);
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var actor = Actor.Of(current);
        if (await MeetingDetail.LoadAsync(db, await current.ScopeAsync(), actor, id, VietnamTime.Today(clock)) is not { } meeting) return NotFound();
        Meeting = meeting;
        MayOrganise = actor is not null && MeetingScope.MayOrganise(actor);
        if (MayOrganise)
            Fields = await db.FieldsOfWork.Where(f => f.IsActive).OrderBy(f => f.SortOrder).Select(f => new Option(f.Id, f.Name)).ToListAsync();
        return Page();
    }
}
