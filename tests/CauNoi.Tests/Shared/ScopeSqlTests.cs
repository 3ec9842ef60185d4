using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Shared;

/// <summary>
/// The scope enters SQL as parameters: every province (every commune, every unit) then shares one compiled query and one
/// database plan. With the places written in as constants, each request compiled its query anew (measured: the Hà Nội
/// officer's list ran at a third of the hub's rate).
/// </summary>
public abstract class ScopeSqlTests(CauNoiApp app) : AppTests(app)
{
    [Theory]
    [InlineData("01", "79")]
    public async Task TwoProvinces_ShareOneQueryText(string first, string second)
    {
        await using var scope = App.Db();
        string Sql(string code) => scope.Context.Recommendations.VisibleTo(new Scope(false, [code], null, null)).ToQueryString();

        Assert.Equal(Text(Sql(first)), Text(Sql(second)));
        Assert.DoesNotContain($"'{first}'", Text(Sql(first)));
    }

    [Fact]
    public async Task TwoCommunesAndTwoUnits_ShareOneQueryText()
    {
        await using var scope = App.Db();
        string Sql(string commune, int unit) =>
            Text(scope.Context.Recommendations.VisibleTo(new Scope(false, [], commune, unit)).ToQueryString());

        Assert.Equal(Sql("00070", 10), Sql("00004", 13));
        Assert.DoesNotContain("'00070'", Sql("00070", 10));
    }

    /// <summary>The statement without the parameter values EF Core lists above it.</summary>
    private static string Text(string sql) => string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("-- ", StringComparison.Ordinal) && !l.StartsWith(".param", StringComparison.Ordinal)));
}

[Collection(SqliteCollection.Name)]
public sealed class ScopeSqlOnSqlite(SqliteApp app) : ScopeSqlTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScopeSqlOnPostgres(PostgresApp app) : ScopeSqlTests(app);
