namespace CauNoi.Tests.Features.Organisations;

public abstract class FieldsOfWorkPageTests(CauNoiApp app) : AppTests(app)
{
    private const string Url = "/quan-tri/linh-vuc";

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Dictionary<string, string> Form(string code, string name, string sortOrder) =>
        new() { ["Input.Code"] = code, ["Input.Name"] = name, ["Input.SortOrder"] = sortOrder };

    [Fact]
    public async Task Admin_CreatesField_ItIsListedAfterTheSeededOnes()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = NewCode();

        var response = await admin.PostFormAsync(Url, Form(code, "Lĩnh vực thử nghiệm", "9000"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, list) = await admin.GetAsync(Url);
        var codes = list.QuerySelectorAll("[data-testid=fields] tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.True(codes.IndexOf("CN") < codes.IndexOf(code), "a field with sort order 9000 comes after Công nghiệp");
        await using var scope = App.Db();
        var field = await scope.Context.FieldsOfWork.SingleAsync(f => f.Code == code, Ct);
        Assert.Equal(("Lĩnh vực thử nghiệm", 9000, true), (field.Name, field.SortOrder, field.IsActive));
    }

    [Fact]
    public async Task Admin_EditsField()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = NewCode();
        await admin.PostFormAsync(Url, Form(code, "Tên cũ", "9001"));
        int id;
        await using (var scope = App.Db())
            id = await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct);

        var response = await admin.PostFormAsync($"{Url}/{id}", Form(code, "Tên mới", "9002"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var scope = App.Db())
        {
            var field = await scope.Context.FieldsOfWork.SingleAsync(f => f.Id == id, Ct);
            Assert.Equal(("Tên mới", 9002), (field.Name, field.SortOrder));
        }
    }

    [Fact]
    public async Task Toggle_DeactivatesThenReactivatesField()
    {
        var admin = await PageClient.SignedIn(App, "admin");
        var code = NewCode();
        await admin.PostFormAsync(Url, Form(code, "Lĩnh vực tạm", "9003"));
        await using var scope = App.Db();
        var id = await scope.Context.FieldsOfWork.Where(f => f.Code == code).Select(f => f.Id).SingleAsync(Ct);
        async Task<bool> IsActive() => await scope.Context.FieldsOfWork.AsNoTracking().Where(f => f.Id == id).Select(f => f.IsActive).SingleAsync(Ct);

        await admin.PostFormAsync($"{Url}/{id}?handler=Toggle", [], formPage: Url);
        var afterFirst = await IsActive();
        var (_, list) = await admin.GetAsync(Url);
        await admin.PostFormAsync($"{Url}/{id}?handler=Toggle", [], formPage: Url);

        Assert.False(afterFirst);
        Assert.Contains("Ngừng sử dụng", list.QuerySelector($"tr[data-code='{code}'] td:nth-child(4)")?.TextContent);
        Assert.True(await IsActive());
    }

    [Theory]
    [InlineData("CN", "Công nghiệp 2", "1", "Mã lĩnh vực 'CN' đã tồn tại.")]
    [InlineData("NEW", "", "1", "Vui lòng nhập tên lĩnh vực.")]
    [InlineData("NEW", "Tên", "abc", "Thứ tự hiển thị là số nguyên từ 0 đến 9999.")]
    [InlineData("có dấu", "Tên", "1", "Mã lĩnh vực chỉ gồm chữ cái không dấu")]
    public async Task InvalidField_IsRejectedInVietnamese_AndNothingStored(string code, string name, string sortOrder, string message)
    {
        var admin = await PageClient.SignedIn(App, "admin");
        await using var scope = App.Db();
        var before = await scope.Context.FieldsOfWork.CountAsync(Ct);

        var response = await admin.PostFormAsync(Url, Form(code, name, sortOrder));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PageClient.Parse(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal(before, await scope.Context.FieldsOfWork.CountAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FieldsOfWorkPageOnSqlite(SqliteApp app) : FieldsOfWorkPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FieldsOfWorkPageOnPostgres(PostgresApp app) : FieldsOfWorkPageTests(app);
