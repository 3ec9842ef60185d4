using System.Globalization;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Settings;

/// <summary>
/// Who signs the weekly report and who receives it, for each level of issuing body: the Ministry (the national report
/// is Cục Công Thương địa phương's), a Sở Công Thương, a commune's economic office. One text per level, not per body:
/// 34 provinces and 3,321 communes are not set one by one, and the placeholders name each body's superior and province.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class ReportSignOffSettingsModel(CauNoiDb db) : PageModel
{
    public const int MaxLine = 200, MaxRecipients = 15;

    public static readonly IReadOnlyList<(string Slug, IssuerLevel Level, string Name)> Levels =
    [
        ("bo", IssuerLevel.Ministry, "Bộ Công Thương (báo cáo toàn quốc của Cục Công Thương địa phương và báo cáo của các đơn vị thuộc Bộ)"),
        ("tinh", IssuerLevel.Province, "Sở Công Thương các tỉnh, thành phố"),
        ("xa", IssuerLevel.Commune, "Phòng Kinh tế (Phòng Kinh tế, Hạ tầng và Đô thị) các xã, phường, đặc khu"),
    ];

    public sealed class InputModel
    {
        public string? Authority { get; set; }
        public string? Position { get; set; }
        public string? Name { get; set; }
        public string? Recipients { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "cap")] public string? Slug { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public (string Slug, IssuerLevel Level, string Name) Level => Levels.FirstOrDefault(l => l.Slug == Slug) is { Slug: not null } l ? l : Levels[0];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var signOff = await ReportSignOffs.ReadAsync(db, Level.Level, ct);
        Input = new InputModel { Authority = signOff.Authority, Position = signOff.Position, Name = signOff.Name, Recipients = string.Join("\n", signOff.Recipients) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var authority = Line(Input.Authority, nameof(InputModel.Authority), "Dòng thẩm quyền ký", required: false);
        var position = Line(Input.Position, nameof(InputModel.Position), "Chức vụ người ký", required: true);
        var name = Line(Input.Name, nameof(InputModel.Name), "Họ và tên người ký", required: false);
        var recipients = (Input.Recipients ?? "").ReplaceLineEndings("\n").Split('\n')
            .Select(l => VietnameseText.Clean(l)).Where(l => l.Length > 0).ToList();
        if (recipients.Count is 0 or > MaxRecipients)
            ModelState.AddModelError("Input.Recipients", $"Nơi nhận cần từ 1 đến {MaxRecipients} dòng, mỗi nơi nhận một dòng.");
        else if (recipients.FirstOrDefault(l => l.Length > MaxLine || l.Any(char.IsControl)) is { } bad)
            ModelState.AddModelError("Input.Recipients", $"Dòng nơi nhận “{(bad.Length > 40 ? bad[..40] + "…" : bad)}” dài quá {MaxLine} ký tự hoặc có ký tự điều khiển.");
        if (!ModelState.IsValid) return Page();

        await ReportSignOffs.StoreAsync(db, Level.Level, new SignOff(authority!, position!, name!, recipients), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", "Cài đặt vừa được người khác lưu. Vui lòng tải lại trang để xem giá trị mới.");
            return Page();
        }
        TempData["Message"] = $"Đã lưu người ký và nơi nhận báo cáo tuần của {Level.Name}.";
        return Redirect("/quan-tri/cai-dat/bao-cao?cap=" + Level.Slug);
    }

    /// <summary>One line of at most 100 characters, in capitals as Decree 30 writes the signer's title; null with the field's message.</summary>
    private string? Line(string? text, string field, string label, bool required)
    {
        var value = VietnameseText.Clean(text) ?? "";
        if (required && value.Length == 0) ModelState.AddModelError($"Input.{field}", $"Vui lòng nhập {label.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}.");
        else if (value.Length > 100 || value.Any(char.IsControl)) ModelState.AddModelError($"Input.{field}", $"{label} là một dòng, tối đa 100 ký tự.");
        else return field == nameof(InputModel.Name) ? value : value.ToUpper(VietnameseText.Culture);
        return null;
    }
}
