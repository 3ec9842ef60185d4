using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Settings;

namespace CauNoi.Tests.Features.Settings;

public abstract class SettingsPageTests(CauNoiApp app) : AppTests(app)
{
    private static readonly string[] Keys = [SettingValues.ReopenPeriodDays, SettingValues.ReminderWorkingDaysBefore];

    private async Task<Dictionary<string, string>> StoredAsync()
    {
        await using var scope = App.Db();
        return await scope.Context.Settings.AsNoTracking().Where(s => Keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, s => s.Value, Ct);
    }

    /// <summary>Puts the settings back as they were: the app is shared with every other test.</summary>
    private async Task RestoreAsync(Dictionary<string, string> before)
    {
        await using var scope = App.Db();
        var db = scope.Context;
        foreach (var key in Keys)
        {
            var setting = await db.Settings.FindAsync([key], Ct);
            if (!before.TryGetValue(key, out var value)) { if (setting is not null) db.Settings.Remove(setting); }
            else if (setting is null) db.Settings.Add(new AppSetting { Key = key, Value = value });
            else setting.Value = value;
        }
        await db.SaveChangesAsync(Ct);
    }

    private static Dictionary<string, string> Form(string reopen, string lead) =>
        new() { ["Input.ReopenPeriodDays"] = reopen, ["Input.ReminderWorkingDaysBefore"] = lead };

    [Fact]
    public async Task ShorterReopenPeriod_IsSavedAndAudited_AndAReopeningAfterItIsRefused()
    {
        var before = await StoredAsync();
        try
        {
            var admin = await PageClient.SignedIn(App, "admin");
            var saved = await admin.PostFormAsync("/quan-tri/cai-dat", Form("5", "3"));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("5", (await StoredAsync())[SettingValues.ReopenPeriodDays]);
            await using (var scope = App.Db())
                Assert.True(await scope.Context.AuditEntries.AnyAsync(e => e.EntityType == "AppSetting" && e.EntityKey == SettingValues.ReopenPeriodDays && e.UserName == "admin", Ct));

            var id = await RecommendationSetup.SubmitAsync(App, "Mở lại sau thời hạn " + Guid.NewGuid(), Ct);
            foreach (var step in new object[] { new { action = "receive" }, new { action = "start" }, new { action = "answer", answer = "Thực hiện theo Thông tư 25/2016/TT-BCT.", letterNumber = "1234/BCT-ĐL", signerName = "Phan Thị Hà", signerTitle = "Phó Cục trưởng" } })
                Assert.Equal(HttpStatusCode.OK, (await RecommendationSetup.ActAsync(App, "cuc.dienluc", id, step, Ct)).StatusCode);
            await AnsweredDaysAgoAsync(id, 6);

            var late = await RecommendationSetup.ActAsync(App, "xa.hoankiem", id, new { action = "reopen", comment = "Chưa rõ thời hạn." }, Ct);
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("Đã quá 5 ngày", await late.Content.ReadAsStringAsync(Ct));

            await AnsweredDaysAgoAsync(id, 5);
            var inTime = await RecommendationSetup.ActAsync(App, "xa.hoankiem", id, new { action = "reopen", comment = "Chưa rõ thời hạn." }, Ct);
            Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    private async Task AnsweredDaysAgoAsync(int id, int days)
    {
        await using var scope = App.Db();
        var r = await scope.Context.Recommendations.SingleAsync(x => x.Id == id, Ct);
        r.AnsweredOn = VietnamTime.Today(TimeProvider.System).AddDays(-days);
        await scope.Context.SaveChangesAsync(Ct);
    }

    [Theory]
    [InlineData("0", "3", "Thời hạn mở lại kiến nghị là số ngày nguyên từ 1 đến 365.")]
    [InlineData("366", "3", "Thời hạn mở lại kiến nghị là số ngày nguyên từ 1 đến 365.")]
    [InlineData("mười", "3", "Thời hạn mở lại kiến nghị là số ngày nguyên từ 1 đến 365.")]
    [InlineData("", "3", "Vui lòng nhập thời hạn mở lại kiến nghị.")]
    [InlineData("30", "31", "Số ngày làm việc nhắc trước hạn là số nguyên từ 1 đến 30.")]
    [InlineData("30", "-1", "Số ngày làm việc nhắc trước hạn là số nguyên từ 1 đến 30.")]
    public async Task InvalidValue_IsRefusedInVietnamese_AndNothingIsStored(string reopen, string lead, string message)
    {
        var before = await StoredAsync();
        var admin = await PageClient.SignedIn(App, "admin");

        var response = await admin.PostFormAsync("/quan-tri/cai-dat", Form(reopen, lead));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Get_ShowsTheValuesInForce()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, page) = await admin.GetAsync("/quan-tri/cai-dat");

        Assert.Equal(HttpStatusCode.OK, status);
        await using var scope = App.Db();
        Assert.Equal((await SettingValues.IntAsync(scope.Context, SettingValues.ReopenPeriodDays, Ct)).ToString(),
            page.QuerySelector("input[name='Input.ReopenPeriodDays']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task NotAdministrator_IsShownAccessDenied()
    {
        var client = await PageClient.SignedIn(App, "cuc.ctdp");

        var response = await client.Http.GetAsync("/quan-tri/cai-dat", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SettingsPageOnSqlite(SqliteApp app) : SettingsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SettingsPageOnPostgres(PostgresApp app) : SettingsPageTests(app);
