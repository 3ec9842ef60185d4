namespace CauNoi.Web.Shared;

/// <summary>
/// A read of several statements on one opening of the connection. Opened and closed around each statement, as EF Core
/// does by default, each one also pays a turn of the pool and, on PostgreSQL, a reset of the connection (DISCARD ALL).
/// </summary>
public static class OneConnection
{
    public static async Task<T> ReadAsync<T>(CauNoiDb db, Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
