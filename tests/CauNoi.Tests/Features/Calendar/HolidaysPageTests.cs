using static CauNoi.Web.Features.Calendar.CalendarApi;

namespace CauNoi.Tests.Features.Calendar;

public abstract class HolidaysPageTests(CauNoiApp app) : AppTests(app)
{
    private const string Url = "/quan-tri/ngay-nghi";

    private static Dictionary<string, string> Form(string date, bool workingDay, string name, string originalDate = "") => new()
    {
        ["Input.OriginalDate"] = originalDate, ["Input.Date"] = date, ["Input.IsWorkingDay"] = workingDay ? "true" : "false",
        ["Input.Name"] = name, ["Input.Source"] = "Thông báo thử nghiệm",
    };

    private async Task<DateOnly> DeadlineAsync(string from, int workingDays)
    {
        var api = await App.ApiAs("so.hanoi");
        return (await api.GetFromJsonAsync<Deadline>($"/api/v1/calendar/deadline?from={from}&workingDays={workingDays}", Ct))!.Due;
    }

    private async Task RemoveAsync(params DateOnly[] dates)
    {
        await using var scope = App.Db();
        await scope.Context.CalendarDays.Where(d => dates.Contains(d.Date)).ExecuteDeleteAsync(Ct);
    }

    private static string? Alert(string html) => PageClient.Parse(html).QuerySelector("[role=alert]")?.TextContent;

    [Fact]
    public async Task MakeUpSaturday_IsCountedByDeadlines_UntilDeleted()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var saturday = new DateOnly(2031, 3, 8);
        try
        {
            var before = await DeadlineAsync("2031-03-07", 1);

            var added = await admin.PostFormAsync(Url, Form("08/03/2031", workingDay: true, "Làm bù cho ngày thử nghiệm"));
            var withMakeUp = await DeadlineAsync("2031-03-07", 1);
            var (_, list) = await admin.GetAsync($"{Url}?nam=2031");
            var deleted = await admin.PostFormAsync($"{Url}?handler=Delete", new() { ["date"] = "08/03/2031" }, formPage: $"{Url}?nam=2031");
            var after = await DeadlineAsync("2031-03-07", 1);

            Assert.Equal(new DateOnly(2031, 3, 10), before);   // Friday + 1 working day = Monday
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            Assert.Equal("/quan-tri/ngay-nghi?nam=2031", added.Headers.Location?.OriginalString);
            Assert.Equal(saturday, withMakeUp);
            Assert.Contains("Ngày làm bù", list.QuerySelector("tr[data-date='08/03/2031']")?.TextContent);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal(new DateOnly(2031, 3, 10), after);
        }
        finally
        {
            await RemoveAsync(saturday);
        }
    }

    [Fact]
    public async Task HolidayOnSunday_IsRefused_BecauseTheWeekendNeedsNoEntry()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Url, Form("16/03/2031", workingDay: false, "Ngày lễ thử nghiệm"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày 16/03/2031 là Chủ nhật, đã là ngày nghỉ cuối tuần nên không cần khai báo.", Alert(await response.Content.ReadAsStringAsync(Ct)));
        await using var scope = App.Db();
        Assert.False(await scope.Context.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2031, 3, 16), Ct));
    }

    [Fact]
    public async Task MakeUpDayOnWeekday_IsRefused()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Url, Form("12/03/2031", workingDay: true, "Làm bù thử nghiệm"));

        Assert.Contains("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 12/03/2031 là Thứ Tư", Alert(await response.Content.ReadAsStringAsync(Ct)));
        await using var scope = App.Db();
        Assert.False(await scope.Context.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2031, 3, 12), Ct));
    }

    [Fact]
    public async Task DuplicateDate_IsRefused_AndTheExistingDayKept()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Url, Form("01/01/2026", workingDay: false, "Tết trùng"));

        Assert.Contains("Ngày 01/01/2026 đã có trong lịch (Tết Dương lịch)", Alert(await response.Content.ReadAsStringAsync(Ct)));
        await using var scope = App.Db();
        Assert.Equal("Tết Dương lịch", await scope.Context.CalendarDays.Where(d => d.Date == new DateOnly(2026, 1, 1)).Select(d => d.Name).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("", "Vui lòng nhập ngày.")]
    [InlineData("30/02/2031", "Ngày không hợp lệ: nhập ngày dạng dd/MM/yyyy")]
    [InlineData("2031-04-15", "Ngày không hợp lệ: nhập ngày dạng dd/MM/yyyy")]
    public async Task BadDate_IsRefusedInVietnamese(string date, string message)
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync(Url, Form(date, workingDay: false, "Ngày lễ thử nghiệm"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Alert(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task EditingAHoliday_CanMoveItToAnotherDate()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        DateOnly tuesday = new(2031, 4, 15), wednesday = new(2031, 4, 16);
        try
        {
            await admin.PostFormAsync(Url, Form("15/04/2031", workingDay: false, "Ngày nghỉ thử nghiệm"));

            var (_, form) = await admin.GetAsync($"{Url}?ngay=2031-04-15");
            var response = await admin.PostFormAsync($"{Url}?ngay=2031-04-15", Form("16/4/2031", workingDay: false, "Ngày nghỉ đã dời", originalDate: "15/04/2031"));

            Assert.Equal("15/04/2031", form.QuerySelector("input[name='Input.OriginalDate']")?.GetAttribute("value"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await using var scope = App.Db();
            var days = await scope.Context.CalendarDays.Where(d => d.Date == tuesday || d.Date == wednesday).ToListAsync(Ct);
            Assert.Equal((wednesday, "Ngày nghỉ đã dời"), (Assert.Single(days).Date, days[0].Name));
            Assert.Equal(new DateOnly(2031, 4, 17), await DeadlineAsync("2031-04-14", 2));
        }
        finally
        {
            await RemoveAsync(tuesday, wednesday);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HolidaysPageOnSqlite(SqliteApp app) : HolidaysPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HolidaysPageOnPostgres(PostgresApp app) : HolidaysPageTests(app);
