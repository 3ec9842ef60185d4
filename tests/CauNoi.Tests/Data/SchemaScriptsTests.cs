using System.Data.Common;
using CauNoi.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace CauNoi.Tests.Data;

/// <summary>The hand-written schema scripts build exactly the database the EF model expects.</summary>
public abstract class SchemaScriptsTests(Engine engine)
{
    [Fact]
    public async Task Scripts_BuildTheSameSchemaAsTheModel()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var fromScripts = NewDb();
        await SchemaMigrator.MigrateAsync(fromScripts, NullLogger.Instance, TestContext.Current.CancellationToken);
        await using var fromModel = NewDb();
        await fromModel.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);

        var expected = await SchemaDump.ReadAsync(fromModel);
        var actual = await SchemaDump.ReadAsync(fromScripts);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Except(actual).ToList(), []);   // what the model has that the scripts lack
        Assert.Equal(actual.Except(expected).ToList(), []);   // what the scripts add that the model lacks
    }

    [Fact]
    public async Task Migrating_AnUpToDateDatabase_AppliesNothingAndKeepsItsData()
    {
        EngineRequirement.RequireAvailable(engine);
        var ct = TestContext.Current.CancellationToken;
        await using var db = NewDb();
        var first = await SchemaMigrator.MigrateAsync(db, NullLogger.Instance, ct);
        db.CalendarDays.Add(new() { Date = new DateOnly(2030, 1, 1), Name = "Tết Dương lịch" });
        await db.SaveChangesAsync(ct);

        var second = await SchemaMigrator.MigrateAsync(db, NullLogger.Instance, ct);

        Assert.Equal(SchemaMigrator.Scripts(db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite).Count, first);
        Assert.Equal(0, second);
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2030, 1, 1), ct));
    }

    private CauNoiDb NewDb()
    {
        var options = new DbContextOptionsBuilder<CauNoiDb>();
        var connectionString = engine == Engine.Postgres
            ? PostgresServer.CreateDatabase()
            : $"Data Source={Path.Combine(Path.GetTempPath(), "caunoi-schema-" + Guid.NewGuid().ToString("N") + ".db")}";
        DatabaseSetup.Configure(options, engine == Engine.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connectionString);
        return new CauNoiDb(options.Options);
    }
}

public sealed class SchemaScriptsOnSqlite() : SchemaScriptsTests(Engine.Sqlite);
public sealed class SchemaScriptsOnPostgres() : SchemaScriptsTests(Engine.Postgres);

/// <summary>A database's schema as comparable lines: columns, indexes, constraints.</summary>
public static class SchemaDump
{
    private const string Postgres = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') || ' identity=' || is_identity
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'SchemaVersions'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'SchemaVersions'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"SchemaVersions"'
        UNION ALL
        SELECT 'extension ' || extname FROM pg_extension
        """;

    private const string Sqlite = """
        SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' default=' || coalesce(c.dflt_value, '') || ' pk=' || c.pk
        FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT IN ('SchemaVersions', 'sqlite_sequence')
        UNION ALL
        SELECT 'index ' || m.name || ' ' || coalesce(m.sql, '') FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name <> 'SchemaVersions'
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
        """;

    public static async Task<List<string>> ReadAsync(CauNoiDb db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = db.Database.IsNpgsql() ? Postgres : Sqlite;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
