namespace CauNoi.Tests.Features.Organisations;

/// <summary>Administration pages are for system administrators; anyone else signed in is shown "Không có quyền".</summary>
public abstract class AdminPagesAccessTests(CauNoiApp app) : AppTests(app)
{
    [Theory]
    [InlineData("so.hanoi", "/quan-tri/don-vi-thuoc-bo")]
    [InlineData("so.hanoi", "/quan-tri/linh-vuc")]
    [InlineData("lanhdao", "/quan-tri/phu-trach-tinh")]
    [InlineData("phutrach.hanoi", "/quan-tri/phu-trach-tinh/01")]
    [InlineData("cuc.ctdp", "/quan-tri/ngay-nghi")]
    public async Task Get_NotAdministrator_RedirectsToAccessDenied(string userName, string url)
    {
        var client = await PageClient.SignedIn(App, userName);

        var response = await client.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_NotAdministrator_IsRefusedAndNothingStored()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await client.PostFormAsync("/quan-tri/don-vi-thuoc-bo",
            new() { ["Input.Code"] = code, ["Input.Name"] = "Cục không được tạo" }, formPage: "/lich-lam-viec");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.OriginalString);
        await using var scope = App.Db();
        Assert.False(await scope.Context.Organisations.AnyAsync(o => o.Code == code, Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminPagesAccessOnSqlite(SqliteApp app) : AdminPagesAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminPagesAccessOnPostgres(PostgresApp app) : AdminPagesAccessTests(app);
