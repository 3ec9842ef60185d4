using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>A table and the columns a bulk load writes, in the order of each row's values.</summary>
public sealed record Table(string Name, params string[] Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));
}

/// <summary>Where generated rows go: written in batches, parents before children.</summary>
public interface IBulkSink : IAsyncDisposable
{
    void Write(Table table, IReadOnlyList<object?[]> rows);
    /// <summary>Makes the load durable and the identity counters follow the explicit ids.</summary>
    Task FinishAsync(CancellationToken ct);
}

/// <summary>
/// PostgreSQL: one binary COPY per table and batch, all in one transaction on one connection. On a
/// fresh load the secondary indexes of the recommendation tables (the trigram index above all) are
/// dropped first and built once at the end from their own definitions: a rolled-back load leaves them as they were.
/// </summary>
public sealed class PostgresSink(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> deferredIndexes, string[] loaded) : IBulkSink
{
    public static readonly string[] RecommendationTables = ["Recommendations", "RecommendationEvents", "RecommendationMessages", "RecommendationGroups"];

    /// <param name="loaded">The tables loaded with explicit ids (their identity counters are moved past them); their indexes are deferred.</param>
    public static async Task<PostgresSink> OpenAsync(string connectionString, bool deferIndexes, CancellationToken ct, string[]? loaded = null)
    {
        var Loaded = loaded ?? RecommendationTables;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, "SET LOCAL synchronous_commit = off; SET LOCAL maintenance_work_mem = '512MB'", ct);
        var indexes = new List<string>();
        if (deferIndexes)
        {
            await using (var read = new NpgsqlCommand(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(@tables) AND indexname NOT LIKE 'PK!_%' ESCAPE '!'", connection))
            {
                read.Parameters.AddWithValue("tables", Loaded);
                await using var reader = await read.ExecuteReaderAsync(ct);
                var names = new List<string>();
                while (await reader.ReadAsync(ct)) { names.Add(reader.GetString(0)); indexes.Add(reader.GetString(1)); }
                await reader.CloseAsync();
                foreach (var name in names) await Execute(connection, $"DROP INDEX \"{name}\"", ct);
            }
        }
        return new PostgresSink(connection, transaction, indexes, Loaded);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    public void Write(Table table, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        using var importer = connection.BeginBinaryImport($"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case string s: importer.Write(s); break;
                    case int i: importer.Write(i); break;
                    case long l: importer.Write(l); break;
                    case bool b: importer.Write(b); break;
                    case DateTime d: importer.Write(d); break;
                    case DateOnly d: importer.Write(d); break;
                    case decimal m: importer.Write(m); break;
                    case double f: importer.Write(f); break;
                    default: throw new InvalidOperationException($"No COPY mapping for {value.GetType()}");
                }
            }
        }
        importer.Complete();
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        foreach (var definition in deferredIndexes)
        {
            Console.WriteLine($"  building {definition[..definition.IndexOf(" ON ", StringComparison.Ordinal)]}");
            await Execute(connection, definition, ct);
        }
        foreach (var table in loaded)
            await Execute(connection, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), COALESCE((SELECT MAX("Id") FROM "{table}"), 0) + 1, false)""", ct);
        await transaction.CommitAsync(ct);
        // VACUUM as well as ANALYZE: autovacuum would mark the loaded pages all-visible within minutes of a real
        // system's inserts; without it no index-only scan (the weekly report's) is possible on freshly loaded data.
        await Execute(connection, "VACUUM (ANALYZE)", ct);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}

/// <summary>SQLite: one transaction, one prepared INSERT per table whose parameters are rebound for every row.</summary>
public sealed class SqliteSink : IBulkSink
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<string, SqliteCommand> inserts = [];

    private SqliteSink(SqliteConnection connection)
    {
        this.connection = connection;
        using (var pragma = connection.CreateCommand())
        {
            // A large page cache keeps index pages of the one long transaction in memory (bounded: 256 MB).
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA journal_mode=WAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";
            pragma.ExecuteNonQuery();
        }
        transaction = connection.BeginTransaction();
    }

    public static SqliteSink Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return new SqliteSink(connection);
    }

    public void Write(Table table, IReadOnlyList<object?[]> rows)
    {
        if (!inserts.TryGetValue(table.Name, out var insert))
        {
            insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < table.Columns.Length; i++) insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
            insert.Prepare();
            inserts[table.Name] = insert;
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) insert.Parameters[i].Value = row[i] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);   // AUTOINCREMENT counters follow explicit ids by themselves
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA optimize;";
        await pragma.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in inserts.Values) await insert.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
