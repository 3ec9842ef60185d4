using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CauNoi.Bench;

/// <summary>The reads every bench times: a raw SQL floor read to its last row, a scalar, and a request read to its last byte.</summary>
public static class Reads
{
    /// <summary>Opens a new connection to the bench's database through the engine's own ADO.NET driver, for each raw SQL floor.</summary>
    public static Func<DbConnection> Connector(BenchOptions o) => () =>
    {
        DbConnection c = o.Provider == "postgres" ? new NpgsqlConnection(o.Connection) : new SqliteConnection(o.Connection);
        c.Open();
        return c;
    };

    /// <summary>Opens a connection, runs the statements and reads every row of every result, as a materialising client would.</summary>
    public static async Task<bool> SqlAsync(Func<DbConnection> open, string sql)
    {
        await using var c = open();
        await SqlAsync(c, sql);
        return true;
    }

    public static async Task SqlAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new object[64];
        do { while (await reader.ReadAsync()) reader.GetValues(values); } while (await reader.NextResultAsync());
    }

    public static async Task<object?> Scalar(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>The answer read to its end; a success status counts.</summary>
    public static async Task<bool> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }
}
