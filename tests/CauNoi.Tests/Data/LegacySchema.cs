using System.Reflection;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Settings;
using Microsoft.AspNetCore.Identity;

namespace CauNoi.Tests.Data;

/// <summary>
/// A database as the releases before EF Core migrations left it: built by their schema scripts (kept in
/// Data/LegacySchema for this purpose only), recorded in SchemaVersions, and holding what officials had put in it.
/// </summary>
public static class LegacySchema
{
    public static async Task BuildAsync(CauNoiDb db, int upTo, CancellationToken ct)
    {
        var provider = db.Database.IsNpgsql() ? "Postgres" : "Sqlite";
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = assembly.GetManifestResourceNames().Where(n => n.StartsWith($"legacy-schema/{provider}/", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(4, scripts.Count);
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE "SchemaVersions" ("Version" integer NOT NULL PRIMARY KEY, "Name" varchar(200) NOT NULL, "AppliedAt" varchar(40) NOT NULL)""", ct);
        foreach (var (name, version) in scripts.Select((n, i) => (n, i + 1)).Where(s => s.Item2 <= upTo))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            await db.Database.ExecuteSqlRawAsync(await reader.ReadToEndAsync(ct), ct);
            var file = Path.GetFileName(name);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SchemaVersions" ("Version", "Name", "AppliedAt") VALUES ({version}, {file}, '2026-11-30T02:00:00Z')""", ct);
        }
    }

    public static async Task<bool> HasSchemaVersionsAsync(CauNoiDb db) =>
        (await db.Database.SqlQueryRaw<int>(db.Database.IsNpgsql()
            ? """SELECT CASE WHEN to_regclass('"SchemaVersions"') IS NULL THEN 0 ELSE 1 END AS "Value" """
            : """SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE name = 'SchemaVersions'""").ToListAsync()).Single() == 1;

    /// <summary>
    /// The reference data and demo accounts, then, written as the old release wrote them, a recommendation of Hà Nội
    /// with its history, thread, group, reminder, notifications (read and unread), e-mail, setting and audit entry.
    /// </summary>
    /// <returns>The recommendation's id.</returns>
    /// <summary>Columns that migrations after the first add to the tables the seeds write: (table, column, SQLite type, PostgreSQL type).</summary>
    private static readonly (string Table, string Column, string Sqlite, string Postgres)[] AddedLater =
    [
        ("Organisations", "AnswersNeedApproval", "INTEGER NOT NULL DEFAULT 0", "boolean NOT NULL DEFAULT false"),
    ];

    public static async Task<int> FillAsync(CauNoiDb db, CancellationToken ct)
    {
        db.SuppressAudit = true;
        // The seeds write through this build's model: the columns later migrations add to the tables they write are there
        // while they run, and gone again before the takeover.
        var postgres = db.Database.IsNpgsql();
        // The names are this file's own constants (AddedLater), never input: raw SQL is safe here.
#pragma warning disable EF1002
        foreach (var (table, column, sqlite, pg) in AddedLater)
            await db.Database.ExecuteSqlRawAsync($"""ALTER TABLE "{table}" ADD "{column}" {(postgres ? pg : sqlite)}""", ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await AdminUnitsSeed.LoadAsync(db, ct);   // its bulk writes run inside a transaction, as at start-up
            await tx.CommitAsync(ct);
        }
        await OrganisationsSeed.LoadAsync(db, ct);
        await HolidaysSeed.LoadAsync(db, ct);
        db.Roles.AddRange(Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }));
        await db.SaveChangesAsync(ct);
        await DemoData.LoadAsync(db, ct);
        db.ChangeTracker.Clear();
        foreach (var (table, column, _, _) in AddedLater)
            await db.Database.ExecuteSqlRawAsync($"""ALTER TABLE "{table}" DROP COLUMN "{column}" """, ct);
#pragma warning restore EF1002

        var hanoi = await db.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).SingleAsync(ct);
        var dienluc = await db.Organisations.Where(o => o.Code == "DL").Select(o => o.Id).SingleAsync(ct);
        var field = await db.FieldsOfWork.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(ct);
        var officer = await db.Users.Where(u => u.UserName == "so.hanoi").Select(u => u.Id).SingleAsync(ct);
        var answerer = await db.Users.Where(u => u.UserName == "cuc.dienluc").Select(u => u.Id).SingleAsync(ct);
        var at = new DateTime(2026, 11, 20, 2, 30, 0, DateTimeKind.Utc);
        var (received, due) = (new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 11));

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "RecommendationGroups" ("Title", "CreatedAt", "CreatedById") VALUES ('Đấu nối điện cho cụm công nghiệp', {at}, {answerer})
            """, ct);
        var group = (await db.RecommendationGroups.Select(g => g.Id).ToListAsync(ct)).Single();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Recommendations" ("Title", "Content", "FieldId", "ConcernKind", "Urgency", "Channel", "ProvinceCode",
                "SubmittingOrganisationId", "SubmittedById", "ContactName", "RoutedUnitId", "Status", "ReceivedOn", "WorkingDaysAllowed",
                "DueOn", "GroupId", "IdempotencyKey", "CreatedAt", "UpdatedAt", "Version", "SearchName")
            VALUES ('Đề nghị hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp Phú Nghĩa',
                'Chủ đầu tư hạ tầng cụm công nghiệp Phú Nghĩa chưa được hướng dẫn thủ tục đấu nối trạm biến áp 110 kV.',
                {field}, 3, 2, 1, '01', {hanoi}, {officer}, 'Phạm Minh Tuấn', {dienluc}, 3, {received}, 15, {due}, {group}, 'legacy-1',
                {at}, {at}, 2, 'de nghi huong dan thu tuc dau noi dien cho cum cong nghiep phu nghia')
            """, ct);
        var id = await db.Recommendations.Where(r => r.IdempotencyKey == "legacy-1").Select(r => r.Id).SingleAsync(ct);
        var later = at.AddDays(1);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "RecommendationEvents" ("RecommendationId", "At", "ActorId", "ActorName", "ActorOrganisation", "Action", "ToStatus")
            VALUES ({id}, {at}, {officer}, 'Phạm Minh Tuấn', 'Sở Công Thương Hà Nội', 'submit', 1);
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "RecommendationEvents" ("RecommendationId", "At", "ActorId", "ActorName", "ActorOrganisation", "Action", "FromStatus", "ToStatus", "Comment")
            VALUES ({id}, {later}, {answerer}, 'Lê Văn Dũng', 'Cục Điện lực', 'start', 2, 3, 'Đang làm việc với Tổng công ty Điện lực miền Bắc');
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "RecommendationMessages" ("RecommendationId", "At", "AuthorId", "AuthorName", "AuthorOrganisation", "FromMinistry", "Text")
            VALUES ({id}, {later}, {answerer}, 'Lê Văn Dũng', 'Cục Điện lực', {true}, 'Đề nghị Sở gửi sơ đồ đấu nối dự kiến.')
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ReminderLog" ("RecommendationId", "Kind", "DueOn", "SentAt") VALUES ({id}, 'due-soon', {due}, {later})
            """, ct);
        var link = $"/kien-nghi/{id}";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Notifications" ("OrganisationId", "At", "Title", "Body", "Link") VALUES ({dienluc}, {at}, 'Kiến nghị mới', 'Hạn trả lời: 11/12/2026', {link})
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Notifications" ("UserId", "At", "Title", "Link", "ReadAt") VALUES ({officer}, {later}, 'Cục Điện lực đề nghị bổ sung', {link}, {later})
            """, ct);
        var unitNotification = await db.Notifications.Where(n => n.OrganisationId == dienluc).Select(n => n.Id).SingleAsync(ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationReads" ("NotificationId", "UserId", "ReadAt") VALUES ({unitNotification}, {answerer}, {later})
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationReadMarks" ("UserId", "ReadThrough", "ReadAt") VALUES ({officer}, {later}, {later})
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "OutboxEmails" ("To", "Subject", "Body", "CreatedAt", "Attempts", "LastError")
            VALUES ('dienluc@moit.gov.vn', '[Cầu Nối] Kiến nghị mới', 'Xem chi tiết: /kien-nghi/1', {at}, 2, 'SmtpException: máy chủ không trả lời')
            """, ct);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Settings" ("Key", "Value") VALUES ({SettingValues.ReopenPeriodDays}, '45')""", ct);
        var values = """{"Title":"Đề nghị hướng dẫn thủ tục đấu nối điện"}""";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditLog" ("At", "UserName", "Action", "EntityType", "EntityKey", "NewValues")
            VALUES ({at}, 'so.hanoi', 'Tạo mới', 'Recommendation', {id.ToString()}, {values})
            """, ct);
        return id;
    }
}
