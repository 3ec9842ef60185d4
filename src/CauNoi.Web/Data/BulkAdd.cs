using System.Data.Common;
using CauNoi.Web.Features.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CauNoi.Web.Data;

public partial class CauNoiDb
{
    /// <summary>
    /// Stores thousands of new records at once (a conference list) with what <see cref="SaveChangesAsync(bool, CancellationToken)"/>
    /// gives each: text in NFC, search columns, and the same audit entries. Only the writing differs: the keys are
    /// drawn from each table's own counter in one query, and the rows go in by the engine's bulk path (binary COPY
    /// on PostgreSQL, one prepared INSERT rebound for every row on SQLite) instead of an INSERT statement and a key
    /// round trip each. Runs inside the caller's transaction; the records are left tracked as saved.
    /// </summary>
    public async Task AddInBulkAsync<T>(IReadOnlyCollection<T> records, CancellationToken ct = default) where T : class
    {
        if (Database.CurrentTransaction is null) throw new InvalidOperationException("A bulk add runs inside the caller's transaction.");
        if (ChangeTracker.HasChanges()) throw new InvalidOperationException("Save pending changes before a bulk add.");
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;   // every entry is new and complete: there is nothing to detect
        try
        {
            Set<T>().AddRange(records);   // with what they hold (a recommendation's first event)
            var tables = ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToList();
            var types = tables.Select(t => t.Key).ToHashSet();
            // Principals first: a recommendation's key is known, and set on its events, before they are written.
            tables = [.. tables.OrderBy(t => Depth(t.Key, types))];
            foreach (var table in tables) await DrawKeysAsync(table.Key, [.. table], ct);
            NormaliseText();
            var audit = SuppressAudit ? []
                : AuditTrail.Capture(ChangeTracker).Select(c => c.ToEntry(CurrentUserName(), DateTime.UtcNow)).ToList();
            foreach (var table in tables) await WriteAsync(table.Key, table.Select(e => e.Entity), withKey: true, ct);
            await WriteAsync(Model.FindEntityType(typeof(AuditEntry))!, audit, withKey: false, ct);
            ChangeTracker.AcceptAllChanges();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Plain rows of one table (no dependents, keys left to the table's counter) written by the same bulk path, untracked
    /// and without an audit entry each: for tens of thousands of figures whose caller records one entry for them all
    /// (a history import), where tracking and keys drawn back would take longer than the writing. Text goes in as given.
    /// With <paramref name="withKeys"/> the rows carry keys drawn by <see cref="DrawKeysAsync{T}"/>, so that their
    /// dependents, written the same way after them, can name them (a demo data set of tens of thousands of records).
    /// </summary>
    public Task InsertInBulkAsync<T>(IEnumerable<T> rows, CancellationToken ct = default, bool withKeys = false) where T : class =>
        Database.CurrentTransaction is null ? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.")
            : WriteAsync(Model.FindEntityType(typeof(T))!, rows, withKey: withKeys, ct);

    /// <summary>Keys for new rows of a table, drawn from its counter as <see cref="AddInBulkAsync{T}"/> draws them, for <see cref="InsertInBulkAsync{T}"/>.</summary>
    public async Task<IReadOnlyList<long>> DrawKeysAsync<T>(int count, CancellationToken ct = default) where T : class =>
        Database.CurrentTransaction is null ? throw new InvalidOperationException("Keys are drawn inside the caller's transaction.")
            : await DrawAsync(Model.FindEntityType(typeof(T))!, count, ct) ?? throw new InvalidOperationException($"{typeof(T).Name} has no key drawn from a counter.");

    private static int Depth(IEntityType type, HashSet<IEntityType> among) =>
        type.GetForeignKeys().Where(fk => fk.PrincipalEntityType != type && among.Contains(fk.PrincipalEntityType))
            .Select(fk => Depth(fk.PrincipalEntityType, among) + 1).DefaultIfEmpty(0).Max();

    /// <summary>Gives each new row its key from the table's counter, as the INSERT would have; its dependents follow it.</summary>
    private async Task DrawKeysAsync(IEntityType type, List<EntityEntry> entries, CancellationToken ct)
    {
        if (await DrawAsync(type, entries.Count, ct) is not { } keys) return;
        var key = type.FindPrimaryKey()!.Properties[0];
        for (var i = 0; i < entries.Count; i++)
        {
            var property = entries[i].Property(key.Name);
            property.CurrentValue = Convert.ChangeType(keys[i], key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            property.IsTemporary = false;
        }
    }

    /// <summary>The next keys of the table's counter, or null for a table whose key is not drawn from one.</summary>
    private async Task<List<long>?> DrawAsync(IEntityType type, int count, CancellationToken ct)
    {
        if (type.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key]) return null;
        var table = type.GetTableName()!;
        var column = key.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()))!;
        var keys = new List<long>(count);
        if (Database.IsNpgsql())
        {
            // The identity's own sequence, advanced once for every row: other writers go on drawing past these.
            await using var draw = Command($"""SELECT nextval(pg_get_serial_sequence('"{table}"', '{column}')) FROM generate_series(1, {count})""");
            await using var reader = await draw.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) keys.Add(reader.GetInt64(0));
        }
        else
        {
            // AUTOINCREMENT: past the largest key ever given. The transaction holds SQLite's write lock, so no one draws meanwhile.
            await using var draw = Command($"""SELECT COALESCE(MAX(n), 0) FROM (SELECT MAX("{column}") AS n FROM "{table}" UNION ALL SELECT seq FROM sqlite_sequence WHERE name = '{table}')""");
            var last = Convert.ToInt64(await draw.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 1; i <= count; i++) keys.Add(last + i);
        }
        return keys;
    }

    /// <summary>The rows of one table, every mapped column (the key too, or left to the table's counter).</summary>
    private async Task WriteAsync(IEntityType type, IEnumerable<object> rows, bool withKey, CancellationToken ct)
    {
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = type.GetProperties().Where(p => withKey || !p.IsPrimaryKey()).ToArray();
        if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow) throw new InvalidOperationException($"{type.ClrType.Name}.{shadow.Name} has no property to read.");
        var getters = columns.Select(p => p.GetGetter()).ToArray();
        var converters = columns.Select(p => p.GetTypeMapping().Converter).ToArray();
        object? Value(object row, int i)
        {
            var value = getters[i].GetClrValue(row);
            return value is not null && converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
        }
        var list = string.Join(", ", columns.Select(p => $"\"{p.GetColumnName(store)}\""));

        if (Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                for (var i = 0; i < columns.Length; i++) await Write(copy, Value(row, i), ct);
            }
            await copy.CompleteAsync(ct);
            return;
        }
        await using var insert = Command($"INSERT INTO \"{table}\" ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");
        // Parameters made by the columns' own type mappings, as SaveChanges makes them, so values are stored alike.
        var parameters = columns.Select((p, i) => p.GetRelationalTypeMapping().CreateParameter(insert, $"$p{i}", null)).ToArray();
        insert.Parameters.AddRange(parameters);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = Value(row, i) ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static Task Write(NpgsqlBinaryImporter copy, object? value, CancellationToken ct) => value switch
    {
        null => copy.WriteNullAsync(ct),
        string s => copy.WriteAsync(s, ct),
        int i => copy.WriteAsync(i, ct),
        long l => copy.WriteAsync(l, ct),
        double x => copy.WriteAsync(x, ct),
        bool b => copy.WriteAsync(b, ct),
        DateTime d => copy.WriteAsync(d, ct),
        DateOnly d => copy.WriteAsync(d, ct),
        decimal m => copy.WriteAsync(m, ct),
        // A list of texts (a cluster's sectors) is a text[] column.
        IEnumerable<string> texts => copy.WriteAsync(texts.ToArray(), NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, ct),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType()}."),
    };

    private DbCommand Command(string sql)
    {
        var command = Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = Database.CurrentTransaction!.GetDbTransaction();
        return command;
    }
}
