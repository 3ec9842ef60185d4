using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Accounts.Admin;

/// <summary>
/// One user's details, roles and state, changed through UserManager so that the security
/// stamp moves with roles and passwords and every change is audited.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class EditUserModel(CauNoiDb db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập họ và tên."), StringLength(200, ErrorMessage = "Họ và tên dài tối đa 200 ký tự.")]
        public string FullName { get; set; } = "";
        [StringLength(200, ErrorMessage = "Chức vụ dài tối đa 200 ký tự.")]
        public string? JobTitle { get; set; }
        [EmailAddress(ErrorMessage = "Địa chỉ email không hợp lệ."), StringLength(256, ErrorMessage = "Email dài tối đa 256 ký tự.")]
        public string? Email { get; set; }
        [StringLength(30, ErrorMessage = "Số điện thoại dài tối đa 30 ký tự.")]
        public string? PhoneNumber { get; set; }
        [Required(ErrorMessage = "Vui lòng chọn cơ quan, đơn vị.")]
        public string OrganisationCode { get; set; } = "";
        public List<string> Roles { get; set; } = [];
        public bool IsActive { get; set; }
    }

    public InputModel Input { get; private set; } = new();
    public string Id { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public DateTimeOffset? LockedUntil { get; private set; }
    public int FailedSignIns { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : await ShowStoredAsync(user);
    }

    public async Task<IActionResult> OnPostAsync(string id, [Bind(Prefix = "Input")] InputModel input)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        Input = input;
        var roles = input.Roles.Distinct().ToList();
        var org = await RoleOrganisation.CheckAsync(db, input.OrganisationCode, roles, ModelState);
        if (user.Id == users.GetUserId(User) && (!input.IsActive || !roles.Contains(Roles.SystemAdministrator)))
            ModelState.AddModelError("", "Bạn không thể tự ngừng tài khoản của mình hoặc bỏ vai trò quản trị hệ thống của chính mình.");
        if (!ModelState.IsValid || org is null) return await ShowAsync(user);

        var deactivated = user.IsActive && !input.IsActive;
        user.FullName = VietnameseText.Clean(input.FullName);
        user.JobTitle = CreateUserModel.Blank(input.JobTitle);
        user.Email = CreateUserModel.Blank(input.Email);
        user.PhoneNumber = CreateUserModel.Blank(input.PhoneNumber);
        user.OrganisationId = org.Id;
        user.IsActive = input.IsActive;

        await using var tx = await db.Database.BeginTransactionAsync();
        var current = await users.GetRolesAsync(user);
        var result = await users.UpdateAsync(user);
        // A new stamp ends the deactivated user's cookie sessions at their next validation.
        if (result.Succeeded && deactivated) result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded && current.Except(roles).ToList() is { Count: > 0 } removed) result = await users.RemoveFromRolesAsync(user, removed);
        if (result.Succeeded && roles.Except(current).ToList() is { Count: > 0 } added) result = await users.AddToRolesAsync(user, added);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return await ShowAsync(user);
        }
        await tx.CommitAsync();
        TempData["Message"] = $"Đã lưu thông tin người dùng {user.UserName}.";
        return Redirect($"/quan-tri/nguoi-dung/{user.Id}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, string? newPassword)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (string.IsNullOrEmpty(newPassword))
            ModelState.AddModelError("NewPassword", "Vui lòng nhập mật khẩu mới.");
        else
        {
            // The reset also renews the security stamp, so sessions signed in with the old password end.
            var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
            foreach (var e in result.Errors) ModelState.AddModelError("NewPassword", e.Description);
        }
        if (!ModelState.IsValid) return await ShowStoredAsync(user);
        TempData["Message"] = $"Đã đặt lại mật khẩu cho {user.UserName}. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.";
        return Redirect($"/quan-tri/nguoi-dung/{user.Id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return await ShowStoredAsync(user);
        }
        await tx.CommitAsync();
        TempData["Message"] = $"Đã mở khóa tài khoản {user.UserName}.";
        return Redirect($"/quan-tri/nguoi-dung/{user.Id}");
    }

    /// <summary>The page with the form showing what is stored, for the forms that do not edit the details.</summary>
    private async Task<IActionResult> ShowStoredAsync(AppUser user)
    {
        Input = new InputModel
        {
            FullName = user.FullName, JobTitle = user.JobTitle, Email = user.Email, PhoneNumber = user.PhoneNumber,
            OrganisationCode = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Code).SingleAsync(),
            Roles = [.. await users.GetRolesAsync(user)], IsActive = user.IsActive,
        };
        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(AppUser user)
    {
        Id = user.Id;
        UserName = user.UserName!;
        OrganisationName = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleAsync();
        LockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        FailedSignIns = user.AccessFailedCount;
        return Page();
    }
}
