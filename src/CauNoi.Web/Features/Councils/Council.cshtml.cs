using CauNoi.Web.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Councils;

/// <summary>
/// One council (<see cref="CouncilDetail"/>) and its forms: for a keeper, members, criteria and closing; for a member, the
/// conflicts they declare (their sheets are on the score page). Each form goes through the API's own rules.
/// </summary>
public class CouncilPage(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty] public CouncilForms.MemberModel Member { get; set; } = new();
    [BindProperty] public CouncilForms.CriteriaModel Criteria { get; set; } = new();
    [BindProperty] public CouncilForms.ConflictModel Conflict { get; set; } = new();
    [BindProperty] public bool Confirm { get; set; }

    public CouncilDetail Council { get; private set; } = null!;
    /// <summary>The form posted and refused, shown open with its errors: "member", "criteria", "conflict", "close".</summary>
    public string? Refused { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public Task<IActionResult> OnPostMemberAsync(int id) =>
        ChangeAsync(id, "member", "Member", async (actor, council, at) => await CouncilWork.AddMemberAsync(db, actor, council, CouncilForms.Member(Member), at), "Đã thêm thành viên hội đồng.", "#thanh-vien");

    public Task<IActionResult> OnPostRemoveMemberAsync(int id, int memberId) =>
        ChangeAsync(id, "member", "Member", (actor, council, at) => Task.FromResult(CouncilWork.RemoveMember(db, actor, council, memberId, at)), "Đã rút thành viên khỏi hội đồng.", "#thanh-vien");

    public Task<IActionResult> OnPostCriteriaAsync(int id) =>
        ChangeAsync(id, "criteria", "Criteria", (actor, council, at) => Task.FromResult<FieldErrors?>(CouncilWork.EditCriteria(db, actor, council, CouncilForms.Criteria(Criteria, ModelState), at)),
            "Đã cập nhật tiêu chí và quy tắc chấm điểm.", "#tieu-chi");

    public Task<IActionResult> OnPostConflictAsync(int id) =>
        ChangeAsync(id, "conflict", "Conflict", (actor, council, at) => Task.FromResult<FieldErrors?>(CouncilWork.DeclareConflict(actor, council, new(Conflict.EntryId, Conflict.Reason), at)),
            "Đã ghi nhận khai báo xung đột lợi ích.", "#xung-dot");

    public Task<IActionResult> OnPostCloseAsync(int id) =>
        ChangeAsync(id, "close", "Close", (actor, council, at) =>
        {
            CouncilWork.Close(actor, council, new CloseInput(Confirm), at);
            return Task.FromResult<FieldErrors?>([]);
        }, "Hội đồng đã kết thúc; kết quả đã được chốt.", "#ket-qua");

    /// <summary>
    /// A change to a council the caller sees (404 otherwise), through the same rules as the API; refused, the page again with
    /// the errors under the form's fields (<paramref name="prefix"/>).
    /// </summary>
    private async Task<IActionResult> ChangeAsync(int id, string form, string prefix, Func<Actor, Council, DateTime, Task<FieldErrors?>> change, string done, string anchor)
    {
        var actor = Actor.Of(current);
        var council = await CouncilQueries.OpenAsync(db, await current.ScopeAsync(), actor, id);
        if (council is null || actor is null) return NotFound();
        try
        {
            var errors = await change(actor, council, clock.GetUtcNow().UtcDateTime);
            if (errors is null) return NotFound();
            errors.CopyTo(ModelState, prefix, general: prefix);
            if (ModelState.IsValid)
            {
                await db.SaveChangesAsync();
                TempData["Message"] = done;
                return Redirect($"/hoi-dong/{id}{anchor}");
            }
        }
        catch (WorkflowRefusal refusal) { ModelState.AddModelError(prefix, refusal.Message); }
        catch (CouncilWork.Conflict) { ModelState.AddModelError(prefix, CouncilWork.ConflictMessage); }
        catch (DbUpdateException e) when (ConcurrentWrite.Lost(e)) { ModelState.AddModelError(prefix, CouncilWork.ConflictMessage); }
        Refused = form;
        db.ChangeTracker.Clear();
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        if (await CouncilDetail.LoadAsync(db, await current.ScopeAsync(), Actor.Of(current), id) is not { } council) return NotFound();
        Council = council;
        if (Refused != "criteria")
            Criteria = new CouncilForms.CriteriaModel
            {
                Criteria = [.. council.Criteria.Select(c => new CouncilForms.CriterionModel
                    { Id = c.Id, Group = c.Group, Name = c.Name, MaxPoints = CouncilForms.Points(c.MaxPoints), Weight = CouncilForms.Points(c.Weight) }),
                    new CouncilForms.CriterionModel(), new CouncilForms.CriterionModel()],
                PassMark = CouncilForms.Points(council.PassMark), TieBreak = council.TieBreak, ScoringDeadline = council.ScoringDeadline, Version = council.Version,
            };
        return Page();
    }
}
