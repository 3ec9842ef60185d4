using System.Buffers.Binary;
using CauNoi.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// What the database itself shows of a write transaction still open, seen from outside the app:
/// rows written into the recommendations table but not committed. It is how a test proves that
/// it killed the app in the middle of saving, not before the save began nor after it committed.
/// </summary>
public sealed class OpenWrites(Engine engine, string connectionString)
{
    /// <summary>
    /// Whether a transaction has written and not committed (on PostgreSQL: into the recommendations table), and how
    /// many bytes it wrote so far (on PostgreSQL: how much the table's file grew).
    /// </summary>
    public sealed record Seen(bool Open, long Bytes);

    private long _baselineBytes, _baselineInserted;

    /// <summary>On PostgreSQL, remembers the table's size and insert count, from which an open transaction is measured.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (engine != Engine.Postgres) return;
        _baselineBytes = (await PostgresAsync(ct)).Bytes;
        _baselineInserted = await InsertedAsync(ct);
    }

    public async Task<Seen> NowAsync(CancellationToken ct)
    {
        if (engine != Engine.Postgres) return Sqlite();
        var seen = await PostgresAsync(ct);
        return seen with { Bytes = seen.Bytes - _baselineBytes };
    }

    /// <summary>
    /// PostgreSQL: a backend other than this one holds the row-exclusive lock an INSERT takes on the table
    /// until its transaction ends; the table's file has grown by the rows it wrote.
    /// </summary>
    private async Task<Seen> PostgresAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM pg_locks l
                           WHERE l.locktype = 'relation' AND l.relation = '"Recommendations"'::regclass AND l.mode = 'RowExclusiveLock'
                             AND l.granted AND l.pid <> pg_backend_pid()
                             AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())),
                   pg_relation_size('"Recommendations"')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new(reader.GetBoolean(0), reader.GetInt64(1));
    }

    /// <summary>
    /// SQLite in WAL mode: a transaction larger than the page cache spills its pages into the -wal file
    /// before it commits, and its last frame, written at commit, is marked as a commit frame. Frames of the
    /// current generation (the header's salts) after the last commit frame belong to a transaction not committed.
    /// Read straight from the file, so that no connection of the test's own changes what it looks at.
    /// </summary>
    private Seen Sqlite()
    {
        var wal = new SqliteConnectionStringBuilder(connectionString).DataSource + "-wal";
        if (!File.Exists(wal)) return new(false, 0);
        using var file = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[32], frame = stackalloc byte[24];
        if (file.Read(header) < 32) return new(false, 0);
        var pageSize = BinaryPrimitives.ReadInt32BigEndian(header[8..]);
        int frames = 0, committed = 0;
        while (file.Read(frame) == 24 && frame.Slice(8, 8).SequenceEqual(header.Slice(16, 8)))
        {
            frames++;
            if (BinaryPrimitives.ReadUInt32BigEndian(frame[4..]) != 0) committed = frames;
            file.Seek(pageSize, SeekOrigin.Current);
        }
        return new(frames > committed, (long)(frames - committed) * pageSize);
    }

    /// <summary>
    /// PostgreSQL counts every row inserted into the recommendations table, whether its transaction commits
    /// or rolls back; a killed client's backend reports its count when it ends. Of the rows counted since
    /// <see cref="StartAsync"/>, those not in the table were rolled back. Waits a little for the report.
    /// </summary>
    public async Task<long> RowsInsertedSinceStartAsync(CancellationToken ct)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            var inserted = await InsertedAsync(ct) - _baselineInserted;
            if (inserted > 0) return inserted;
            await Task.Delay(100, ct);
        }
        return 0;
    }

    private async Task<long> InsertedAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'Recommendations'", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A context of the test's own on the database, not pooled, for counting what is there.</summary>
    public CauNoiDb Db()
    {
        return DatabaseSetup.NewContext(engine == Engine.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            engine == Engine.Postgres ? connectionString : connectionString + ";Pooling=False");
    }
}
