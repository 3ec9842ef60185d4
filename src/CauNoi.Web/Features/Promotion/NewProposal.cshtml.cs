using CauNoi.Web.Features.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Promotion;

/// <summary>
/// Registers a proposal into a plan, with its dossier: the same rules as the API (<see cref="PromotionIntake"/>); the files
/// are checked by content before anything is written, and kept only when the proposal is.
/// </summary>
public class NewProposalPage(CauNoiDb db, CurrentUser current, AttachmentStore store, TimeProvider clock) : PageModel
{
    public const int OutputRows = 4;

    [BindProperty] public PromotionForms.ProposalModel Input { get; set; } = new();

    public IReadOnlyList<PromotionQueries.PlanItem> Plans { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];
    public PromotionActor Caller { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? plan)
    {
        if (!await LoadAsync()) return Forbid();
        Input.PlanId = plan ?? Plans.FirstOrDefault()?.Id;
        Input.ProposerKind = ProposerKind.PromotionCentre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Forbid();
        var at = clock.GetUtcNow().UtcDateTime;
        Uploads.Received? received = null;
        try
        {
            var (proposal, plan, errors) = await PromotionIntake.ProposalAsync(db, await current.ScopeAsync(), Caller, PromotionForms.Proposal(Input, ModelState, "Input"), at);
            errors.CopyTo(ModelState, "Input", general: "Input");
            var files = Request.Form.Files;
            if (proposal is not null && ModelState.IsValid && files.Count > 0)
            {
                received = await Uploads.ReceiveAsync(store, files);
                if (received.Refusal is { } refusal) { ModelState.AddModelError("Files", refusal); received = null; }
            }
            if (proposal is not null && ModelState.IsValid)
            {
                if (received is not null) proposal.Files.AddRange(Uploads.Attach(db, received, new(Caller.Actor.UserId, Caller.Actor.Name), at, () => new ProposalFile()));
                await PromotionIntake.SaveNewAsync(db, proposal, plan!, default);
                received = null;
                TempData["Message"] = IsLate(proposal) ? $"Đã đăng ký đề án {proposal.Code} ({PromotionIntake.LateLabel.ToLower(VietnameseText.Culture)}: sau hạn đăng ký của kế hoạch)." : $"Đã đăng ký đề án {proposal.Code}.";
                return Redirect($"/khuyen-cong/de-an/{proposal.Id}");
            }
        }
        catch (WorkflowRefusal refusal) { if (refusal.Forbidden) return Forbid(); ModelState.AddModelError("Input", refusal.Message); }
        finally { if (received is not null) await Uploads.DiscardAsync(store, received); }
        db.ChangeTracker.Clear();
        return Page();
    }

    private static bool IsLate(PromotionProposal p) => p.Events.Any(e => e.Note?.StartsWith(PromotionIntake.LateLabel, StringComparison.Ordinal) == true);

    private async Task<bool> LoadAsync()
    {
        if (await PromotionActor.OfAsync(db, current) is not { } caller || !PromotionScope.KeepsAny(caller)) return false;
        Caller = caller;
        Plans = [.. (await PromotionQueries.PlansAsync(db, await current.ScopeAsync(), caller.Actor, null))
            .Where(p => p.Kind == PlanKind.National || PromotionScope.MayRegister(caller, p.ProvinceCode)).Take(40)];
        if (caller.Actor.ProvinceCode is { } province)
            Communes = [.. (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == province).OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync())
                .Select(c => (c.Code, c.Name))];
        while (Input.Outputs.Count < OutputRows) Input.Outputs.Add(new());
        return true;
    }
}
