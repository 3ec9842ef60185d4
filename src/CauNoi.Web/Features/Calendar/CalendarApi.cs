using Microsoft.AspNetCore.Http.HttpResults;

namespace CauNoi.Web.Features.Calendar;

public static class CalendarApi
{
    public sealed record Deadline(DateOnly From, int WorkingDays, DateOnly Due);
    public sealed record Day(DateOnly Date, bool IsWorkingDay, string Name, string? Source);

    public static void MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Lịch làm việc");
        calendar.MapGet("/deadline", GetDeadline).WithSummary("Hạn xử lý tính theo ngày làm việc (bỏ qua cuối tuần, ngày nghỉ lễ, Tết)");
        calendar.MapGet("/days", GetDays).WithSummary("Ngày nghỉ lễ và ngày làm bù của một năm");
    }

    private static async Task<Results<Ok<List<Day>>, ProblemHttpResult>> GetDays(CauNoiDb db, TimeProvider clock, int? year)
    {
        var y = year ?? VietnamTime.Today(clock).Year;
        if (y is < 2000 or > 2100) return Problems.BadRequest("Tham số 'year' phải là năm từ 2000 đến 2100.");
        var days = await db.CalendarDays.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31))
            .OrderBy(d => d.Date).Select(d => new Day(d.Date, d.IsWorkingDay, d.Name, d.Source)).ToListAsync();
        return TypedResults.Ok(days);
    }

    private static async Task<Results<Ok<Deadline>, ProblemHttpResult>> GetDeadline(string? from, int? workingDays, WorkingDays calendar)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out var start))
            return Problems.BadRequest("Tham số 'from' phải là ngày dạng YYYY-MM-DD, ví dụ 2026-02-13.");
        if (workingDays is null or < 0 or > 1000)
            return Problems.BadRequest("Tham số 'workingDays' phải là số nguyên từ 0 đến 1000.");
        return TypedResults.Ok(new Deadline(start, workingDays.Value, await calendar.DeadlineAsync(start, workingDays.Value)));
    }
}
