using Microsoft.EntityFrameworkCore.Design;

namespace CauNoi.Web.Data;

// What `dotnet ef migrations add` builds each engine's model from (README, "Changing the schema"): no database is
// opened to add a migration, so the connection strings name none.

public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteCauNoiDb>
{
    public SqliteCauNoiDb CreateDbContext(string[] args) => (SqliteCauNoiDb)DatabaseSetup.NewContext(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}

public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresCauNoiDb>
{
    public PostgresCauNoiDb CreateDbContext(string[] args) => (PostgresCauNoiDb)DatabaseSetup.NewContext(DatabaseProvider.Postgres, "Host=localhost;Database=caunoi");
}
