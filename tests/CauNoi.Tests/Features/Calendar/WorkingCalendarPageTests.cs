namespace CauNoi.Tests.Features.Calendar;

public abstract class WorkingCalendarPageTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task AnySignedInUser_SeesTheYearsHolidaysWithTheirSources()
    {
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");

        var (status, page) = await commune.GetAsync("/lich-lam-viec?nam=2025");

        Assert.Equal(HttpStatusCode.OK, status);
        var makeUp = page.QuerySelector("tr[data-date='08/02/2025']")?.TextContent;
        Assert.Contains("Thứ Bảy", makeUp);
        Assert.Contains("Ngày làm bù", makeUp);
        Assert.Contains("Thông báo 6150/TB-LĐTBXH", makeUp);
        Assert.Contains("Tết Nguyên đán Ất Tỵ (mùng 1)", page.QuerySelector("tr[data-date='29/01/2025']")?.TextContent);
    }

    [Fact]
    public async Task Calculator_SkipsWeekendsAndTet()
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");

        // Received on Friday 13/02/2026; Tết Bính Ngọ closes offices from 16 to 20/02.
        var (status, page) = await province.GetAsync($"/lich-lam-viec?tu={Uri.EscapeDataString("13/02/2026")}&songay=5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thứ Sáu, 27/02/2026", page.QuerySelector("[data-testid=deadline]")?.TextContent);
    }

    [Theory]
    [InlineData("30/02/2026", "5", "Ngày nhận không hợp lệ")]
    [InlineData("", "5", "Vui lòng nhập ngày nhận.")]
    [InlineData("13/02/2026", "abc", "Số ngày làm việc là số nguyên từ 0 đến 1.000.")]
    [InlineData("13/02/2026", "-3", "Số ngày làm việc là số nguyên từ 0 đến 1.000.")]
    [InlineData("13/02/2026", "100000", "Số ngày làm việc là số nguyên từ 0 đến 1.000.")]
    public async Task Calculator_BadInput_IsExplainedInVietnamese(string from, string days, string message)
    {
        var province = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await province.GetAsync($"/lich-lam-viec?tu={Uri.EscapeDataString(from)}&songay={Uri.EscapeDataString(days)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, page.QuerySelector("[role=alert]")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=deadline]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkingCalendarPageOnSqlite(SqliteApp app) : WorkingCalendarPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkingCalendarPageOnPostgres(PostgresApp app) : WorkingCalendarPageTests(app);
