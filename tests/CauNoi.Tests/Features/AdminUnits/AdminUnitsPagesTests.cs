using AngleSharp.Dom;

namespace CauNoi.Tests.Features.AdminUnits;

public abstract class AdminUnitsPagesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task Provinces_ListsTheProvincesWithTheFormerProvincesTheyAbsorbed()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (status, page) = await client.GetAsync("/don-vi-hanh-chinh");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("#provinces tbody tr");
        Assert.Equal(34, rows.Length);
        var tuyenQuang = rows.Single(r => Cell(r, 1) == "Tỉnh Tuyên Quang");
        Assert.Equal("/don-vi-hanh-chinh/tinh/08", tuyenQuang.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Tỉnh Hà Giang", Cell(tuyenQuang, 4));
        Assert.Equal("126", Cell(rows.Single(r => Cell(r, 0) == "01"), 3));
        Assert.Contains("3.321 xã, phường, đặc khu", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Province_ShowsTheFormerProvincesItAbsorbedAndItsCommunes()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await client.GetAsync("/don-vi-hanh-chinh/tinh/08");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Tỉnh Tuyên Quang", page.QuerySelector("h1")!.TextContent.Trim());
        var former = page.QuerySelectorAll("#former-provinces li").Select(li => li.TextContent).ToList();
        Assert.Contains(former, f => f.StartsWith("Tỉnh Hà Giang"));
        Assert.Contains(former, f => f.StartsWith("Tỉnh Tuyên Quang"));
        Assert.Contains(CommuneNames(page), n => n == "Phường Hà Giang 1");
    }

    [Fact]
    public async Task Province_ShowsFiftyCommunesAPage()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (_, first) = await client.GetAsync("/don-vi-hanh-chinh/tinh/01");
        var (_, last) = await client.GetAsync("/don-vi-hanh-chinh/tinh/01?page=3");

        Assert.Equal(50, CommuneNames(first).Count);
        Assert.Equal(26, CommuneNames(last).Count);
        Assert.Contains("Tìm thấy 126 xã, phường, đặc khu", first.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task ProvinceSearch_FindsOnlyThatProvincesCommunes()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (_, hanoi) = await client.GetAsync("/don-vi-hanh-chinh/tinh/01?q=hoan+kiem");
        var (_, tuyenQuang) = await client.GetAsync("/don-vi-hanh-chinh/tinh/08?q=hoan+kiem");

        Assert.Contains("Phường Hoàn Kiếm", CommuneNames(hanoi));
        Assert.Empty(CommuneNames(tuyenQuang));
        Assert.Contains("Tìm thấy 0 xã, phường, đặc khu", tuyenQuang.QuerySelector(".result-count")!.TextContent);
    }

    [Theory]
    [InlineData("/don-vi-hanh-chinh/tinh/99")]
    [InlineData("/don-vi-hanh-chinh/xa/99999")]
    public async Task UnknownUnit_IsNotFound(string url)
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không tìm thấy", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("hoan kiem", "Phường Hoàn Kiếm")]
    [InlineData("HOÀN KIẾM", "Phường Hoàn Kiếm")]
    [InlineData("Quận Ba Đình", "Phường Ba Đình")]
    [InlineData("Phuong Truc Bach", "Phường Ba Đình")]
    public async Task CommuneSearch_IgnoresDiacriticsAndFindsFormerNames(string query, string found)
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (status, page) = await client.GetAsync($"/don-vi-hanh-chinh/xa?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = page.QuerySelectorAll("#communes tbody tr").Single(r => Cell(r, 1) == found);
        Assert.StartsWith("/don-vi-hanh-chinh/xa/", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(query, page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CommuneSearch_WithoutQuery_CountsEveryCommune()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, page) = await client.GetAsync("/don-vi-hanh-chinh/xa");

        Assert.Equal("Tìm thấy 3.321 xã, phường, đặc khu", page.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal(50, CommuneNames(page).Count);
    }

    [Fact]
    public async Task CommuneSearch_PageLinksKeepTheQuery()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");
        var (_, first) = await client.GetAsync("/don-vi-hanh-chinh/xa?q=xa&province=01");

        var next = first.QuerySelectorAll(".pagination a").Single(a => a.TextContent.Trim() == "2").GetAttribute("href")!;
        var (_, second) = await client.GetAsync(next);

        Assert.Contains("q=xa", next);
        Assert.Contains("province=01", next);
        Assert.Contains("page=2", next);
        Assert.Equal(first.QuerySelector(".result-count")!.TextContent, second.QuerySelector(".result-count")!.TextContent);
        Assert.Empty(CommuneNames(first).Intersect(CommuneNames(second)));
        Assert.All(second.QuerySelectorAll("#communes tbody tr"), r => Assert.Equal("Thành phố Hà Nội", Cell(r, 3)));
    }

    [Fact]
    public async Task CommuneSearch_ByProvince_ListsOnlyThatProvince()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, page) = await client.GetAsync("/don-vi-hanh-chinh/xa?q=ha+giang&province=08");

        var rows = page.QuerySelectorAll("#communes tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Tỉnh Tuyên Quang", Cell(r, 3)));
        Assert.Equal("08", page.QuerySelector("#province option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CommuneSearch_ProvincesAreInVietnameseOrder()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, page) = await client.GetAsync("/don-vi-hanh-chinh/xa");

        var names = page.QuerySelectorAll("#province option").Select(o => o.TextContent).ToList();
        // Đ comes between D and E in Vietnamese; a plain character sort puts it after Z.
        Assert.True(names.IndexOf("Tỉnh Điện Biên") < names.IndexOf("Tỉnh Gia Lai"), string.Join(", ", names));
        Assert.True(names.IndexOf("Tỉnh Cà Mau") < names.IndexOf("Tỉnh Điện Biên"), string.Join(", ", names));
    }

    [Fact]
    public async Task Commune_MarksWhetherEachFormerCommuneCameWholeOrInPart()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (status, page) = await client.GetAsync("/don-vi-hanh-chinh/xa/00004");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Phường Ba Đình", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/don-vi-hanh-chinh/tinh/01']"));
        var rows = page.QuerySelectorAll("#former-units tbody tr");
        var ngocHa = rows.Single(r => Cell(r, 0).StartsWith("Phường Ngọc Hà"));     // split with Phường Ngọc Hà (00008)
        var trucBach = rows.Single(r => Cell(r, 0).StartsWith("Phường Trúc Bạch"));
        Assert.Equal("một phần", Cell(ngocHa, 3));
        Assert.Equal("Quận Ba Đình", Cell(ngocHa, 1));
        Assert.Equal("Nhập một phần", Cell(ngocHa, 4));
        Assert.Equal("toàn bộ", Cell(trucBach, 3));
    }

    [Fact]
    public async Task Directory_RequiresSignIn()
    {
        var response = await PageClient.For(App).Http.GetAsync("/don-vi-hanh-chinh", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap", response.Headers.Location!.AbsolutePath);
    }

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    private static List<string> CommuneNames(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#communes tbody tr").Select(r => Cell(r, 1)).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class AdminUnitsPagesOnSqlite(SqliteApp app) : AdminUnitsPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminUnitsPagesOnPostgres(PostgresApp app) : AdminUnitsPagesTests(app);
