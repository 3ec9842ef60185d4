using System.ComponentModel.DataAnnotations;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Organisations.Admin;

/// <summary>
/// One province's focal leaders over time, and the form that assigns the next one: the new
/// assignment starts on its effective date and the one before it ends the day before.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class ProvinceFocalLeaderModel(CauNoiDb db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng chọn lãnh đạo phụ trách.")]
        public string LeaderId { get; set; } = "";

        /// <summary>dd/MM/yyyy, read with <see cref="DateInput"/>.</summary>
        public string? EffectiveFrom { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập số, ký hiệu quyết định phân công.")]
        [StringLength(100, ErrorMessage = "Số, ký hiệu quyết định không quá 100 ký tự.")]
        public string Decision { get; set; } = "";
    }

    public sealed record Assignment(string FullName, string? Unit, DateOnly From, DateOnly? To, string? Decision);
    public sealed record Leader(string Id, string FullName, string UserName, string? Unit);

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Code { get; private set; } = "";
    public string ProvinceName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<Assignment> History { get; private set; } = [];
    public IReadOnlyList<Leader> Leaders { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string code) => ShowAsync(code);

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var province = await db.Provinces.Where(p => p.Code == code).Select(p => p.Name).FirstOrDefaultAsync();
        if (province is null) return NotFound();

        var from = DateInput.Read(Input.EffectiveFrom, ModelState, "Input.EffectiveFrom", "ngày hiệu lực");
        var leader = await FocalLeaders().Where(u => u.Id == Input.LeaderId).Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync();
        if (!string.IsNullOrEmpty(Input.LeaderId) && leader is null)
            ModelState.AddModelError("Input.LeaderId", "Người được chọn không phải lãnh đạo phụ trách tỉnh đang làm việc.");
        var latest = await db.FocalLeaderAssignments.Include(a => a.Leader)
            .Where(a => a.ProvinceCode == code).OrderByDescending(a => a.EffectiveFrom).FirstOrDefaultAsync();
        if (from is { } day && latest is not null && day <= latest.EffectiveFrom)
            ModelState.AddModelError("Input.EffectiveFrom",
                $"Ngày hiệu lực phải sau ngày {Display.Date(latest.EffectiveFrom)}, ngày {latest.Leader!.FullName} bắt đầu phụ trách theo phân công hiện tại.");
        if (!ModelState.IsValid || from is null || leader is null) return await ShowAsync(code);

        // The handover: the previous assignment ends the day before, in the same save as the new one.
        if (latest is not null && (latest.EffectiveTo is null || latest.EffectiveTo >= from))
            latest.EffectiveTo = from.Value.AddDays(-1);
        db.FocalLeaderAssignments.Add(new FocalLeaderAssignment
        {
            ProvinceCode = code, LeaderId = leader.Id, EffectiveFrom = from.Value, Decision = VietnameseText.Clean(Input.Decision),
        });
        await db.SaveChangesAsync();

        TempData["Message"] = $"Đã phân công {leader.FullName} phụ trách {province} từ ngày {Display.Date(from.Value)}.";
        return Redirect($"/quan-tri/phu-trach-tinh/{code}");
    }

    /// <summary>Active users holding the focal-leader role: the only people a province can be assigned to.</summary>
    private IQueryable<AppUser> FocalLeaders()
    {
        var role = db.Roles.Where(r => r.Name == Roles.FocalLeader).Select(r => r.Id);
        return db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && role.Contains(ur.RoleId)));
    }

    private async Task<IActionResult> ShowAsync(string code)
    {
        var province = await db.Provinces.Where(p => p.Code == code).Select(p => p.Name).FirstOrDefaultAsync();
        if (province is null) return NotFound();
        Code = code;
        ProvinceName = province;
        Today = VietnamTime.Today(clock);
        History = await db.FocalLeaderAssignments.AsNoTracking().Where(a => a.ProvinceCode == code)
            .OrderByDescending(a => a.EffectiveFrom)
            .Select(a => new Assignment(a.Leader!.FullName, a.Leader.Organisation!.ShortName, a.EffectiveFrom, a.EffectiveTo, a.Decision))
            .ToListAsync();
        var leaders = await FocalLeaders().Select(u => new Leader(u.Id, u.FullName, u.UserName!, u.Organisation!.ShortName)).ToListAsync();
        Leaders = [.. leaders.OrderBy(l => l.FullName, VietnameseText.Order)];
        return Page();
    }
}
