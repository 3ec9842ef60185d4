using CauNoi.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace CauNoi.Tests.Data;

/// <summary>
/// Script 0004 rebuilds the Notifications table on SQLite (a column made nullable, a CHECK added): the
/// notifications already there survive it, ids and all, and new ones are numbered after them.
/// PostgreSQL alters the table in place, which keeps its rows by itself.
/// </summary>
public sealed class NotificationsUpgradeTests
{
    [Fact]
    public async Task UpgradingTo0004_KeepsEveryNotification_AndNumbersNewOnesAfterThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<CauNoiDb>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), "caunoi-upgrade-" + Guid.NewGuid().ToString("N") + ".db")}");
        await using var db = new CauNoiDb(options.Options);
        await db.Database.OpenConnectionAsync(ct);
        // The database as 0003 left it, with a user's notification.
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE "SchemaVersions" ("Version" integer NOT NULL PRIMARY KEY, "Name" varchar(200) NOT NULL, "AppliedAt" varchar(40) NOT NULL)""", ct);
        foreach (var script in SchemaMigrator.Scripts(DatabaseProvider.Sqlite).Where(s => s.Version < 4))
        {
            await db.Database.ExecuteSqlRawAsync(script.Sql, ct);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SchemaVersions" VALUES ({script.Version}, {script.Name}, '')""", ct);
        }
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Organisations" ("Id", "Kind", "Code", "Name", "IsLocalAffairsHub", "IsActive", "SearchName") VALUES (7, 1, 'DL', 'Cục Điện lực', 0, 1, '');
            INSERT INTO "AspNetUsers" ("Id", "FullName", "OrganisationId", "IsActive", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u-1', 'Lê Văn Dũng', 7, 1, 0, 0, 0, 0, 0);
            INSERT INTO "Notifications" ("Id", "UserId", "At", "Title", "Body", "Link", "ReadAt")
            VALUES (41, 'u-1', '2026-03-02 08:00:00', 'Kiến nghị KN-000041 đã được trả lời', 'Nội dung', '/kien-nghi/41', '2026-03-03 09:00:00');
            """, ct);

        Assert.Equal(1, await SchemaMigrator.MigrateAsync(db, NullLogger.Instance, ct));

        var kept = await db.Notifications.AsNoTracking().SingleAsync(ct);
        Assert.Equal((41L, "u-1", (int?)null, "Kiến nghị KN-000041 đã được trả lời", "/kien-nghi/41"), (kept.Id, kept.UserId, kept.OrganisationId, kept.Title, kept.Link));
        Assert.Equal(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), kept.ReadAt);
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Notifications" ("OrganisationId", "At", "Title") VALUES (7, '2026-03-04 08:00:00', 'Mới')""", ct);
        Assert.Equal([41L, 42L], await db.Notifications.OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(ct));
    }
}
