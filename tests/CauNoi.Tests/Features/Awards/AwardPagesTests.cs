using CauNoi.Web.Features.Awards;
using static CauNoi.Tests.Features.Awards.AwardSetup;

namespace CauNoi.Tests.Features.Awards;

/// <summary>The selection's pages render for those who read them, and a nomination out of scope is "not found" on its page too. Year 2059.</summary>
public abstract class AwardPagesTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task ThePages_ShowTheRoundItsResultsAndTheProduct()
    {
        var (round, ids) = await PublishedProvincialAsync(App, 2059, [("Sơn mài " + Token(), 83m, 1, true)], Ct);
        var open = await CreateRoundAsync(App, HaNoiDept, Round(2059, AwardLevel.Provincial), Ct);
        var pending = await NominateAsync(App, HaNoiDept, Product(open.Id, "Thêu " + Token()), Ct);
        var pages = await PageClient.SignedIn(App, HaNoiDept);

        var (status, list) = await pages.GetAsync("/binh-chon?year=2059");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(list.QuerySelector($"#rounds tr[data-id='{round.Id}']"));
        Assert.NotNull(list.QuerySelector("#new-round"));

        var (_, page) = await pages.GetAsync($"/binh-chon/dot/{round.Id}");
        Assert.Equal(round.TieBreakRule, page.QuerySelector("#tie-break")!.TextContent.Trim());
        Assert.Contains($"/hoi-dong/{round.CouncilId}", page.QuerySelector("#council a")!.GetAttribute("href"));
        Assert.Contains($"001/{round.CertificateSeries}", page.QuerySelector($"#nominations tr[data-id='{ids[0]}']")!.TextContent);
        Assert.Contains("chưa được đối chiếu", page.QuerySelector("#criteria-note")!.TextContent);

        var (_, openPage) = await pages.GetAsync($"/binh-chon/dot/{open.Id}");
        Assert.NotNull(openPage.QuerySelector("#nominate"));

        var (_, product) = await pages.GetAsync($"/binh-chon/san-pham/{ids[0]}");
        Assert.Equal($"/api/v1/awards/nominations/{ids[0]}/certificate.docx", product.QuerySelector("#certificate-link")!.GetAttribute("href"));
        Assert.Single(product.QuerySelectorAll("#history tbody tr"));

        var other = await PageClient.SignedIn(App, TuyenQuangDept);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/binh-chon/san-pham/{pending.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/binh-chon/san-pham/{ids[0]}")).Status);
        Assert.Null((await other.GetAsync($"/binh-chon/dot/{open.Id}")).Document.QuerySelector("#nominate"));

        var ministry = await PageClient.SignedIn(App, Ministry);
        var (nationalStatus, national) = await ministry.GetAsync("/binh-chon/quoc-gia?year=2059");
        Assert.Equal(HttpStatusCode.OK, nationalStatus);
        Assert.NotNull(national.QuerySelector("#xlsx-link"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AwardPagesOnSqlite(SqliteApp app) : AwardPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AwardPagesOnPostgres(PostgresApp app) : AwardPagesTests(app);
