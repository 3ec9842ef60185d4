using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CauNoi.Web.Data;

/// <summary>
/// Brings the database to this build's schema with the engine's EF Core migrations (Data/Migrations/Sqlite,
/// Data/Migrations/Postgres). A database built by the releases before them, whose schema scripts were recorded in
/// SchemaVersions, is taken over in place: its schema is exactly that of the first migration, so that migration is
/// recorded as applied and the later ones run on it, rows untouched.
/// </summary>
public static class SchemaUpgrade
{
    /// <summary>The last schema script of the releases before EF Core migrations.</summary>
    public const int LastScript = 4;

    public static async Task MigrateAsync(CauNoiDb db, ILogger logger, CancellationToken ct = default)
    {
        // Of two instances starting together, the second waits here for the first to finish, then finds nothing to do.
        // EF Core's own migration lock did not do that on PostgreSQL: with two migrations pending, the second instance
        // applied the later one again (42P07, StartupTests). SQLite lets one writer at a time by itself.
        await db.Database.OpenConnectionAsync(ct);
        var postgres = db.Database.IsNpgsql();
        try
        {
            if (postgres) await db.Database.WaitForAsync("SELECT pg_advisory_lock(4242001)", ct);
            await TakeOverScriptedDatabaseAsync(db, logger, ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            if (postgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(4242001)", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task TakeOverScriptedDatabaseAsync(CauNoiDb db, ILogger logger, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await ScriptVersionAsync(db, ct) is not { } version) return;
        if (version != LastScript)
            throw new InvalidOperationException(
                $"Cơ sở dữ liệu đang ở phiên bản lược đồ {version} (SchemaVersions); phiên bản này chỉ nâng cấp được từ phiên bản {LastScript}. " +
                "Hãy chạy bản phát hành có tập lệnh 0004_organisation_notifications trước, rồi chạy lại bản này.");

        var history = db.GetService<IHistoryRepository>();
        var first = db.Database.GetMigrations().First();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), ct);
        await db.Database.ExecuteSqlRawAsync("""DROP TABLE "SchemaVersions" """, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Database built by schema scripts 0001-{Version} taken over by EF Core migrations at {Migration}", version, first);
    }

    /// <summary>The last schema script applied to a database of the releases before EF Core migrations; null for any other.</summary>
    private static async Task<int?> ScriptVersionAsync(CauNoiDb db, CancellationToken ct)
    {
        var exists = db.Database.IsNpgsql()
            // pg_tables, not to_regclass: a query of the catalog sees at once a table another instance has just dropped.
            ? """SELECT COUNT(*)::int AS "Value" FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'SchemaVersions'"""
            : """SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = 'SchemaVersions'""";
        if ((await db.Database.SqlQueryRaw<int>(exists).ToListAsync(ct)).Single() == 0) return null;
        return (await db.Database.SqlQueryRaw<int>("""SELECT COALESCE(MAX("Version"), 0) AS "Value" FROM "SchemaVersions" """).ToListAsync(ct)).Single();
    }
}
