using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Recommendations.Groups;

/// <summary>
/// A group of recommendations answered once: its members the caller can see, the group's answer,
/// and for the unit handling them one answer form for every open member (<see cref="RecommendationGroups"/>).
/// Groups are made from the similar list on a recommendation's page, which posts to <see cref="OnPostCreateAsync"/>;
/// /kien-nghi/nhom without an id lists the groups the caller can see.
/// </summary>
public class GroupPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? LetterNumber { get; set; }
    [BindProperty] public DateOnly? LetterDate { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    public DateOnly Today => VietnamTime.Today(clock);

    public RecommendationGroupsApi.GroupDetail Group { get; private set; } = null!;
    /// <summary>The caller handles every open member, so one answer reaches all of them.</summary>
    public bool CanAnswer { get; private set; }
    /// <summary>Why the group was not made or not answered; nothing was saved.</summary>
    public string? Refusal { get; private set; }
    /// <summary>The recommendation the refused group was to be made from.</summary>
    public int? From { get; private set; }

    /// <summary>Without an id: the groups the caller sees a member of, newest first (<see cref="GroupList"/>).</summary>
    public Page<GroupList.Row>? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, [FromQuery] int? page)
    {
        if (id is { } groupId) return await ShowAsync(groupId);
        var ct = HttpContext.RequestAborted;
        List = await GroupList.ReadAsync(db, await current.ScopeAsync(ct), page, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? title, int[]? ids, int? from)
    {
        var ct = HttpContext.RequestAborted;
        var outcome = await RecommendationGroups.CreateAsync(
            db, Actor.Of(current), await current.ScopeAsync(ct), title, ids, clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã lập nhóm trả lời chung gồm {Display.Number(ids!.Distinct().Count())} kiến nghị.";
            return Redirect($"/kien-nghi/nhom/{outcome.GroupId}");
        }
        Refusal = outcome.Message;
        From = from;
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(int? id)
    {
        if (id is not { } groupId) return NotFound();
        var ct = HttpContext.RequestAborted;
        if (!Confirmed)
        {
            Refusal = RecommendationPage.ConfirmFirst;
            return await ShowAsync(groupId);
        }
        var outcome = await RecommendationGroups.AnswerAsync(db, Actor.Of(current), await current.ScopeAsync(ct), groupId,
            new(Answer, SignerName, SignerTitle, LetterNumber, LetterDate), clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock), ct);
        if (outcome.Failure == RecommendationGroups.Failure.NotFound) return NotFound();
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Message;
            return await ShowAsync(groupId);
        }
        TempData["Message"] = "Đã trả lời chung: mọi kiến nghị chưa trả lời trong nhóm đã nhận câu trả lời, địa phương được thông báo.";
        return Redirect($"/kien-nghi/nhom/{groupId}");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (await RecommendationGroups.LoadAsync(db, await current.ScopeAsync(ct), id, VietnamTime.Today(clock), ct) is not { } group) return NotFound();
        Group = group;
        var actor = Actor.Of(current);
        var open = await db.Recommendations.AsNoTracking().Where(r => r.GroupId == id && Recommendation.OpenStatuses.Contains(r.Status)).ToListAsync(ct);
        CanAnswer = actor is not null && open.Count > 0 && open.All(actor.Handles);
        return Page();
    }
}
