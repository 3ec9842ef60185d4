using CauNoi.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace CauNoi.Tests.Data;

/// <summary>
/// The schema is EF Core's migrations, one set per engine: they build exactly what the model describes, and a
/// database of the releases before them (built by the SQL scripts 0001–0004) is taken over in place, every row kept.
/// </summary>
public abstract class MigrationsTests(Engine engine)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DatabaseProvider Provider => engine == Engine.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    [Fact]
    public void Model_HasNoChangeThatNoMigrationSays()
    {
        using var db = DatabaseSetup.NewContext(Provider, engine == Engine.Postgres ? "Host=unused" : "Data Source=:memory:");

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the last {engine} migration: add one with dotnet ef migrations add (README, \"Changing the schema\").");
    }

    [Fact]
    public async Task Migrations_BuildTheSchemaTheModelDescribes()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var migrated = NewDb();
        await SchemaUpgrade.MigrateAsync(migrated, NullLogger.Instance, Ct);
        await using var fromModel = NewDb();
        await fromModel.Database.EnsureCreatedAsync(Ct);

        var expected = await SchemaDump.ReadAsync(fromModel);
        var actual = await SchemaDump.ReadAsync(migrated);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Except(actual).ToList(), []);   // what the model has that the migrations lack
        Assert.Equal(actual.Except(expected).ToList(), []);   // what the migrations add that the model lacks
        if (engine == Engine.Postgres) Assert.Equal(1000, await SearchStatisticsTargetAsync(migrated));
    }

    [Fact]
    public async Task Migrating_AnUpToDateDatabase_AppliesNothingAndKeepsItsData()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var db = NewDb();
        await SchemaUpgrade.MigrateAsync(db, NullLogger.Instance, Ct);
        db.CalendarDays.Add(new() { Date = new DateOnly(2030, 1, 1), Name = "Tết Dương lịch" });
        await db.SaveChangesAsync(Ct);
        var applied = await db.Database.GetAppliedMigrationsAsync(Ct);

        await SchemaUpgrade.MigrateAsync(db, NullLogger.Instance, Ct);

        Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2030, 1, 1), Ct));
    }

    [Fact]
    public async Task ADatabaseBuiltByTheSchemaScripts_IsTakenOverInPlace_WithEveryRowKept()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var db = NewDb();
        await LegacySchema.BuildAsync(db, upTo: 4, Ct);
        var recommendationId = await LegacySchema.FillAsync(db, Ct);
        var columnsBefore = await TableDump.ColumnsAsync(db);
        var rowsBefore = await TableDump.ReadAsync(db, columnsBefore);

        await SchemaUpgrade.MigrateAsync(db, NullLogger.Instance, Ct);

        Assert.Equal(rowsBefore, await TableDump.ReadAsync(db, Renamed(columnsBefore)));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.False(await LegacySchema.HasSchemaVersionsAsync(db));
        await using (var fromModel = NewDb())
        {
            await fromModel.Database.EnsureCreatedAsync(Ct);
            Assert.Equal(await SchemaDump.ReadAsync(fromModel), await SchemaDump.ReadAsync(db));
        }
        if (engine == Engine.Postgres) Assert.Equal(1000, await SearchStatisticsTargetAsync(db));

        // The application starts on it and shows the province its recommendation of before the upgrade.
        await using var app = new CauNoiApp(engine, db.Database.GetConnectionString());
        var hanoi = await app.ApiAs("so.hanoi");
        var shown = await hanoi.GetStringAsync($"/api/v1/recommendations/{recommendationId}", Ct);
        Assert.Contains("Đề nghị hướng dẫn thủ tục đấu nối điện cho cụm công nghiệp Phú Nghĩa", shown);
    }

    /// <summary>The columns as a later migration renamed them, in the same places, so that their rows read back the same.</summary>
    private static Dictionary<string, string[]> Renamed(Dictionary<string, string[]> columns)
    {
        Dictionary<(string Table, string Column), string> renames = new() { [("ReminderLog", "RecommendationId")] = "RecordId" };
        return columns.ToDictionary(t => t.Key, t => t.Value.Select(c => renames.GetValueOrDefault((t.Key, c), c)).ToArray());
    }

    [Fact]
    public async Task TwoInstancesStartingOnTheSameScriptedDatabase_TakeItOverOnce()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var db = NewDb();
        await LegacySchema.BuildAsync(db, upTo: 4, Ct);
        await using var first = NewDb(db.Database.GetConnectionString()!);
        await using var second = NewDb(db.Database.GetConnectionString()!);

        await Task.WhenAll(
            Task.Run(() => SchemaUpgrade.MigrateAsync(first, NullLogger.Instance, Ct), Ct),
            Task.Run(() => SchemaUpgrade.MigrateAsync(second, NullLogger.Instance, Ct), Ct));

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.False(await LegacySchema.HasSchemaVersionsAsync(db));
    }

    [Fact]
    public async Task ADatabaseAtAnEarlierScript_IsRefusedWithAClearMessage_AndLeftAsItWas()
    {
        EngineRequirement.RequireAvailable(engine);
        await using var db = NewDb();
        await LegacySchema.BuildAsync(db, upTo: 3, Ct);
        var schemaBefore = await SchemaDump.ReadAsync(db);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaUpgrade.MigrateAsync(db, NullLogger.Instance, Ct));

        Assert.Contains("phiên bản lược đồ 3", refused.Message);
        Assert.Contains("0004_organisation_notifications", refused.Message);
        Assert.Equal(schemaBefore, await SchemaDump.ReadAsync(db));
        Assert.True(await LegacySchema.HasSchemaVersionsAsync(db));
    }

    private CauNoiDb NewDb(string? connectionString = null) => DatabaseSetup.NewContext(Provider, connectionString ?? (engine == Engine.Postgres
        ? PostgresServer.CreateDatabase()
        : $"Data Source={Path.Combine(Path.GetTempPath(), "caunoi-schema-" + Guid.NewGuid().ToString("N") + ".db")}"));

    private static async Task<int> SearchStatisticsTargetAsync(CauNoiDb db) =>
        (await db.Database.SqlQueryRaw<int>(
            """SELECT attstattarget::int AS "Value" FROM pg_attribute WHERE attrelid = '"Recommendations"'::regclass AND attname = 'SearchName'""")
            .ToListAsync(Ct)).Single();
}

public sealed class MigrationsOnSqlite() : MigrationsTests(Engine.Sqlite);
public sealed class MigrationsOnPostgres() : MigrationsTests(Engine.Postgres);
