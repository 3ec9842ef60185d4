using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Identity;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Migrates the schema, loads reference data on first start, and the demo data set when asked.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CauNoi.Database");
        var config = scope.ServiceProvider.GetRequiredService<IConfiguration>();

        await SchemaUpgrade.MigrateAsync(db, logger, ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);   // readers do not wait for a writer

        // All of the first load or none of it; a second instance starting at the same time
        // waits for the lock, then finds the data there. On SQLite the lock is the write lock the
        // transaction takes as it begins: wait for it as long as for PostgreSQL's advisory lock, not
        // the 30 seconds of a request, as the first load with the demo data can take longer on a busy machine.
        var sqlite = db.Database.GetDbConnection() as Microsoft.Data.Sqlite.SqliteConnection;
        var usualTimeout = sqlite?.DefaultTimeout ?? 0;
        if (sqlite is not null)
        {
            await db.Database.OpenConnectionAsync(ct);
            sqlite.DefaultTimeout = (int)TimeSpan.FromMinutes(10).TotalSeconds;
        }
        try
        {
            await LoadAsync(db, scope.ServiceProvider, config, logger, ct);
        }
        finally
        {
            // The context goes back to the pool: the request that gets it next waits as long as any, on a connection it
            // opens and closes itself.
            if (sqlite is not null)
            {
                sqlite.DefaultTimeout = usualTimeout;
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>The reference data on first start, the roles and catalogue a release adds, and the demo data set when asked.</summary>
    private static async Task LoadAsync(CauNoiDb db, IServiceProvider services, IConfiguration config, ILogger logger, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.WaitForAsync("SELECT pg_advisory_xact_lock(4242002)", ct);

        db.SuppressAudit = true;
        if (await AdminUnitsSeed.LoadAsync(db, ct))
        {
            await OrganisationsSeed.LoadAsync(db, ct);
            await HolidaysSeed.LoadAsync(db, ct);
            db.SuppressAudit = false;
            db.AuditEntries.Add(new Features.Audit.AuditEntry
            {
                At = DateTime.UtcNow, UserName = CauNoiDb.SystemUser, Action = Features.Audit.AuditTrail.Created,
                EntityType = "ReferenceData", EntityKey = "admin-units",
                NewValues = """{"note":"Nạp dữ liệu tham chiếu: 34 tỉnh, 3.321 xã, 63 tỉnh cũ, bảng chuyển đổi 10.571 dòng, đơn vị thuộc Bộ, lĩnh vực, ngày nghỉ lễ"}""",
            });
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Loaded reference data");
        }
        // Roles are part of the code: a release that adds one adds it to every database.
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        db.Roles.AddRange(Roles.All.Except(existing).Select(r => new IdentityRole(r!) { NormalizedName = r!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() }));
        await db.SaveChangesAsync(ct);

        // The indicator catalogue came with a later release: a database without it gets it, whenever it was made.
        db.SuppressAudit = true;
        if (await Features.Indicators.IndicatorsSeed.LoadAsync(db, ct))
        {
            db.SuppressAudit = false;
            db.AuditEntries.Add(new Features.Audit.AuditEntry
            {
                At = DateTime.UtcNow, UserName = CauNoiDb.SystemUser, Action = Features.Audit.AuditTrail.Created,
                EntityType = Features.Audit.AuditNames.ReferenceData, EntityKey = "indicators",
                NewValues = """{"note":"Nạp danh mục chỉ tiêu, quy tắc kiểm tra và biểu mẫu báo cáo"}""",
            });
            await db.SaveChangesAsync(ct);
        }

        db.SuppressAudit = true;
        if (config.GetValue<bool>("CauNoi:DemoData"))
        {
            await DemoData.LoadAsync(db, ct);
            await DemoData.LoadDirectionsAsync(db, ct);
            await Features.Recommendations.DemoRecommendations.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Tasks.DemoTasks.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Meetings.DemoMeetings.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Indicators.DemoIndicators.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Clusters.DemoClusters.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Promotion.DemoPromotion.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
            await Features.Awards.DemoAwards.LoadAsync(db, services.GetRequiredService<TimeProvider>(), ct);
        }
        await tx.CommitAsync(ct);
    }
}
