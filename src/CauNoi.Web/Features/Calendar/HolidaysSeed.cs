namespace CauNoi.Web.Features.Calendar;

/// <summary>
/// Public holidays and swapped days of 2025 and 2026 for public servants (who work Monday to
/// Friday). Only days that break the weekday rule are listed: a holiday on a weekend needs no
/// row, its compensatory weekday does. Administrators add later years in the UI.
/// </summary>
public static class HolidaysSeed
{
    private const string Law = "Bộ luật Lao động 2019, Điều 112";
    private const string Notice2025 = "Thông báo 6150/TB-LĐTBXH ngày 12/11/2024 về nghỉ lễ, Tết năm 2025";
    private const string Notice2026 = "Phương án nghỉ Tết Âm lịch 2026 do Thủ tướng Chính phủ đồng ý theo đề xuất của Bộ Nội vụ";

    public static readonly CalendarDay[] Days =
    [
        Off(2025, 1, 1, "Tết Dương lịch", Law),
        Off(2025, 1, 27, "Nghỉ Tết Nguyên đán Ất Tỵ (hoán đổi, làm bù thứ Bảy 08/02/2025)", Notice2025),
        Off(2025, 1, 28, "Tết Nguyên đán Ất Tỵ (29 tháng Chạp)", Notice2025),
        Off(2025, 1, 29, "Tết Nguyên đán Ất Tỵ (mùng 1)", Notice2025),
        Off(2025, 1, 30, "Tết Nguyên đán Ất Tỵ (mùng 2)", Notice2025),
        Off(2025, 1, 31, "Tết Nguyên đán Ất Tỵ (mùng 3)", Notice2025),
        Work(2025, 2, 8, "Làm bù cho ngày 27/01/2025", Notice2025),
        Off(2025, 4, 7, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Law),
        Work(2025, 4, 26, "Làm bù cho ngày 02/5/2025", Notice2025),
        Off(2025, 4, 30, "Ngày Chiến thắng", Law),
        Off(2025, 5, 1, "Ngày Quốc tế lao động", Law),
        Off(2025, 5, 2, "Nghỉ lễ 30/4 – 1/5 (hoán đổi, làm bù thứ Bảy 26/4/2025)", Notice2025),
        Off(2025, 9, 1, "Quốc khánh (ngày liền kề)", Notice2025),
        Off(2025, 9, 2, "Quốc khánh", Law),

        Off(2026, 1, 1, "Tết Dương lịch", Law),
        Off(2026, 2, 16, "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)", Notice2026),
        Off(2026, 2, 17, "Tết Nguyên đán Bính Ngọ (mùng 1)", Notice2026),
        Off(2026, 2, 18, "Tết Nguyên đán Bính Ngọ (mùng 2)", Notice2026),
        Off(2026, 2, 19, "Tết Nguyên đán Bính Ngọ (mùng 3)", Notice2026),
        Off(2026, 2, 20, "Tết Nguyên đán Bính Ngọ (mùng 4)", Notice2026),
        Off(2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)", Law),
        Off(2026, 4, 30, "Ngày Chiến thắng", Law),
        Off(2026, 5, 1, "Ngày Quốc tế lao động", Law),
        Off(2026, 9, 1, "Quốc khánh (ngày liền kề)", Law),
        Off(2026, 9, 2, "Quốc khánh", Law),
    ];

    public static async Task LoadAsync(CauNoiDb db, CancellationToken ct = default)
    {
        if (await db.CalendarDays.AnyAsync(ct)) return;
        db.CalendarDays.AddRange(Days.Select(d => new CalendarDay { Date = d.Date, IsWorkingDay = d.IsWorkingDay, Name = d.Name, Source = d.Source }));
        await db.SaveChangesAsync(ct);
    }

    private static CalendarDay Off(int y, int m, int d, string name, string source) =>
        new() { Date = new DateOnly(y, m, d), IsWorkingDay = false, Name = name, Source = source };

    private static CalendarDay Work(int y, int m, int d, string name, string source) =>
        new() { Date = new DateOnly(y, m, d), IsWorkingDay = true, Name = name, Source = source };
}
