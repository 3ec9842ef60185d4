using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace CauNoi.Tests.Features.Notifications;

/// <summary>
/// Every kind of e-mail the workflow sends, as it leaves: each link in it is absolute and starts with
/// CauNoi:PublicBaseUrl, so a mail client opens the record.
/// </summary>
public abstract partial class EmailLinksTests(CauNoiApp app) : AppTests(app)
{
    // With a path: a link built from the host alone, or joined without its slash, does not start with this.
    private const string Site = "https://caunoi.moit.gov.vn/cau-noi";

    /// <summary>The subject of each kind, as the workflow writes it (numbers left out).</summary>
    private static readonly string[] Kinds =
    [
        "Kiến nghị mới KN", "Kiến nghị mới của tỉnh phụ trách", "Đề nghị bổ sung thông tin cho kiến nghị", "Địa phương đã bổ sung thông tin",
        "Trao đổi mới về kiến nghị", "đã được trả lời", "Địa phương mở lại kiến nghị", "được chuyển đến đơn vị", "thuộc thẩm quyền của",
        "được gộp vào", "kiến nghị mới từ hội nghị", "sắp đến hạn trả lời", "đã quá hạn trả lời",
    ];

    [Fact]
    public async Task EveryKindOfEmail_HasOnlyAbsoluteLinks_StartingWithThePublicBaseUrl()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var addresses = new Dictionary<string, string> { ["XA-00070"] = $"hoankiem-{marker}@thu.caunoi.local", ["DL"] = $"dienluc-{marker}@thu.caunoi.local", ["CTDP"] = $"ctdp-{marker}@thu.caunoi.local" };
        var previous = await SetEmailsAsync(addresses);
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-links-" + marker)).FullName;
        try
        {
            await EveryKindAsync(marker);
            await using (var scope = App.Db())
                for (var run = 0; run < 100 && await OutboxSender.RunOnceAsync(scope.Context, TimeProvider.System,
                         new SmtpSettings { PickupDirectory = directory, PublicBaseUrl = Site }, NullLogger.Instance, Ct) > 0; run++) { }

            var ours = Directory.GetFiles(directory, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => addresses.ContainsValue(a.Address)) || (m.TextBody ?? "").Contains(marker)).ToList();
            foreach (var kind in Kinds)
                Assert.True(ours.Any(m => (m.Subject ?? "").Contains(kind)), $"no e-mail “{kind}” among: {string.Join(" | ", ours.Select(m => m.Subject))}");
            Assert.All(ours, m =>
            {
                var text = m.TextBody ?? "";
                var links = AbsoluteLink().Matches(text).Select(x => x.Value).ToList();
                Assert.True(links.Count > 0, $"“{m.Subject}” has no link: {text}");
                Assert.All(links, link => Assert.StartsWith(Site + "/", link));
                Assert.Empty(RelativeLink().Matches(text).Select(x => x.Value));
            });
        }
        finally
        {
            await SetEmailsAsync(previous);
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Submits, routes, asks, answers, reopens, transfers, declines, merges, imports and reminds, each once.</summary>
    private async Task EveryKindAsync(string marker)
    {
        var title = $"Đường dây 110 kV chậm giải phóng mặt bằng {marker}";
        var a = await RecommendationSetup.SubmitAsync(App, title + " A", Ct);
        await Steps("cuc.dienluc", a, new { action = "receive" }, new { action = "request-information", comment = $"Đề nghị gửi bản đồ hiện trạng {marker}." });
        await Steps("xa.hoankiem", a, new { action = "provide-information", comment = $"Đã gửi bản đồ hiện trạng {marker}." });
        await Post("cuc.dienluc", $"/api/v1/recommendations/{a}/messages", new { text = $"Đề nghị xác nhận diện tích {marker}." });
        await Post("xa.hoankiem", $"/api/v1/recommendations/{a}/messages", new { text = $"Diện tích 2,5 ha {marker}." });
        await Steps("cuc.dienluc", a, RecommendationSteps.OfficialAnswer($"Thực hiện theo Nghị định 14/2014/NĐ-CP, bồi thường theo Điều 19 {marker}."));
        await Steps("xa.hoankiem", a, new { action = "reopen", comment = $"Chưa rõ mức bồi thường {marker}." });

        var b = await RecommendationSetup.SubmitAsync(App, title + " B", Ct);
        int hub;
        await using (var scope = App.Db())
            hub = await scope.Context.Organisations.Where(o => o.Code == "CTDP").Select(o => o.Id).SingleAsync(Ct);
        await Steps("cuc.dienluc", b, new { action = "transfer", targetUnitId = hub, comment = $"Thuộc lĩnh vực của Cục {marker}." });
        await Steps("cuc.ctdp", b, new { action = "receive" }, new { action = "outside-remit", competentBody = "Ủy ban nhân dân thành phố Hà Nội", comment = $"Thẩm quyền của thành phố {marker}." });

        var c = await RecommendationSetup.SubmitAsync(App, title + " C", Ct);
        await Steps("cuc.dienluc", c, new { action = "receive" }, new { action = "merge", duplicateOfId = a, comment = $"Trùng nội dung {marker}." });

        int[] grouped = [await RecommendationSetup.SubmitAsync(App, title + " F", Ct), await RecommendationSetup.SubmitAsync(App, title + " G", Ct)];
        await Steps("cuc.dienluc", grouped[0], new { action = "receive" }, new { action = "start" });
        var group = await (await App.ApiAs("cuc.dienluc")).PostAsJsonAsync("/api/v1/recommendation-groups",
            new { title = $"Giải phóng mặt bằng lưới điện {marker}", recommendationIds = grouped }, Ct);
        Assert.True(group.IsSuccessStatusCode, await group.Content.ReadAsStringAsync(Ct));
        var groupId = (await group.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetInt32();
        await Post("cuc.dienluc", $"/api/v1/recommendation-groups/{groupId}/answer", RecommendationSteps.GroupAnswer($"Trả lời chung {marker}."));

        using (var form = new MultipartFormDataContent())
        {
            var list = XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["STT", "Mã tỉnh", "Mã xã", "Tiêu đề", "Nội dung", "Mã lĩnh vực"],
            [
                [1, "01", "00070", $"Đấu nối lưới điện {marker} 1", "Đề nghị Bộ hướng dẫn đấu nối.", "NL"],
                [2, "01", "00070", $"Đấu nối lưới điện {marker} 2", "Đề nghị Bộ hướng dẫn đấu nối.", "NL"],
            ]));
            var file = new ByteArrayContent(list);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", "hoi-nghi.xlsx");
            form.Add(new StringContent($"Hội nghị ngành Công Thương khu vực {marker}"), "conferenceName");
            form.Add(new StringContent(VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd")), "receivedOn");
            var imported = await (await App.ApiAs("cuc.ctdp")).PostAsync("/api/v1/recommendations/import", form, Ct);
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Ct));
        }

        // Due today and overdue: a reminder and an escalation.
        var clock = new FixedClock(TimeProvider.System.GetUtcNow());
        var today = VietnamTime.Today(clock);
        var soon = await RecommendationSetup.SubmitAsync(App, title + " D", Ct);
        var late = await RecommendationSetup.SubmitAsync(App, title + " E", Ct);
        await using (var scope = App.Db())
        {
            await scope.Context.Recommendations.Where(r => r.Id == soon).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, today), Ct);
            await scope.Context.Recommendations.Where(r => r.Id == late).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, today.AddDays(-10)), Ct);
            await RecommendationReminders.RunOnceAsync(scope.Context, clock, RecommendationReminders.DefaultPageSize, Ct);
        }
    }

    private async Task Steps(string userName, int id, params object[] steps)
    {
        foreach (var step in steps)
        {
            var response = await RecommendationSetup.ActAsync(App, userName, id, step, Ct);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    private async Task Post(string userName, string url, object body)
    {
        var response = await (await App.ApiAs(userName)).PostAsJsonAsync(url, body, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Sets the organisations' addresses; what they were before.</summary>
    private async Task<Dictionary<string, string>> SetEmailsAsync(Dictionary<string, string> emails)
    {
        await using var scope = App.Db();
        var codes = emails.Keys.ToList();
        var before = await scope.Context.Organisations.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Email ?? "", Ct);
        foreach (var (code, email) in emails)
            await scope.Context.Organisations.Where(o => o.Code == code)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, email.Length == 0 ? null : email), Ct);
        return before;
    }

    /// <summary>A link of the site: a path or a web address, not the "/" inside a date or a document number.</summary>
    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex AbsoluteLink();

    [GeneratedRegex(@"(?<![\w/:.])/[\w\-]+(?:[/?][^\s]*)?")]
    private static partial Regex RelativeLink();
}

[Collection(SqliteCollection.Name)]
public sealed class EmailLinksOnSqlite(SqliteApp app) : EmailLinksTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EmailLinksOnPostgres(PostgresApp app) : EmailLinksTests(app);
