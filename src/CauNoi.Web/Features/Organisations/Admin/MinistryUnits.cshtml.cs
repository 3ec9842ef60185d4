using System.ComponentModel.DataAnnotations;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Organisations.Admin;

/// <summary>
/// The Ministry's units, listed with a form to add one or edit the one in the route. A unit
/// is deactivated, never deleted: its people and records keep pointing to it.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class MinistryUnitsModel(CauNoiDb db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mã đơn vị.")]
        [StringLength(20, ErrorMessage = "Mã đơn vị không quá 20 ký tự.")]
        [RegularExpression(@"^\s*[A-Za-z0-9._-]+\s*$", ErrorMessage = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập tên đơn vị.")]
        [StringLength(200, ErrorMessage = "Tên đơn vị không quá 200 ký tự.")]
        public string Name { get; set; } = "";

        [StringLength(50, ErrorMessage = "Tên viết tắt không quá 50 ký tự.")]
        public string? ShortName { get; set; }

        [StringLength(200, ErrorMessage = "Email không quá 200 ký tự.")]
        [EmailAddress(ErrorMessage = "Địa chỉ email không hợp lệ.")]
        public string? Email { get; set; }

        [StringLength(50, ErrorMessage = "Số điện thoại không quá 50 ký tự.")]
        public string? Phone { get; set; }

        public bool IsLocalAffairsHub { get; set; }
        public bool AnswersNeedApproval { get; set; }
        public bool IsActive { get; set; } = true;
    }

    public sealed record Row(int Id, string Code, string Name, string? ShortName, string? Email, string? Phone, bool IsLocalAffairsHub, bool AnswersNeedApproval, bool IsActive, int Staff);

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The unit being edited; null while adding one.</summary>
    public int? EditingId { get; private set; }
    public IReadOnlyList<Row> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var unit = await FindAsync(id.Value);
            if (unit is null) return NotFound();
            Input = new InputModel
            {
                Code = unit.Code, Name = unit.Name, ShortName = unit.ShortName, Email = unit.Email, Phone = unit.Phone,
                IsLocalAffairsHub = unit.IsLocalAffairsHub, AnswersNeedApproval = unit.AnswersNeedApproval, IsActive = unit.IsActive,
            };
        }
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var unit = id is null ? null : await FindAsync(id.Value);
        if (id is not null && unit is null) return NotFound();

        var code = VietnameseText.Clean(Input.Code ?? "").ToUpperInvariant();
        // Codes are unique across every organisation (SCT-01, XA-00070...), not only the Ministry's.
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.Code == code && o.Id != (id ?? 0)))
            ModelState.AddModelError("Input.Code", $"Mã đơn vị '{code}' đã tồn tại.");
        if (!ModelState.IsValid) return await ShowAsync(id);

        unit ??= db.Organisations.Add(new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = "" }).Entity;
        unit.Code = code;
        unit.Name = VietnameseText.Clean(Input.Name);
        unit.ShortName = Optional(Input.ShortName);
        unit.Email = Optional(Input.Email);
        unit.Phone = Optional(Input.Phone);
        unit.IsLocalAffairsHub = Input.IsLocalAffairsHub;
        unit.AnswersNeedApproval = Input.AnswersNeedApproval;
        unit.IsActive = Input.IsActive;
        await db.SaveChangesAsync();

        TempData["Message"] = id is null ? $"Đã thêm đơn vị {unit.Name}." : $"Đã cập nhật đơn vị {unit.Name}.";
        return Redirect("/quan-tri/don-vi-thuoc-bo");
    }

    private Task<Organisation?> FindAsync(int id) =>
        db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.MinistryUnit);

    private async Task<PageResult> ShowAsync(int? id)
    {
        EditingId = id;
        var units = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.MinistryUnit)
            .Select(o => new Row(o.Id, o.Code, o.Name, o.ShortName, o.Email, o.Phone, o.IsLocalAffairsHub, o.AnswersNeedApproval, o.IsActive,
                db.Users.Count(u => u.OrganisationId == o.Id && u.IsActive)))
            .ToListAsync();
        Units = [.. units.OrderByDescending(u => u.IsActive).ThenBy(u => u.Name, VietnameseText.Order)];
        return Page();
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}
