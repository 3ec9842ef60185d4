using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CauNoi.Web.Features.Accounts;

[EnableRateLimiting(AccountsSetup.SignInRateLimit)]
public class SetupModel(CauNoiDb db, IServiceProvider services) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mã cài đặt.")] public string SetupCode { get; set; } = "";
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập."), StringLength(64)] public string UserName { get; set; } = "";
        [Required(ErrorMessage = "Vui lòng nhập họ và tên."), StringLength(200)] public string FullName { get; set; } = "";
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu."), DataType(DataType.Password)] public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await FirstAdministrator.ExistsAsync(db) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FirstAdministrator.ExistsAsync(db)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (!FirstAdministrator.IsValidSetupCode(services, Input.SetupCode))
        {
            ModelState.AddModelError("Input.SetupCode", "Mã cài đặt không đúng hoặc đã hết hạn.");
            return Page();
        }
        var result = await FirstAdministrator.CreateAsync(services, Input.UserName, Input.FullName, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        TempData["Message"] = "Đã tạo tài khoản quản trị. Hãy đăng nhập.";
        return Redirect("/dang-nhap");
    }
}
