using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CauNoi.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Calendar;

/// <summary>
/// The days of one year that break the Monday-to-Friday rule, as the Government announces them:
/// holidays on weekdays and make-up working days on weekends. Every deadline counts on them.
/// </summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public class HolidaysModel(CauNoiDb db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        /// <summary>The date of the day being edited (dd/MM/yyyy); empty while adding one.</summary>
        public string? OriginalDate { get; set; }

        /// <summary>dd/MM/yyyy, read with <see cref="DateInput"/>.</summary>
        public string? Date { get; set; }

        public bool IsWorkingDay { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập tên ngày nghỉ hoặc nội dung làm bù.")]
        [StringLength(200, ErrorMessage = "Tên ngày không quá 200 ký tự.")]
        public string Name { get; set; } = "";

        [StringLength(300, ErrorMessage = "Căn cứ không quá 300 ký tự.")]
        public string? Source { get; set; }
    }

    public sealed record Row(DateOnly Date, bool IsWorkingDay, string Name, string? Source);

    [BindProperty] public InputModel Input { get; set; } = new();
    public int Year { get; private set; }
    public bool Editing => !string.IsNullOrEmpty(Input.OriginalDate);
    public IReadOnlyList<Row> Days { get; private set; } = [];

    /// <param name="nam">The year listed.</param>
    /// <param name="ngay">The day to edit, yyyy-MM-dd.</param>
    public async Task<IActionResult> OnGetAsync(string? nam, string? ngay)
    {
        if (DateOnly.TryParseExact(ngay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var day = await db.CalendarDays.FindAsync(date);
            if (day is null) return NotFound();
            Input = new InputModel
            {
                OriginalDate = Display.Date(day.Date), Date = Display.Date(day.Date), IsWorkingDay = day.IsWorkingDay, Name = day.Name, Source = day.Source,
            };
            return await ShowAsync(day.Date.Year);
        }
        return await ShowAsync(int.TryParse(nam, out var year) && year is >= 1900 and <= 2100 ? year : VietnamTime.Today(clock).Year);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CalendarDay? existing = null;
        if (Editing)
        {
            if (!DateInput.TryParse(Input.OriginalDate, out var original)) return NotFound();
            existing = await db.CalendarDays.FindAsync(original);
            if (existing is null) return NotFound();
        }

        var date = DateInput.Read(Input.Date, ModelState, "Input.Date", "ngày");
        if (date is { } d)
        {
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (Input.IsWorkingDay && !weekend)
                ModelState.AddModelError("Input.Date", $"Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày {Display.Date(d)} là {Display.WeekdayName(d)}, vốn đã là ngày làm việc.");
            if (!Input.IsWorkingDay && weekend)
                ModelState.AddModelError("Input.Date", $"Ngày {Display.Date(d)} là {Display.WeekdayName(d)}, đã là ngày nghỉ cuối tuần nên không cần khai báo. "
                    + "Nếu ngày lễ rơi vào cuối tuần, hãy khai báo ngày nghỉ bù (ngày làm việc kế tiếp).");
            var taken = d == existing?.Date ? null : await db.CalendarDays.Where(x => x.Date == d).Select(x => x.Name).FirstOrDefaultAsync();
            if (taken is not null)
                ModelState.AddModelError("Input.Date", $"Ngày {Display.Date(d)} đã có trong lịch ({taken}); hãy sửa ngày đó thay vì thêm mới.");
        }
        if (!ModelState.IsValid || date is null) return await ShowAsync(date?.Year ?? existing?.Date.Year ?? VietnamTime.Today(clock).Year);

        // The date is the key: a day moved to another date is a new row.
        if (existing is not null && existing.Date != date) { db.CalendarDays.Remove(existing); existing = null; }
        var day = existing ?? db.CalendarDays.Add(new CalendarDay { Date = date.Value, Name = "" }).Entity;
        day.IsWorkingDay = Input.IsWorkingDay;
        day.Name = VietnameseText.Clean(Input.Name);
        day.Source = string.IsNullOrWhiteSpace(Input.Source) ? null : VietnameseText.Clean(Input.Source);
        await db.SaveChangesAsync();

        TempData["Message"] = $"Đã lưu {(day.IsWorkingDay ? "ngày làm bù" : "ngày nghỉ")} {Display.WeekdayName(day.Date)}, {Display.Date(day.Date)}.";
        return Redirect($"/quan-tri/ngay-nghi?nam={day.Date.Year}");
    }

    /// <param name="date">dd/MM/yyyy.</param>
    public async Task<IActionResult> OnPostDeleteAsync(string? date)
    {
        if (!DateInput.TryParse(date, out var d)) return NotFound();
        var day = await db.CalendarDays.FindAsync(d);
        if (day is null) return NotFound();
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Đã xóa ngày {Display.Date(d)} khỏi lịch; ngày đó trở lại theo quy tắc thứ Hai đến thứ Sáu.";
        return Redirect($"/quan-tri/ngay-nghi?nam={d.Year}");
    }

    private async Task<PageResult> ShowAsync(int year)
    {
        Year = year;
        Days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).Select(d => new Row(d.Date, d.IsWorkingDay, d.Name, d.Source)).ToListAsync();
        return Page();
    }
}
