using System.Data.Common;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Notifications;

/// <summary>A notification to an organisation: one row that each member sees and reads for themself.</summary>
public abstract class OrganisationNotificationsTests(CauNoiApp app) : AppTests(app)
{
    /// <summary>A Ministry unit of its own, with two officers (demo password), so that reading here disturbs no other test.</summary>
    private sealed record Unit(int Id, string Email, string First, string Second);

    private async Task<Unit> NewUnitAsync(bool withEmail = true)
    {
        var code = "TB" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var email = $"{code.ToLowerInvariant()}@donvi.caunoi.local";
        await using var scope = App.Db();
        var unit = new Organisation { Kind = OrganisationKind.MinistryUnit, Code = code, Name = "Vụ Thử thông báo " + code, Email = withEmail ? email : null };
        scope.Context.Organisations.Add(unit);
        await scope.Context.SaveChangesAsync(Ct);
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var names = new List<string>();
        foreach (var n in new[] { "mot", "hai" })
        {
            var user = new AppUser { UserName = $"{code.ToLowerInvariant()}.{n}", Email = $"{code.ToLowerInvariant()}.{n}@demo.caunoi.vn", FullName = "Chuyên viên " + n, OrganisationId = unit.Id };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.MinistryOfficer)).Succeeded);
            names.Add(user.UserName);
        }
        return new Unit(unit.Id, email, names[0], names[1]);
    }

    /// <summary>Notifies the unit the way the workflow does: added to a unit of work, saved with it.</summary>
    private async Task<long> NotifyAsync(int unitId, string title, DateTime? at = null)
    {
        await using var scope = App.Db();
        await Notify.OrganisationsAsync(scope.Context, [unitId], title, "Nội dung gửi đơn vị.", "/kien-nghi/1", at ?? DateTime.UtcNow, Ct);
        await scope.Context.SaveChangesAsync(Ct);
        return await scope.Context.Notifications.Where(n => n.OrganisationId == unitId && n.Title == title).Select(n => n.Id).SingleAsync(Ct);
    }

    private async Task<List<Inbox.Item>> ListAsync(string userName, bool unread = false) =>
        (await (await App.ApiAs(userName)).GetFromJsonAsync<Page<Inbox.Item>>("/api/v1/notifications" + (unread ? "?unread=true" : ""), ApiJson.Options, Ct))!.Items.ToList();

    private async Task<int> UnreadAsync(string userName)
    {
        var (userId, _) = await RecommendationSetup.UserAsync(App, userName, Ct);
        await using var scope = App.Db();
        return await Inbox.UnreadCountAsync(scope.Context, userId, Ct);
    }

    private async Task<HttpResponseMessage> ReadAsync(string userName, long id) =>
        await (await App.ApiAs(userName)).PostAsync($"/api/v1/notifications/{id}/read", null, Ct);

    [Fact]
    public async Task ToAUnit_IsOneRow_BothOfficersSeeIt_AndTheUnitsAddressGetsOneEmail()
    {
        var unit = await NewUnitAsync();
        var title = "Gửi đơn vị " + Guid.NewGuid();

        var id = await NotifyAsync(unit.Id, title);

        await using var scope = App.Db();
        Assert.Equal(1, await scope.Context.Notifications.CountAsync(n => n.Title == title, Ct));
        Assert.Equal(1, await scope.Context.OutboxEmails.CountAsync(m => m.Subject.Contains(title), Ct));
        Assert.Equal(unit.Email, await scope.Context.OutboxEmails.Where(m => m.Subject.Contains(title)).Select(m => m.To).SingleAsync(Ct));
        foreach (var officer in new[] { unit.First, unit.Second })
        {
            var item = Assert.Single(await ListAsync(officer), i => i.Id == id);
            Assert.True(item.ToOrganisation);
            Assert.Null(item.ReadAt);
            Assert.Contains(id, (await ListAsync(officer, unread: true)).Select(i => i.Id));
        }
    }

    [Fact]
    public async Task Submission_WritesOneNotificationForTheRoutedUnit_NotOnePerOfficer_AndTheirOfficersAllSeeIt()
    {
        var id = await RecommendationSetup.SubmitAsync(App, "Một dòng cho cả đơn vị " + Guid.NewGuid(), Ct);

        await using var scope = App.Db();
        var db = scope.Context;
        var dienLuc = await db.Organisations.Where(o => o.Code == "DL").Select(o => o.Id).SingleAsync(Ct);
        var (focal, _) = await RecommendationSetup.UserAsync(App, "phutrach.hanoi", Ct);
        var written = await db.Notifications.Where(n => n.Link == $"/kien-nghi/{id}").Select(n => new { n.UserId, n.OrganisationId }).ToListAsync(Ct);
        Assert.Equal(2, written.Count);
        Assert.Contains(written, n => n.OrganisationId == dienLuc && n.UserId == null);
        Assert.Contains(written, n => n.UserId == focal && n.OrganisationId == null);
        foreach (var officer in new[] { "cuc.dienluc", "lanhdao.dienluc" })
            Assert.Contains(await ListAsync(officer), i => i.Link == $"/kien-nghi/{id}" && i.ToOrganisation);
    }

    [Fact]
    public async Task ToAUnitWithoutAnAddress_SendsNoEmail()
    {
        var unit = await NewUnitAsync(withEmail: false);
        var title = "Không có thư " + Guid.NewGuid();

        await NotifyAsync(unit.Id, title);

        await using var scope = App.Db();
        Assert.Equal(0, await scope.Context.OutboxEmails.CountAsync(m => m.Subject.Contains(title), Ct));
        Assert.Single(await ListAsync(unit.First), i => i.Title == title);
    }

    [Fact]
    public async Task Read_ByOneOfficer_LeavesItUnreadForTheOther()
    {
        var unit = await NewUnitAsync();
        var id = await NotifyAsync(unit.Id, "Đọc riêng " + Guid.NewGuid());

        var response = await ReadAsync(unit.First, id);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(Assert.Single(await ListAsync(unit.First), i => i.Id == id).ReadAt);
        Assert.DoesNotContain(id, (await ListAsync(unit.First, unread: true)).Select(i => i.Id));
        Assert.Null(Assert.Single(await ListAsync(unit.Second), i => i.Id == id).ReadAt);
        Assert.Contains(id, (await ListAsync(unit.Second, unread: true)).Select(i => i.Id));
        Assert.Equal((0, 1), (await UnreadAsync(unit.First), await UnreadAsync(unit.Second)));
        // Twice is the same as once.
        Assert.Equal(HttpStatusCode.NoContent, (await ReadAsync(unit.First, id)).StatusCode);
    }

    [Fact]
    public async Task ReadAll_MarksTheUnitsAndTheCallersOwn_ForTheCallerOnly()
    {
        var unit = await NewUnitAsync();
        var first = await NotifyAsync(unit.Id, "Một " + Guid.NewGuid());
        var second = await NotifyAsync(unit.Id, "Hai " + Guid.NewGuid());
        var (firstId, _) = await RecommendationSetup.UserAsync(App, unit.First, Ct);
        await using (var scope = App.Db())
        {
            await Notify.UsersAsync(scope.Context, [firstId], "Riêng " + Guid.NewGuid(), "Nội dung riêng.", "/kien-nghi/1", DateTime.UtcNow, Ct);
            await scope.Context.SaveChangesAsync(Ct);
        }
        Assert.Equal((3, 2), (await UnreadAsync(unit.First), await UnreadAsync(unit.Second)));

        var response = await (await App.ApiAs(unit.First)).PostAsync("/api/v1/notifications/read-all", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<NotificationsApi.ReadAllResult>(Ct))!.Marked);
        Assert.Equal((0, 2), (await UnreadAsync(unit.First), await UnreadAsync(unit.Second)));
        Assert.Empty(await ListAsync(unit.First, unread: true));
        Assert.All(await ListAsync(unit.First), i => Assert.NotNull(i.ReadAt));
        Assert.Equal([second, first], (await ListAsync(unit.Second, unread: true)).Select(i => i.Id));
    }

    [Fact]
    public async Task ReadAll_LeavesUnread_WhatArrivesAfterIt_EvenStampedAMomentBefore()
    {
        var unit = await NewUnitAsync();
        var old = await NotifyAsync(unit.Id, "Cũ " + Guid.NewGuid(), DateTime.UtcNow.AddDays(-3));
        await NotifyAsync(unit.Id, "Vừa xong " + Guid.NewGuid());
        await (await App.ApiAs(unit.First)).PostAsync("/api/v1/notifications/read-all", null, Ct);

        // A change that began before the click and was saved after it, and one made later.
        var late = await NotifyAsync(unit.Id, "Lưu sau " + Guid.NewGuid(), DateTime.UtcNow.AddMinutes(-1));
        var later = await NotifyAsync(unit.Id, "Mới " + Guid.NewGuid());

        Assert.Equal([later, late], (await ListAsync(unit.First, unread: true)).Select(i => i.Id));
        Assert.Equal(2, await UnreadAsync(unit.First));
        Assert.NotNull(Assert.Single(await ListAsync(unit.First), i => i.Id == old).ReadAt);
        await using var scope = App.Db();
        var (userId, _) = await RecommendationSetup.UserAsync(App, unit.First, Ct);
        // The old one is covered by the mark, not by a row of its own.
        Assert.False(await scope.Context.NotificationReads.AnyAsync(r => r.UserId == userId && r.NotificationId == old, Ct));
    }

    [Fact]
    public async Task Pages_InterleaveTheUnitsAndTheOfficersOwn_NewestFirst()
    {
        var unit = await NewUnitAsync(withEmail: false);
        var (firstId, _) = await RecommendationSetup.UserAsync(App, unit.First, Ct);
        var now = DateTime.UtcNow;
        var expected = new List<(DateTime At, string Title)>();
        await using (var scope = App.Db())
        {
            for (var i = 1; i <= 33; i++)
            {
                await Notify.OrganisationsAsync(scope.Context, [unit.Id], $"Đơn vị {i}", "Nội dung.", "/kien-nghi/1", now.AddMinutes(-i), Ct);
                expected.Add((now.AddMinutes(-i), $"Đơn vị {i}"));
            }
            foreach (var minutes in new[] { 10.5, 20.5, 40 })
            {
                await Notify.UsersAsync(scope.Context, [firstId], $"Riêng {minutes}", "Nội dung.", "/kien-nghi/1", now.AddMinutes(-minutes), Ct);
                expected.Add((now.AddMinutes(-minutes), $"Riêng {minutes}"));
            }
            await scope.Context.SaveChangesAsync(Ct);
        }
        var newestFirst = expected.OrderByDescending(e => e.At).Select(e => e.Title).ToList();

        var client = await App.ApiAs(unit.First);
        var one = (await client.GetFromJsonAsync<Page<Inbox.Item>>("/api/v1/notifications", ApiJson.Options, Ct))!;
        var two = (await client.GetFromJsonAsync<Page<Inbox.Item>>("/api/v1/notifications?page=2", ApiJson.Options, Ct))!;

        Assert.Equal((36, 2), (one.Total, one.PageCount));
        Assert.Equal(newestFirst[..30], one.Items.Select(i => i.Title));
        Assert.Equal(newestFirst[30..], two.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task AnotherOrganisationsMember_NeitherSeesNorMarksIt()
    {
        var unit = await NewUnitAsync();
        var id = await NotifyAsync(unit.Id, "Của đơn vị khác " + Guid.NewGuid());

        Assert.DoesNotContain(id, (await ListAsync("cuc.dienluc")).Select(i => i.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync("cuc.dienluc", id)).StatusCode);
        var page = await PageClient.SignedIn(App, "xa.badinh");
        Assert.Equal(HttpStatusCode.NotFound, (await page.PostFormAsync($"/thong-bao?handler=Read&id={id}", new(), formPage: "/thong-bao")).StatusCode);
        await using var scope = App.Db();
        Assert.False(await scope.Context.NotificationReads.AnyAsync(r => r.NotificationId == id, Ct));
    }

    [Fact]
    public async Task Page_LabelsTheUnitsNotification_TheBadgeCountsIt_AndReadingItThereClearsItForThatOfficer()
    {
        var unit = await NewUnitAsync();
        var id = await NotifyAsync(unit.Id, "Trang đơn vị " + Guid.NewGuid());
        var first = await PageClient.SignedIn(App, unit.First);
        var second = await PageClient.SignedIn(App, unit.Second);

        var (status, page) = await first.GetAsync("/thong-bao");

        Assert.Equal(HttpStatusCode.OK, status);
        var item = page.QuerySelector($"[data-notification='{id}']")!;
        Assert.Equal("true", item.GetAttribute("data-unread"));
        Assert.NotNull(item.QuerySelector("[data-testid=to-organisation]"));
        Assert.StartsWith("1", page.QuerySelector("[data-testid=unread-count]")!.TextContent);

        var read = await first.PostFormAsync($"/thong-bao?handler=Read&id={id}", new() { ["returnUrl"] = "/thong-bao" }, formPage: "/thong-bao");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var (_, after) = await first.GetAsync("/thong-bao");
        Assert.Equal("false", after.QuerySelector($"[data-notification='{id}']")!.GetAttribute("data-unread"));
        Assert.Null(after.QuerySelector("[data-testid=unread-count]"));
        var (_, theirs) = await second.GetAsync("/thong-bao?chuadoc=true");
        Assert.Equal("true", theirs.QuerySelector($"[data-notification='{id}']")!.GetAttribute("data-unread"));
        Assert.StartsWith("1", theirs.QuerySelector("[data-testid=unread-count]")!.TextContent);
    }

    [Fact]
    public async Task Badge_PastNinetyNineUnread_Shows99Plus_AndCountsNoFurther()
    {
        var unit = await NewUnitAsync(withEmail: false);
        await using (var scope = App.Db())
        {
            var at = DateTime.UtcNow;
            for (var i = 0; i < Inbox.UnreadCountUpTo + 5; i++)
                await Notify.OrganisationsAsync(scope.Context, [unit.Id], $"Nhiều {i}", "Nội dung.", "/kien-nghi/1", at.AddSeconds(-i), Ct);
            await scope.Context.SaveChangesAsync(Ct);
        }

        var (_, page) = await (await PageClient.SignedIn(App, unit.First)).GetAsync("/thong-bao");

        Assert.Equal(Inbox.UnreadCountUpTo, await UnreadAsync(unit.First));
        Assert.StartsWith("99+", page.QuerySelector("[data-testid=unread-count]")!.TextContent);
        Assert.Equal("Hơn 99 thông báo chưa đọc.", page.QuerySelector("[data-testid=unread-summary]")!.TextContent);
    }

    [Fact]
    public async Task Database_RefusesANotificationToNoOne()
    {
        await using var scope = App.Db();
        var now = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<DbException>(() => scope.Context.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Notifications" ("At", "Title") VALUES ({now}, {"Không gửi ai"})""", Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationNotificationsOnSqlite(SqliteApp app) : OrganisationNotificationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationNotificationsOnPostgres(PostgresApp app) : OrganisationNotificationsTests(app);
