using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CauNoi.Web.Data;

public static class AdvisoryLock
{
    /// <summary>
    /// Takes a PostgreSQL advisory lock (the statement given), waiting as long as the instance holding it needs, not the
    /// 30 s a statement is otherwise given: a second instance starting together waits for the first's migrations or
    /// first load, which took longer than that on a busy machine.
    /// </summary>
    public static async Task WaitForAsync(this DatabaseFacade database, string lockStatement, CancellationToken ct)
    {
        database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        try
        {
            await database.ExecuteSqlRawAsync(lockStatement, ct);
        }
        finally
        {
            database.SetCommandTimeout(null);
        }
    }
}
