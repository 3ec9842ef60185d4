namespace CauNoi.Tests.Infrastructure;

public enum Engine { Sqlite, Postgres }

public static class EngineRequirement
{
    /// <summary>
    /// Skips a PostgreSQL test when no server can be had, except on CI (CI=true) where a
    /// missing PostgreSQL fails the run instead.
    /// </summary>
    public static void RequireAvailable(Engine engine)
    {
        if (engine != Engine.Postgres) return;
        var (server, why) = PostgresServer.Get();
        if (server is not null) return;
        if (IsCi) throw new InvalidOperationException("CI=true but PostgreSQL is unavailable: " + why);
        Assert.Skip("PostgreSQL unavailable: " + why);
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
