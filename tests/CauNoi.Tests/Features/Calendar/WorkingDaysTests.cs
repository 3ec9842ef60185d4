using CauNoi.Web.Features.Calendar;
using static CauNoi.Web.Features.Calendar.CalendarApi;

namespace CauNoi.Tests.Features.Calendar;

public abstract class WorkingDaysTests(CauNoiApp app) : AppTests(app)
{
    private async Task<DateOnly> Due(string from, int workingDays)
    {
        var api = await App.ApiAs("xa.hoankiem");
        var deadline = await api.GetFromJsonAsync<Deadline>($"/api/v1/calendar/deadline?from={from}&workingDays={workingDays}", Ct);
        return deadline!.Due;
    }

    [Fact]
    public async Task Deadline_SkipsAWeekend() =>
        // Received Friday 6/3/2026: Monday 9/3 is the first working day, Tuesday 10/3 the second.
        Assert.Equal(new DateOnly(2026, 3, 10), await Due("2026-03-06", 2));

    [Fact]
    public async Task Deadline_SkipsTetBinhNgo2026() =>
        // Received Friday 13/2/2026; 14/2–22/2 is the Tết break; five working days end Friday 27/2.
        Assert.Equal(new DateOnly(2026, 2, 27), await Due("2026-02-13", 5));

    [Fact]
    public async Task Deadline_Of15WorkingDays_AcrossTet2026() =>
        // 11, 12, 13/2, then from 23/2: 23–27/2, 2–6/3, 9 and 10/3.
        Assert.Equal(new DateOnly(2026, 3, 10), await Due("2026-02-10", 15));

    [Fact]
    public async Task Deadline_CountsTheMakeUpSaturday_AfterTet2025() =>
        // Thu 6/2, Fri 7/2, then Saturday 8/2/2025 is a make-up working day.
        Assert.Equal(new DateOnly(2025, 2, 8), await Due("2025-02-05", 3));

    [Fact]
    public async Task Deadline_SkipsTheCompensatoryDayOfHungKings2026() =>
        // Giỗ Tổ falls on Sunday 26/4/2026, so Monday 27/4 is off; then 28, 29/4, and after 30/4 and 1/5, Monday 4/5.
        Assert.Equal(new DateOnly(2026, 5, 4), await Due("2026-04-24", 3));

    [Theory]
    [InlineData("from=13/02/2026&workingDays=5", "YYYY-MM-DD")]
    [InlineData("from=2026-02-13&workingDays=-1", "workingDays")]
    [InlineData("from=2026-02-13", "workingDays")]
    public async Task Deadline_WithBadParameters_ExplainsInVietnamese(string query, string mentioned)
    {
        var api = await App.ApiAs("xa.hoankiem");

        var response = await api.GetAsync($"/api/v1/calendar/deadline?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("-5")]
    public async Task Holidays_OfAYearOutOfRange_AreA400InVietnamese_NotA500(string year)
    {
        var api = await App.ApiAs("xa.hoankiem");

        var response = await api.GetAsync($"/api/v1/calendar/days?year={year}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("năm từ 2000 đến 2100", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Holidays_OfAYear_CarryTheirSources()
    {
        var api = await App.ApiAs("xa.hoankiem");

        var days = await api.GetFromJsonAsync<List<Day>>("/api/v1/calendar/days?year=2026", Ct);

        Assert.Contains(days!, d => d.Date == new DateOnly(2026, 2, 17) && !d.IsWorkingDay && d.Name.Contains("mùng 1"));
        Assert.All(days!, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkingDaysOnSqlite(SqliteApp app) : WorkingDaysTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkingDaysOnPostgres(PostgresApp app) : WorkingDaysTests(app);

public class WorkingDayCountTests
{
    [Fact]
    public void ZeroWorkingDays_IsTheDayOfReceipt() =>
        Assert.Equal(new DateOnly(2026, 3, 7), WorkingDays.Count(new DateOnly(2026, 3, 7), 0, new Dictionary<DateOnly, bool>()));

    [Fact]
    public void ReceivedOnASaturday_CountsFromMonday() =>
        Assert.Equal(new DateOnly(2026, 3, 9), WorkingDays.Count(new DateOnly(2026, 3, 7), 1, new Dictionary<DateOnly, bool>()));
}
