using System.Data.Common;
using System.Reflection;

namespace CauNoi.Web.Data;

/// <summary>
/// Applies the hand-written schema scripts of the provider in order, each in its own
/// transaction, and records each in SchemaVersions, so that an existing database is upgraded
/// in place and never recreated.
/// </summary>
public static class SchemaMigrator
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> Scripts(DatabaseProvider provider)
    {
        var prefix = $"migrations/{provider}/";
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Script(int.Parse(name[..name.IndexOf('_')]), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    public static async Task<int> MigrateAsync(CauNoiDb db, ILogger logger, CancellationToken ct = default)
    {
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Two instances starting together: the second waits here, then finds the scripts applied.
            if (provider == DatabaseProvider.Postgres)
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", ct);
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS "SchemaVersions" (
                    "Version" integer NOT NULL PRIMARY KEY,
                    "Name" varchar(200) NOT NULL,
                    "AppliedAt" varchar(40) NOT NULL)
                """, ct);
            var applied = 0;
            foreach (var script in Scripts(provider))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                var done = await ScalarAsync(connection, tx, $"SELECT COUNT(*) FROM \"SchemaVersions\" WHERE \"Version\" = {script.Version}", ct);
                if (Convert.ToInt64(done) > 0) { await tx.RollbackAsync(ct); continue; }

                await ExecuteAsync(connection, tx, script.Sql, ct);
                await ExecuteAsync(connection, tx,
                    $"INSERT INTO \"SchemaVersions\" (\"Version\", \"Name\", \"AppliedAt\") VALUES ({script.Version}, '{script.Name}', '{DateTime.UtcNow:O}')", ct);
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied schema script {Script}", script.Name);
                applied++;
            }
            return applied;
        }
        finally
        {
            if (provider == DatabaseProvider.Postgres && connection.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private const long LockKey = 4242001;

    public static async Task<int> CurrentVersionAsync(CauNoiDb db, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return Convert.ToInt32(await ScalarAsync(connection, null, "SELECT COALESCE(MAX(\"Version\"), 0) FROM \"SchemaVersions\"", ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
