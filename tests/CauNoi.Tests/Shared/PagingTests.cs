using CauNoi.Web.Shared;

namespace CauNoi.Tests.Shared;

/// <summary>Lists that grow without bound are counted only so far, and say so.</summary>
public abstract class PagingTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task ListLongerThanTheCountedLimit_SaysMoreThan_AndStillOffersTheNextPage()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var communes = db.Communes.OrderBy(c => c.Code).Select(c => c.Code);

        var page = await Page<string>.ReadAsync(communes, 20, 50, Ct, countUpTo: 1_000);

        Assert.True(page.TotalIsLowerBound);
        Assert.Equal("hơn 1.000", page.TotalText);
        Assert.Equal(50, page.Items.Count);
        Assert.Equal(21, page.PageCount);
    }

    [Fact]
    public async Task ListWithinTheCountedLimit_IsCountedExactly()
    {
        await using var scope = App.Db();
        var db = scope.Context;
        var hanoi = db.Communes.Where(c => c.ProvinceCode == "01").OrderBy(c => c.Code).Select(c => c.Code);

        var page = await Page<string>.ReadAsync(hanoi, 1, 50, Ct, countUpTo: 1_000);

        Assert.False(page.TotalIsLowerBound);
        Assert.Equal(126, page.Total);
        Assert.Equal("126", page.TotalText);
        Assert.Equal(3, page.PageCount);
    }

    [Fact]
    public async Task WithoutALimit_TheWholeListIsCounted()
    {
        await using var scope = App.Db();
        var db = scope.Context;

        var page = await Page<string>.ReadAsync(db.Communes.OrderBy(c => c.Code).Select(c => c.Code), 1, 50, Ct);

        Assert.Equal(3_321, page.Total);
        Assert.Equal("3.321", page.TotalText);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PagingOnSqlite(SqliteApp app) : PagingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PagingOnPostgres(PostgresApp app) : PagingTests(app);
