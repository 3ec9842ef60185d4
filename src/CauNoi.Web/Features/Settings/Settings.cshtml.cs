using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Settings;

/// <summary>
/// The settings administrators change without a release: how long a locality may reopen an
/// answer, and how many working days before a deadline the unit is reminded. Saved through the
/// DbContext, so every change is in the audit trail.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class SettingsModel(CauNoiDb db) : PageModel
{
    // Text, not int: a number the binder cannot read would otherwise get its English message.
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập thời hạn mở lại kiến nghị.")]
        public string? ReopenPeriodDays { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập số ngày làm việc nhắc trước hạn.")]
        public string? ReminderWorkingDaysBefore { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        Input = new InputModel
        {
            ReopenPeriodDays = (await SettingValues.IntAsync(db, SettingValues.ReopenPeriodDays)).ToString(),
            ReminderWorkingDaysBefore = (await SettingValues.IntAsync(db, SettingValues.ReminderWorkingDaysBefore)).ToString(),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var reopen = Read(Input.ReopenPeriodDays, nameof(InputModel.ReopenPeriodDays), 365, "Thời hạn mở lại kiến nghị là số ngày nguyên từ 1 đến 365.");
        var lead = Read(Input.ReminderWorkingDaysBefore, nameof(InputModel.ReminderWorkingDaysBefore), 30, "Số ngày làm việc nhắc trước hạn là số nguyên từ 1 đến 30.");
        if (!ModelState.IsValid || reopen is null || lead is null) return Page();

        await StoreAsync(SettingValues.ReopenPeriodDays, reopen.Value);
        await StoreAsync(SettingValues.ReminderWorkingDaysBefore, lead.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the first value of a setting at the same moment.
            ModelState.AddModelError("", "Cài đặt vừa được người khác lưu. Vui lòng tải lại trang để xem giá trị mới.");
            return Page();
        }
        TempData["Message"] = $"Đã lưu cài đặt: mở lại trong {reopen} ngày sau khi trả lời, nhắc hạn trước {lead} ngày làm việc.";
        return Redirect("/quan-tri/cai-dat");
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or null with the field's message.</summary>
    private int? Read(string? text, string field, int max, string message)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max) return n;
        if (ModelState.GetFieldValidationState($"Input.{field}") != ModelValidationState.Invalid)
            ModelState.AddModelError($"Input.{field}", message);
        return null;
    }

    private async Task StoreAsync(string key, int n)
    {
        var value = n.ToString(CultureInfo.InvariantCulture);
        var setting = await db.Settings.FindAsync(key);
        if (setting is null) db.Settings.Add(new AppSetting { Key = key, Value = value });
        else setting.Value = value;
    }
}
