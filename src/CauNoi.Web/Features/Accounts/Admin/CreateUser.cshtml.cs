using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Accounts.Admin;

[Authorize(Roles = Roles.SystemAdministrator)]
public class CreateUserModel(CauNoiDb db, UserManager<AppUser> users) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập."), StringLength(64, ErrorMessage = "Tên đăng nhập dài tối đa 64 ký tự.")]
        public string UserName { get; set; } = "";
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
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu ban đầu."), DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var roles = Input.Roles.Distinct().ToList();
        var org = await RoleOrganisation.CheckAsync(db, Input.OrganisationCode, roles, ModelState);
        if (!ModelState.IsValid || org is null) return Page();

        var user = new AppUser
        {
            UserName = Input.UserName.Trim(), FullName = VietnameseText.Clean(Input.FullName), JobTitle = Blank(Input.JobTitle),
            Email = Blank(Input.Email), PhoneNumber = Blank(Input.PhoneNumber), OrganisationId = org.Id,
        };
        // The account and its roles are stored together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded) result = await users.AddToRolesAsync(user, roles);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(FieldOf(e), e.Description);
            return Page();
        }
        await tx.CommitAsync();
        TempData["Message"] = $"Đã tạo người dùng {user.UserName}.";
        return Redirect($"/quan-tri/nguoi-dung/{user.Id}");
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);

    private static string FieldOf(IdentityError e) =>
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password"
        : e.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName"
        : "";
}
