namespace CauNoi.Web.Shared;

/// <summary>A save refused because another request wrote the same record first: a changed version, or a row with the same unique key.</summary>
public static class ConcurrentWrite
{
    public static bool Lost(DbUpdateException e) => e is DbUpdateConcurrencyException || Unique(e.InnerException);

    /// <summary>The same for a write that goes past EF (<see cref="CauNoiDb.AddInBulkAsync"/>), whose engine errors come bare.</summary>
    public static bool LostInBulk(Exception e) => e is DbUpdateException d ? Lost(d) : Unique(e);

    private static bool Unique(Exception? e) => e switch
    {
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,   // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        _ => false,
    };
}
