using CauNoi.Tests.Features.Accounts;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Audit;

namespace CauNoi.Tests.Features.Audit;

public abstract class AuditLogTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task EditingAFullName_IsLoggedWithOldAndNewValues_AndShownOnTheLogFilteredByThatRecord()
    {
        var id = await UserAdminTests.ArrangeUser(App, Unique("xa.doiten"), "Nguyễn Văn Cũ", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");

        var saved = await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}", UserAdminTests.Edit("Nguyễn Văn Mới", "XA-00070", Roles.CommuneOfficer));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = App.Db())
        {
            var entry = await scope.Context.AuditEntries
                .Where(a => a.EntityType == nameof(AppUser) && a.EntityKey == id && a.Action == AuditTrail.Updated)
                .OrderByDescending(a => a.Id).FirstAsync(Ct);
            Assert.Equal("admin", entry.UserName);
            Assert.Contains("\"FullName\":\"Nguyễn Văn Cũ\"", entry.OldValues);
            Assert.Contains("\"FullName\":\"Nguyễn Văn Mới\"", entry.NewValues);
        }
        var (status, page) = await admin.GetAsync($"/quan-tri/nhat-ky?entityType=AppUser&entityKey={id}");
        Assert.Equal(HttpStatusCode.OK, status);
        var change = page.QuerySelectorAll("[data-testid=audit] .changes tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent == "Họ và tên" && tr.QuerySelector(".old") is not null);
        Assert.Equal("Nguyễn Văn Cũ", change.QuerySelector(".old")!.TextContent);
        Assert.Equal("Nguyễn Văn Mới", change.QuerySelector(".new")!.TextContent);
        var entries = page.QuerySelectorAll("[data-testid=audit] > tbody > tr");
        Assert.All(entries, tr => Assert.Contains("xa.doiten", tr.Children[3].TextContent));
        Assert.Contains(entries, tr => tr.Children[1].TextContent == "Quản trị hệ thống (admin)" && tr.Children[2].TextContent == "Cập nhật");
        Assert.Contains(entries, tr => tr.Children[2].TextContent == "Tạo mới");
    }

    [Fact]
    public async Task PasswordReset_IsLoggedButItsHashNeverReachesTheAuditLog()
    {
        var userName = Unique("xa.bimat");
        var admin = await PageClient.SignedIn(App, "admin");
        var id = await UserAdminTests.ArrangeUser(App, userName, "Lý Thị Bí Mật", "XA-00070", Roles.CommuneOfficer);
        await admin.PostFormAsync($"/quan-tri/nguoi-dung/{id}?handler=ResetPassword", new() { ["NewPassword"] = "BiMat@2026x" }, formPage: $"/quan-tri/nguoi-dung/{id}");

        await using var scope = App.Db();
        var db = scope.Context;
        var hash = await db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync(Ct);
        var logged = await db.AuditEntries.Where(a => a.EntityKey == id).ToListAsync(Ct);
        Assert.Contains(logged, a => a.Action == AuditTrail.Created);
        Assert.Contains(logged, a => a.Action == AuditTrail.Updated && a.UserName == "admin" && a.NewValues!.Contains("\"Password\":\"(đã thay đổi)\""));
        Assert.DoesNotContain(logged, a => (a.OldValues + a.NewValues).Contains(hash!));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.OldValues!.Contains("PasswordHash") || a.NewValues!.Contains("PasswordHash"), Ct));
    }

    [Fact]
    public async Task ProvinceOfficer_IsRefusedTheAuditApiAndPage()
    {
        var api = await App.ApiAs("so.hanoi");
        var pages = await PageClient.SignedIn(App, "so.hanoi");

        var fromApi = await api.GetAsync("/api/v1/audit", Ct);
        var fromPage = await pages.Http.GetAsync("/quan-tri/nhat-ky", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, fromApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fromPage.StatusCode);
        Assert.StartsWith("/khong-co-quyen", fromPage.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Log_FiltersByUserAndDate_NewestFirst()
    {
        var first = await UserAdminTests.ArrangeUser(App, Unique("xa.thu1"), "Hồ Văn Một", "XA-00070", Roles.CommuneOfficer);
        var second = await UserAdminTests.ArrangeUser(App, Unique("xa.thu2"), "Hồ Văn Hai", "XA-00070", Roles.CommuneOfficer);
        var admin = await PageClient.SignedIn(App, "admin");
        await admin.PostFormAsync($"/quan-tri/nguoi-dung/{first}", UserAdminTests.Edit("Hồ Văn Một Sửa", "XA-00070", Roles.CommuneOfficer));
        await admin.PostFormAsync($"/quan-tri/nguoi-dung/{second}", UserAdminTests.Edit("Hồ Văn Hai Sửa", "XA-00070", Roles.CommuneOfficer));
        var today = Display.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, VietnamTime.Zone)));

        var (_, page) = await admin.GetAsync($"/quan-tri/nhat-ky?entityType=AppUser&user=admin&from={today}&to={today}");

        var records = page.QuerySelectorAll("[data-testid=audit] > tbody > tr").Select(tr => tr.Children[3].TextContent).ToList();
        Assert.All(page.QuerySelectorAll("[data-testid=audit] > tbody > tr"), tr => Assert.Equal("Quản trị hệ thống (admin)", tr.Children[1].TextContent));
        var secondAt = records.FindIndex(r => r.Contains("xa.thu2"));
        var firstAt = records.FindIndex(r => r.Contains("xa.thu1"));
        Assert.True(secondAt >= 0 && firstAt > secondAt, "the later change is listed first");
    }

    [Fact]
    public async Task Log_BadDate_GivesAVietnameseMessage()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (status, page) = await admin.GetAsync("/quan-tri/nhat-ky?from=31/02/2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("“Từ ngày” không hợp lệ", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Log_DateRangeBeforeAnyChange_IsEmpty()
    {
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync("/quan-tri/nhat-ky?from=01/01/2020&to=31/12/2020");

        Assert.Empty(page.QuerySelectorAll("[data-testid=audit] > tbody > tr"));
        Assert.Contains("Không có mục nào", page.Body!.TextContent);
    }

    [Fact]
    public async Task ARecommendationsHistory_ReadsInVietnamese_NumberStatusNamesAndPeople()
    {
        var submitted = await App.SubmitAsync("xa.hoankiem", "Nhật ký tiếng Việt " + RecommendationSteps.Token(), "Lưới điện trung thế chậm cải tạo.", ct: Ct);
        var id = submitted.Summary.Id;
        await App.AnswerAsync("cuc.dienluc", id, "Cục Điện lực đã chỉ đạo cải tạo.", Ct);
        string submitterId;
        await using (var scope = App.Db())
            submitterId = await scope.Context.Users.Where(u => u.UserName == "xa.hoankiem").Select(u => u.Id).SingleAsync(Ct);
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync($"/quan-tri/nhat-ky?entityType=Recommendation&entityKey={id}");

        var rows = page.QuerySelectorAll("[data-testid=audit] > tbody > tr");
        var number = $"KN{id:D6}";
        Assert.All(rows, tr => Assert.Equal($"Kiến nghị {number}", tr.Children[3].TextContent.Trim()));
        var created = rows.Single(tr => tr.Children[2].TextContent == "Tạo mới");
        Assert.Equal("Đỗ Quang Huy (xa.hoankiem)", created.Children[1].TextContent);
        Assert.Equal("Đỗ Quang Huy (xa.hoankiem)", Field(created, "Người gửi"));
        Assert.Equal("Mới gửi", Field(created, "Trạng thái"));
        Assert.Equal("Năng lượng (điện, dầu khí, than)", Field(created, "Lĩnh vực"));
        Assert.Equal("Cục Điện lực", Field(created, "Đơn vị xử lý"));
        var answered = rows.Single(tr => tr.Children[2].TextContent == "Cập nhật" && Field(tr, "Trạng thái") == "Đã trả lời");
        Assert.Equal("Lê Văn Dũng (cuc.dienluc)", answered.Children[1].TextContent);
        var status = answered.QuerySelectorAll(".changes tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Trạng thái");
        Assert.Equal("Đang xử lý", status.QuerySelector(".old")!.TextContent);
        Assert.Equal("Nội dung trả lời", answered.QuerySelectorAll(".changes th").Select(th => th.TextContent).First(t => t.StartsWith("Nội dung")));
        var text = page.QuerySelector("[data-testid=audit]")!.TextContent;
        Assert.DoesNotContain(submitterId, text);
        Assert.DoesNotContain("Recommendation", text);
        Assert.DoesNotContain("SubmittedById", text);
    }

    [Fact]
    public async Task AWorkflowStep_NamesItsActionStatusesAndActor()
    {
        var submitted = await App.SubmitAsync("xa.hoankiem", "Bước xử lý tiếng Việt " + RecommendationSteps.Token(), "Lưới điện trung thế chậm cải tạo.", ct: Ct);
        await App.ActAsync("cuc.dienluc", submitted.Summary.Id, new { action = "receive", comment = "Đã nhận." }, Ct);
        var admin = await PageClient.SignedIn(App, "admin");

        var (_, page) = await admin.GetAsync("/quan-tri/nhat-ky?entityType=RecommendationEvent&user=cuc.dienluc");

        var step = page.QuerySelectorAll("[data-testid=audit] > tbody > tr")
            .First(tr => tr.Children[3].TextContent.Trim() == $"Bước xử lý kiến nghị KN{submitted.Summary.Id:D6}");
        Assert.Equal("Lê Văn Dũng (cuc.dienluc)", Field(step, "Người thực hiện"));
        Assert.Equal("Tiếp nhận", Field(step, "Thao tác"));
        Assert.Equal("Mới gửi", Field(step, "Trạng thái trước"));
        Assert.Equal("Đã tiếp nhận", Field(step, "Trạng thái sau"));
    }

    /// <summary>The value an entry's row shows beside a field's Vietnamese name.</summary>
    internal static string? Field(AngleSharp.Dom.IElement row, string label) =>
        row.QuerySelectorAll(".changes tr").SingleOrDefault(tr => tr.QuerySelector("th")!.TextContent == label)?.QuerySelector(".new")!.TextContent;

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}";
}

[Collection(SqliteCollection.Name)]
public sealed class AuditLogOnSqlite(SqliteApp app) : AuditLogTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditLogOnPostgres(PostgresApp app) : AuditLogTests(app);
