using CauNoi.Web.Data;

namespace CauNoi.Tests.Data;

/// <summary>
/// On PostgreSQL the app's statements are prepared once per pooled connection and reused, unless the operator's connection
/// string says otherwise (a pooler that cannot keep prepared statements needs "Max Auto Prepare=0").
/// </summary>
public class PreparedStatementsTests
{
    [Fact]
    public async Task AStatementTheAppRepeats_IsPreparedOnItsConnection()
    {
        EngineRequirement.RequireAvailable(Engine.Postgres);
        Assert.Equal(1, await PreparedAfterSixRunsAsync(PostgresServer.CreateDatabase()));
    }

    [Fact]
    public async Task AnOperatorWhoTurnsItOff_IsObeyed()
    {
        EngineRequirement.RequireAvailable(Engine.Postgres);
        Assert.Equal(0, await PreparedAfterSixRunsAsync(PostgresServer.CreateDatabase() + ";Max Auto Prepare=0"));
    }

    [Fact]
    public void AnOperatorsOwnNumber_IsKept()
    {
        Assert.Equal("Host=db;Max Auto Prepare=5", DatabaseSetup.Prepared("Host=db;Max Auto Prepare=5"));
        Assert.Contains("Max Auto Prepare=64", DatabaseSetup.Prepared("Host=db"));
    }

    /// <summary>Runs one marked statement six times through the app's context (Npgsql prepares after five), then counts its prepared copies.</summary>
    private static async Task<long> PreparedAfterSixRunsAsync(string connectionString)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = DatabaseSetup.NewContext(DatabaseProvider.Postgres, connectionString);
        await db.Database.OpenConnectionAsync(ct);
        for (var i = 0; i < 6; i++)
            await db.Database.SqlQueryRaw<int>("SELECT 42 AS \"Value\" /* prepared-statements-test */").ToListAsync(ct);
        await using var count = db.Database.GetDbConnection().CreateCommand();
        count.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%prepared-statements-test%' AND statement NOT LIKE '%pg_prepared_statements%'";
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }
}
