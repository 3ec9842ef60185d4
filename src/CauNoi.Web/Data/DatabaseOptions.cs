namespace CauNoi.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/caunoi.db";

    /// <summary>Chooses SQLite (the default) or PostgreSQL from configuration, at run time.</summary>
    public static DatabaseProvider Provider(IConfiguration config) =>
        config["Database:Provider"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException(
                $"Database:Provider '{other}' không được hỗ trợ; dùng 'Sqlite' hoặc 'Postgres'."),
        };

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            options.UseNpgsql(Prepared(connectionString));
        else
            options.UseSqlite(connectionString);
        // Lists are counted up to a limit (Page.ReadAsync) by taking rows in no order, on purpose: no warning for that.
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));
    }

    public const int AutoPrepared = 64;

    /// <summary>
    /// PostgreSQL plans a statement again at every execution unless it is prepared; EF Core sends the same few hundred
    /// statements all day, so Npgsql prepares the <see cref="AutoPrepared"/> most used on each pooled connection (from its fifth
    /// use) and keeps them across requests: opening one recommendation went from 776 to 1,651 a second (docs/benchmarks.md,
    /// session 12). An operator who sets "Max Auto Prepare" (0 behind a pooler that cannot keep prepared statements,
    /// such as PgBouncer in transaction mode before 1.21) is obeyed.
    /// </summary>
    public static string Prepared(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPrepared }.ConnectionString;
    }

    /// <summary>A context of its own on a database, outside any request (tools, tests, the design-time factories).</summary>
    public static CauNoiDb NewContext(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresCauNoiDb>();
            Configure(postgres, provider, connectionString);
            return new PostgresCauNoiDb(postgres.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteCauNoiDb>();
        Configure(sqlite, provider, connectionString);
        return new SqliteCauNoiDb(sqlite.Options);
    }

    public static IServiceCollection AddCauNoiDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var provider = Provider(config);
        var connectionString = config.GetConnectionString("CauNoi");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("Thiếu ConnectionStrings:CauNoi cho PostgreSQL.");
            connectionString = DefaultSqlite;
        }
        if (provider == DatabaseProvider.Sqlite) connectionString = SqliteInContentRoot(connectionString, contentRoot);

        // Contexts are pooled: a request takes one whose EF services are already built, instead of building them for
        // each request (12-14 % of opening one recommendation's CPU in a profile). CauNoiDb clears its own state on return.
        if (provider == DatabaseProvider.Postgres)
            services.AddDbContextPool<CauNoiDb, PostgresCauNoiDb>(o => Configure(o, provider, connectionString));
        else
            services.AddDbContextPool<CauNoiDb, SqliteCauNoiDb>(o => Configure(o, provider, connectionString));
        services.AddSingleton(new DatabaseInfo(provider, connectionString));
        return services;
    }

    /// <summary>A relative SQLite path is taken from the content root, and its folder created.</summary>
    private static string SqliteInContentRoot(string connectionString, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not ("" or ":memory:") && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }
        if (csb.DefaultTimeout < 30) csb.DefaultTimeout = 30;
        return csb.ToString();
    }
}

public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);
