using System.ComponentModel.DataAnnotations;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Organisations.Admin;

/// <summary>
/// Fields of work in the order users pick them, with a form to add one or edit the one in the
/// route, including its routing rule (the Ministry unit that answers its recommendations) and
/// the working days allowed. A field no longer used is deactivated, since recommendations keep their field.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class FieldsOfWorkModel(CauNoiDb db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mã lĩnh vực.")]
        [StringLength(20, ErrorMessage = "Mã lĩnh vực không quá 20 ký tự.")]
        [RegularExpression(@"^\s*[A-Za-z0-9._-]+\s*$", ErrorMessage = "Mã lĩnh vực chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập tên lĩnh vực.")]
        [StringLength(200, ErrorMessage = "Tên lĩnh vực không quá 200 ký tự.")]
        public string Name { get; set; } = "";

        // Text, not int: a number the binder cannot read would otherwise get its English message.
        [Required(ErrorMessage = "Vui lòng nhập thứ tự hiển thị.")]
        [RegularExpression(@"^\s*\d{1,4}\s*$", ErrorMessage = "Thứ tự hiển thị là số nguyên từ 0 đến 9999.")]
        public string SortOrder { get; set; } = "";

        /// <summary>The routing rule: the Ministry unit that answers this field; empty for the coordinating hub.</summary>
        public string? ResponsibleUnitId { get; set; }

        /// <summary>1–200; empty gives the usual <see cref="FieldOfWork.DefaultDeadline"/> working days.</summary>
        public string? DefaultWorkingDays { get; set; }
    }

    public sealed record Row(int Id, string Code, string Name, int SortOrder, bool IsActive, string? UnitName, int DefaultWorkingDays);
    public sealed record Unit(int Id, string Name);

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The field being edited; null while adding one.</summary>
    public int? EditingId { get; private set; }
    public IReadOnlyList<Row> Fields { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public string HubName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var field = await db.FieldsOfWork.FindAsync(id.Value);
            if (field is null) return NotFound();
            Input = new InputModel
            {
                Code = field.Code, Name = field.Name, SortOrder = field.SortOrder.ToString(),
                ResponsibleUnitId = field.ResponsibleUnitId?.ToString(), DefaultWorkingDays = field.DefaultWorkingDays.ToString(),
            };
        }
        else
        {
            var last = await db.FieldsOfWork.MaxAsync(f => (int?)f.SortOrder) ?? 0;
            Input.SortOrder = (last + 1).ToString();
            Input.DefaultWorkingDays = FieldOfWork.DefaultDeadline.ToString();
        }
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var field = id is null ? null : await db.FieldsOfWork.FindAsync(id.Value);
        if (id is not null && field is null) return NotFound();

        var code = VietnameseText.Clean(Input.Code ?? "").ToUpperInvariant();
        if (ModelState.IsValid && await db.FieldsOfWork.AnyAsync(f => f.Code == code && f.Id != (id ?? 0)))
            ModelState.AddModelError("Input.Code", $"Mã lĩnh vực '{code}' đã tồn tại.");
        var days = FieldOfWork.DefaultDeadline;
        if (!string.IsNullOrWhiteSpace(Input.DefaultWorkingDays)
            && !(int.TryParse(Input.DefaultWorkingDays.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) && days is >= 1 and <= 200))
            ModelState.AddModelError("Input.DefaultWorkingDays", "Số ngày làm việc để trả lời là số nguyên từ 1 đến 200.");
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(Input.ResponsibleUnitId))
        {
            unitId = int.TryParse(Input.ResponsibleUnitId, out var u)
                && await db.Organisations.AnyAsync(o => o.Id == u && o.Kind == OrganisationKind.MinistryUnit && o.IsActive) ? u : null;
            if (unitId is null) ModelState.AddModelError("Input.ResponsibleUnitId", "Đơn vị trả lời phải là một đơn vị thuộc Bộ đang hoạt động.");
        }
        if (!ModelState.IsValid) return await ShowAsync(id);

        field ??= db.FieldsOfWork.Add(new FieldOfWork { Code = code, Name = "" }).Entity;
        field.Code = code;
        field.Name = VietnameseText.Clean(Input.Name);
        field.SortOrder = int.Parse(Input.SortOrder);
        field.ResponsibleUnitId = unitId;
        field.DefaultWorkingDays = days;
        await db.SaveChangesAsync();

        TempData["Message"] = id is null ? $"Đã thêm lĩnh vực {field.Name}." : $"Đã cập nhật lĩnh vực {field.Name}.";
        return Redirect("/quan-tri/linh-vuc");
    }

    /// <summary>Deactivates a field in use, or brings a deactivated one back.</summary>
    public async Task<IActionResult> OnPostToggleAsync(int id)
    {
        var field = await db.FieldsOfWork.FindAsync(id);
        if (field is null) return NotFound();
        field.IsActive = !field.IsActive;
        await db.SaveChangesAsync();
        TempData["Message"] = field.IsActive ? $"Đã dùng lại lĩnh vực {field.Name}." : $"Đã ngừng sử dụng lĩnh vực {field.Name}.";
        return Redirect("/quan-tri/linh-vuc");
    }

    private async Task<PageResult> ShowAsync(int? id)
    {
        EditingId = id;
        Fields = await db.FieldsOfWork.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Code)
            .Select(f => new Row(f.Id, f.Code, f.Name, f.SortOrder, f.IsActive,
                db.Organisations.Where(o => o.Id == f.ResponsibleUnitId).Select(o => o.Name).FirstOrDefault(), f.DefaultWorkingDays))
            .ToListAsync();
        Units = (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.MinistryUnit && o.IsActive)
                .Select(o => new Unit(o.Id, o.Name)).ToListAsync())
            .OrderBy(u => u.Name, VietnameseText.Order).ToList();
        HubName = await db.Organisations.Where(o => o.IsLocalAffairsHub && o.IsActive).Select(o => o.Name).FirstOrDefaultAsync() ?? "đầu mối tiếp nhận";
        return Page();
    }
}
