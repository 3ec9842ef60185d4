using System.Data.Common;
using System.Globalization;
using CauNoi.Web.Data;

namespace CauNoi.Tests.Data;

/// <summary>A database's schema as comparable lines: columns, indexes, constraints; EF Core's own bookkeeping left out.</summary>
public static class SchemaDump
{
    private const string Bookkeeping = "('__EFMigrationsHistory', '__EFMigrationsLock', 'SchemaVersions', 'sqlite_sequence')";

    private const string Postgres = $"""
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') || ' identity=' || is_identity
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN {Bookkeeping}
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN {Bookkeeping}
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND trim(both '"' from conrelid::regclass::text) NOT IN {Bookkeeping}
        UNION ALL
        SELECT 'extension ' || extname FROM pg_extension
        """;

    private const string Sqlite = $"""
        SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' default=' || coalesce(c.dflt_value, '') || ' pk=' || c.pk
        FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT IN {Bookkeeping}
        UNION ALL
        SELECT 'index ' || m.name || ' ' || coalesce(m.sql, '') FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name NOT IN {Bookkeeping}
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
        """;

    public static Task<List<string>> ReadAsync(CauNoiDb db) => Lines.ReadAsync(db, db.Database.IsNpgsql() ? Postgres : Sqlite);
}

/// <summary>Every row of every table of the model that the database has (a newer migration's table not yet), as comparable lines.</summary>
public static class TableDump
{
    /// <summary>
    /// The rows, in the columns given for a table (by default every column it has): rows kept across migrations are read
    /// again in the columns they had before, since a later migration may add columns.
    /// </summary>
    public static async Task<List<string>> ReadAsync(CauNoiDb db, IReadOnlyDictionary<string, string[]>? columns = null)
    {
        var existing = await Lines.ReadAsync(db, db.Database.IsNpgsql()
            ? "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
        var lines = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Where(existing.Contains).Order())
        {
            var selected = columns?.GetValueOrDefault(table) is { } names ? string.Join(", ", names.Select(n => $"\"{n}\"")) : "*";
            lines.AddRange((await Lines.ReadAsync(db, $"""SELECT {selected} FROM "{table}" """)).Select(row => $"{table}: {row}"));
        }
        Assert.Contains(lines, l => l.StartsWith("Recommendations: "));
        return lines;
    }

    /// <summary>Each table's columns now.</summary>
    public static async Task<Dictionary<string, string[]>> ColumnsAsync(CauNoiDb db) =>
        (await Lines.ReadAsync(db, db.Database.IsNpgsql()
            ? "SELECT table_name || '|' || column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            : "SELECT m.name || '|' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'"))
        .Select(l => l.Split('|')).GroupBy(p => p[0], p => p[1]).ToDictionary(g => g.Key, g => g.ToArray());
}

internal static class Lines
{
    /// <summary>The rows of a query, each row's values joined into one line, sorted.</summary>
    public static async Task<List<string>> ReadAsync(CauNoiDb db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
