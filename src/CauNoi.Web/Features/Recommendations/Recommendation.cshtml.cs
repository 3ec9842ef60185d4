using System.Globalization;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Files;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using A = CauNoi.Web.Features.Recommendations.RecommendationAction;

namespace CauNoi.Web.Features.Recommendations;

/// <summary>
/// One recommendation: what was raised, where it stands, its history and thread, and the
/// steps the caller may take now, each a small form run through <see cref="Transitions"/>.
/// </summary>
[RequestSizeLimit(AttachmentStore.MaxFiles * AttachmentStore.DefaultMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.DefaultMaxBytes)]
public class RecommendationPage(CauNoiDb db, CurrentUser current, TimeProvider clock, AttachmentStore store) : PageModel
{
    /// <summary>One workflow step as the action forms post it.</summary>
    public sealed class StepInput
    {
        public string? Action { get; set; }
        /// <summary>The version the page was rendered from: a step on an older one is refused.</summary>
        public int? Version { get; set; }
        public string? Comment { get; set; }
        public int? TargetUnitId { get; set; }
        public string? CompetentBody { get; set; }
        public string? Answer { get; set; }
        /// <summary>The original's number (KN000123) or id.</summary>
        public string? DuplicateOf { get; set; }
        public bool? Satisfied { get; set; }
        public string? SignerName { get; set; }
        public string? SignerTitle { get; set; }
        public string? LetterNumber { get; set; }
        public DateOnly? LetterDate { get; set; }
        /// <summary>The box ticked to confirm that what is shown is the Ministry's official answer, to be sent (or approved).</summary>
        public bool? Confirmed { get; set; }
    }

    public sealed record Unit(int Id, string Name);

    [BindProperty] public StepInput Step { get; set; } = new();
    [BindProperty] public string? MessageText { get; set; }

    public RecommendationDetail Detail { get; private set; } = null!;
    public IReadOnlyList<A> Actions { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public DateOnly Today { get; private set; }
    /// <summary>Why the step just posted was not taken; nothing was saved.</summary>
    public string? Refusal { get; private set; }
    /// <summary>The caller's unit, in whose name an answer goes, and whether its leader approves it first.</summary>
    public string AnsweringUnit { get; private set; } = "";
    public bool AnswerNeedsApproval { get; private set; }
    /// <summary>The tasks this recommendation gave rise to, and whether the caller may assign one from it (its handlers).</summary>
    public IReadOnlyList<Tasks.RecommendationTasks.Line> Tasks { get; private set; } = [];
    public bool MayAssignTask { get; private set; }

    private static readonly string AnswerWire = RecommendationWorkflow.Table[A.Answer].Wire;

    public const string ConfirmFirst = "Hãy đánh dấu ô xác nhận trước khi gửi: câu trả lời là văn bản trả lời chính thức của Bộ.";

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostActAsync(int id)
    {
        var (r, actor) = await LoadAsync(id);
        if (r is null || actor is null) return NotFound();
        var action = RecommendationWorkflow.Table.Parse(Step.Action);
        int? duplicateOf = null;
        if (action == A.Merge && !string.IsNullOrWhiteSpace(Step.DuplicateOf))
        {
            var text = Step.DuplicateOf.Trim();
            if (text.StartsWith("KN", StringComparison.OrdinalIgnoreCase)) text = text[2..];
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var original)) duplicateOf = original;
            else Refusal = "Nhập số kiến nghị gốc, ví dụ KN000123.";
        }
        if (Step.Version is null) Refusal = Transitions.ConflictMessage;
        if (action is A.Answer or A.ApproveAnswer && Step.Confirmed != true) Refusal = ConfirmFirst;
        if (Refusal is not null) return await ShowAsync(id);

        var request = new Transitions.Request(Step.Action, Step.Comment, Step.Version, Step.TargetUnitId, Step.CompetentBody,
            Step.Answer, duplicateOf, Step.Satisfied, Step.SignerName, Step.SignerTitle, Step.LetterNumber, Step.LetterDate);
        try
        {
            await Transitions.ApplyAsync(db, actor, await current.ScopeAsync(), r, request, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));
            await db.SaveChangesAsync();
            Telemetry.Transitioned(request.Action!);
        }
        catch (WorkflowRefusal refusal) { Refusal = refusal.Message; }
        catch (Exception e) when (e is Transitions.Conflict or DbUpdateConcurrencyException) { Refusal = Transitions.ConflictMessage; }
        if (Refusal is not null)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id);
        }
        TempData["Message"] = $"Đã thực hiện: {RecommendationWorkflow.Names.GetValueOrDefault(Step.Action!, Step.Action!)}.";
        return Redirect($"/kien-nghi/{id}");
    }

    /// <summary>
    /// The answer with its official letter and, if chosen, the signed PDF: the file is stored as one of the record's
    /// attachments and the answer names it, both in one transaction, so a refused answer leaves no file behind.
    /// </summary>
    public async Task<IActionResult> OnPostAnswerAsync(int id, IFormFile? letterFile)
    {
        var (r, actor) = await LoadAsync(id);
        if (r is null || actor is null) return NotFound();
        Step.Action = AnswerWire;
        if (Step.Version is null) Refusal = Transitions.ConflictMessage;
        else if (ModelState.GetFieldValidationState("Step.LetterDate") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            Refusal = "Ngày văn bản không hợp lệ; chọn ngày theo dạng ngày/tháng/năm.";
        else if (Step.Confirmed != true) Refusal = ConfirmFirst;
        if (Refusal is not null) return await ShowAsync(id);

        var at = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<RecommendationAttachment> stored = [];
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            if (letterFile is { Length: > 0 })
            {
                var upload = await Uploads.SaveAsync(db, store, [letterFile], new(actor.UserId, actor.Name), at, () => new RecommendationAttachment { RecommendationId = id });
                if (upload.Refusal is { } refusal) throw new WorkflowRefusal(refusal);
                stored = upload.Saved;
            }
            var request = new Transitions.Request(AnswerWire, null, Step.Version, Answer: Step.Answer, SignerName: Step.SignerName,
                SignerTitle: Step.SignerTitle, LetterNumber: Step.LetterNumber, LetterDate: Step.LetterDate, LetterFileId: stored.FirstOrDefault()?.Id);
            await Transitions.ApplyAsync(db, actor, await current.ScopeAsync(), r, request, at, VietnamTime.Today(clock));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            stored = [];
            Telemetry.Transitioned(AnswerWire);
        }
        catch (WorkflowRefusal refusal) { Refusal = refusal.Message; }
        catch (Exception e) when (e is Transitions.Conflict or DbUpdateConcurrencyException) { Refusal = Transitions.ConflictMessage; }
        finally
        {
            // Rolled back: the stored rows are gone, so their files go too.
            foreach (var row in stored) await store.Files.DeleteAsync(row.StoredName, CancellationToken.None);
        }
        if (Refusal is not null)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id);
        }
        TempData["Message"] = r.Status == RecommendationStatus.AwaitingApproval
            ? "Đã trình lãnh đạo đơn vị duyệt câu trả lời; câu trả lời được gửi đến địa phương khi lãnh đạo duyệt."
            : "Đã gửi câu trả lời đến địa phương.";
        return Redirect($"/kien-nghi/{id}");
    }

    public async Task<IActionResult> OnPostMessageAsync(int id)
    {
        var (r, actor) = await LoadAsync(id);
        if (r is null || actor is null) return NotFound();
        var (message, errors) = await RecommendationThread.PostAsync(db, actor, r, MessageText, clock.GetUtcNow().UtcDateTime);
        if (message is null)
        {
            foreach (var text in errors.Values.SelectMany(m => m)) ModelState.AddModelError(nameof(MessageText), text);
            return await ShowAsync(id);
        }
        TempData["Message"] = "Đã gửi trao đổi.";
        return Redirect($"/kien-nghi/{id}#trao-doi");
    }

    public async Task<IActionResult> OnPostAttachmentAsync(int id, List<IFormFile> files)
    {
        var (r, actor) = await LoadAsync(id);
        if (r is null || actor is null) return NotFound();
        var outcome = await Uploads.SaveAsync(db, store, files, new(actor.UserId, actor.Name), clock.GetUtcNow().UtcDateTime, () => new RecommendationAttachment { RecommendationId = id });
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("files", refusal);
            return await ShowAsync(id);
        }
        TempData["Message"] = $"Đã đính kèm {outcome.Saved.Count} tệp.";
        return Redirect($"/kien-nghi/{id}#tep-dinh-kem");
    }

    private async Task<(Recommendation? Recommendation, Actor? Actor)> LoadAsync(int id)
    {
        var r = await db.Recommendations.VisibleTo(await current.ScopeAsync()).FirstOrDefaultAsync(x => x.Id == id);
        return (r, r is null ? null : Actor.Of(current));
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        Today = VietnamTime.Today(clock);
        var detail = await RecommendationDetail.LoadAsync(db, await current.ScopeAsync(), id, Today);
        if (detail is null) return NotFound();
        Detail = detail;
        var actor = Actor.Of(current);
        var r = await db.Recommendations.AsNoTracking().FirstAsync(x => x.Id == id);
        Actions = actor is null ? [] : r.AllowedActions(actor, Today, await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays));
        Tasks = await Features.Tasks.RecommendationTasks.LoadAsync(db, id, await current.ScopeAsync(), actor, Today);
        MayAssignTask = actor is not null && actor.Handles(r);
        if (actor is not null && Actions.Contains(A.Answer))
        {
            AnsweringUnit = actor.OrganisationName;
            AnswerNeedsApproval = actor.UnitAnswersNeedApproval && !actor.ApprovesFor(actor.OrganisationId);
            // A draft returned by the leader comes back into the form, to be corrected rather than typed again.
            if (Step.Action != AnswerWire && Detail.OfficialAnswer is { IsDraft: true } draft)
                Step = new StepInput
                {
                    Action = AnswerWire, Answer = draft.Text, SignerName = draft.SignerName, SignerTitle = draft.SignerTitle, LetterNumber = draft.LetterNumber,
                    LetterDate = draft.LetterDate,
                };
        }
        if (Actions.Contains(A.Transfer))
            Units = (await db.Organisations.Where(o => o.Kind == OrganisationKind.MinistryUnit && o.IsActive && o.Id != r.RoutedUnitId)
                    .Select(o => new Unit(o.Id, o.Name)).ToListAsync())
                .OrderBy(u => u.Name, VietnameseText.Order).ToList();
        return Page();
    }
}
