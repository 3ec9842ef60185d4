using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CauNoi.Tests.Features.Organisations;

public abstract class OrganisationsPagesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task List_OfACommuneOfficer_ShowsTheMinistryAndItsOwnOfficeOnly()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (status, page) = await client.GetAsync("/to-chuc");

        Assert.Equal(HttpStatusCode.OK, status);
        var names = Names(page);
        Assert.Contains("Phòng Kinh tế, Hạ tầng và Đô thị Phường Hoàn Kiếm", names);
        Assert.Contains("Cục Công Thương địa phương", names);
        Assert.DoesNotContain("Phòng Kinh tế, Hạ tầng và Đô thị Phường Ba Đình", names);
        Assert.DoesNotContain("Sở Công Thương Hà Nội", names);
    }

    [Fact]
    public async Task List_ThatFitsOnOnePage_IsInVietnameseNameOrder()
    {
        var client = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, page) = await client.GetAsync("/to-chuc?kind=MinistryUnit");

        var names = Names(page);
        // Đ sorts between D and E (a plain character sort puts it after Z); by code, VPB would come before XTTM.
        Assert.True(names.IndexOf("Cục Điện lực") < names.IndexOf("Cục Xuất nhập khẩu"), string.Join(", ", names));
        Assert.True(names.IndexOf("Cục Xúc tiến thương mại") < names.IndexOf("Văn phòng Bộ"), string.Join(", ", names));
    }

    [Fact]
    public async Task List_FiltersByKindProvinceAndTextWithoutDiacritics()
    {
        var client = await PageClient.SignedIn(App, "admin");

        var (_, page) = await client.GetAsync("/to-chuc?kind=CommuneEconomicOffice&province=08&q=ha+giang");

        var rows = page.QuerySelectorAll("#organisations tbody tr");
        Assert.Contains(rows, r => Cell(r, 1) == "Phòng Kinh tế, Hạ tầng và Đô thị Phường Hà Giang 1");
        Assert.All(rows, r =>
        {
            Assert.Equal("Phòng Kinh tế cấp xã", Cell(r, 2));
            Assert.Equal("Tỉnh Tuyên Quang", Cell(r, 3));
        });
        Assert.Equal("CommuneEconomicOffice", page.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_PageLinksKeepTheFilters()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var (_, first) = await client.GetAsync("/to-chuc?kind=CommuneEconomicOffice");

        var next = first.QuerySelectorAll(".pagination a").Single(a => a.TextContent.Trim() == "2").GetAttribute("href")!;
        var (_, second) = await client.GetAsync(next);

        Assert.Contains("kind=CommuneEconomicOffice", next);
        Assert.Equal(50, Names(first).Count);
        Assert.NotEmpty(Names(second));
        Assert.Empty(Names(first).Intersect(Names(second)));
        Assert.All(second.QuerySelectorAll("#organisations tbody tr"), r => Assert.Equal("Thành phố Hà Nội", Cell(r, 3)));
    }

    [Fact]
    public async Task Detail_ShowsStaffAndTheProvincesFocalLeader()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var id = await IdOf("SCT-01");
        var leader = await FullNameOf("phutrach.hanoi");

        var (status, page) = await client.GetAsync($"/to-chuc/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Sở Công Thương Hà Nội", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("#staff tbody tr"), r => Cell(r, 0) == "Phạm Minh Tuấn");
        Assert.Equal([leader], page.QuerySelectorAll("#focal-leaders li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("a[href='/don-vi-hanh-chinh/tinh/01']"));
    }

    [Fact]
    public async Task Detail_OfAMinistryUnit_ShowsItsStaffOnlyToThoseItIsRoutedTo()
    {
        var id = await IdOf("CTDP");
        var ownStaff = await PageClient.SignedIn(App, "cuc.ctdp");
        var commune = await PageClient.SignedIn(App, "xa.hoankiem");

        var (_, asOwnStaff) = await ownStaff.GetAsync($"/to-chuc/{id}");
        var (status, asCommune) = await commune.GetAsync($"/to-chuc/{id}");

        Assert.Contains(asOwnStaff.QuerySelectorAll("#staff tbody tr"), r => Cell(r, 0) == "Trần Thị Hương");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Cục Công Thương địa phương", asCommune.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(asCommune.QuerySelector("#staff"));
    }

    [Fact]
    public async Task Detail_OutsideTheScope_IsNotFound()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");
        var id = await IdOf("SCT-08");

        var (status, page) = await client.GetAsync($"/to-chuc/{id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không tìm thấy", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Sở Công Thương Tuyên Quang", page.Body!.TextContent);
    }

    [Fact]
    public async Task Detail_OfAnUnknownOrganisation_IsNotFound()
    {
        var client = await PageClient.SignedIn(App, "admin");

        var (status, page) = await client.GetAsync("/to-chuc/987654321");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không tìm thấy", page.QuerySelector("h1")!.TextContent.Trim());
    }

    private async Task<int> IdOf(string code)
    {
        await using var scope = App.Db();
        return await scope.Context.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<string> FullNameOf(string userName)
    {
        await using var scope = App.Db();
        return await scope.Context.Users.Where(u => u.UserName == userName).Select(u => u.FullName).SingleAsync(Ct);
    }

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();

    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("#organisations tbody tr").Select(r => r.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationsPagesOnSqlite(SqliteApp app) : OrganisationsPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationsPagesOnPostgres(PostgresApp app) : OrganisationsPagesTests(app);
