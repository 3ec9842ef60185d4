namespace CauNoi.Tests.Data;

/// <summary>Start-up on an empty database: schema, reference data and demo data, once.</summary>
public abstract class StartupTests(Engine engine)
{
    [Fact]
    public async Task TwoInstancesStartingTogether_OnAnEmptyDatabase_LoadTheReferenceDataOnce()
    {
        EngineRequirement.RequireAvailable(engine);
        var ct = TestContext.Current.CancellationToken;
        var database = CauNoiApp.NewDatabase(engine);
        await using var first = new CauNoiApp(engine, database);
        await using var second = new CauNoiApp(engine, database);

        // Building each host runs its start-up: migrations, then the first load.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        // Start-up's context went back to the pool, and the first one given out is that one: nothing it set for the long
        // first load (no audit of each seeded row, ten minutes' wait for SQLite's lock) reaches a request.
        await using var scope = first.Db();
        Assert.False(scope.Context.SuppressAudit);
        if (scope.Context.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite) Assert.Equal(30, sqlite.DefaultTimeout);
        Assert.Equal(34, await scope.Context.Provinces.CountAsync(ct));
        Assert.Equal(10571, await scope.Context.CommuneLineage.CountAsync(ct));
        Assert.Equal(1, await scope.Context.Users.CountAsync(u => u.UserName == "admin", ct));
        Assert.Equal(["admin-units", "indicators"],
            await scope.Context.AuditEntries.Where(a => a.EntityType == "ReferenceData").OrderBy(a => a.EntityKey).Select(a => a.EntityKey).ToListAsync(ct));
        Assert.Equal(1, await scope.Context.Indicators.CountAsync(i => i.Code == "IIP", ct));
        Assert.Equal(1, await scope.Context.ReportForms.CountAsync(f => f.Code == "BC-THANG", ct));
        var health = await second.CreateClient().GetStringAsync("/health/ready", ct);
        Assert.Equal("Healthy", health);
    }
}

public sealed class StartupOnSqlite() : StartupTests(Engine.Sqlite);
public sealed class StartupOnPostgres() : StartupTests(Engine.Postgres);
