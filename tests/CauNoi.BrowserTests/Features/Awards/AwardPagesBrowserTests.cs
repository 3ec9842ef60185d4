using System.Globalization;
using CauNoi.Web.Data;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.BrowserTests.Features.Awards;

/// <summary>
/// The selection of typical rural industrial products on the demo data, at desktop and phone width: the rounds and the 2023
/// national round with its ranking and certificate numbers (cuc.khuyencong), a recognised national product with its chain
/// provincial → regional → national, the 2023 national list (173 products of 54 provinces), and Hà Nội's round of this year
/// taking nominations until its deadline ahead, with its council and criteria, one put forward on its form (so.hanoi). No
/// sideways scrolling, no date or certificate number broken over two lines, no axe-core violation. With CAUNOI_SCREENSHOTS
/// set: docs/screenshots/awards-rounds-{1366,390}.png, awards-round-{1366,390}.png (the national round),
/// awards-round-hanoi-{1366,390}.png, awards-product-{1366,390}.png, awards-national-{1366,390}.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AwardPagesBrowserTests(BrowserApp app) : BrowserTests(app)
{
    private const string NationalTitle = "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023";

    [Fact]
    public async Task TheRounds_TheNationalRanking_AProductsChain_AndTheNationalList_AreReadableAndAccessible()
    {
        var ct = TestContext.Current.CancellationToken;
        int national, first, open;
        int[] chain;
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            national = await db.AwardRounds.Where(r => r.IsDemo && r.Year == 2023 && r.Level == AwardLevel.National).Select(r => r.Id).SingleAsync(ct);
            open = await HaNoisOpenRound(db).Select(r => r.Id).SingleAsync(ct);
            var top = await db.Nominations.SingleAsync(n => n.RoundId == national && n.CertificateNumber == "001/" + DemoAwards.NationalSeries, ct);
            var regional = await db.Nominations.SingleAsync(n => n.Id == top.PreviousNominationId, ct);
            (first, chain) = (top.Id, [regional.PreviousNominationId!.Value, regional.Id, top.Id]);
        }
        var (page, problems) = await SignedInAsync("cuc.khuyencong");

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);

            await VisitAsync(page, "/binh-chon", "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu");
            await Expect(page.Locator($"#rounds tr[data-id='{national}'] a")).ToContainTextAsync(NationalTitle);
            await Expect(page.Locator($"#rounds tr[data-id='{national}']")).ToContainTextAsync("Đã công bố kết quả");
            await Expect(page.Locator($"#rounds tr[data-id='{open}']")).ToContainTextAsync("Đang nhận hồ sơ");
            await AssertReadableAsync(page, width, "#rounds td[data-label='Hạn nhận hồ sơ']");
            await ScreenshotAsync(page, $"awards-rounds-{width}.png");

            await VisitAsync(page, $"/binh-chon/dot/{national}", NationalTitle);
            await Expect(page.Locator("#stage")).ToHaveTextAsync("Đã công bố kết quả");
            await Expect(page.Locator("#nomination-deadline")).ToHaveTextAsync("31/08/2023");
            await Expect(page.Locator("#scoring-deadline")).ToHaveTextAsync("13/10/2023");
            await Expect(page.Locator("#series")).ToHaveTextAsync(DemoAwards.NationalSeries);
            // Ranked first, certificate 001; the 173 recognised, then those that did not pass, without a certificate.
            var top = page.Locator("#nominations tbody tr").First;
            await Expect(top).ToHaveAttributeAsync("data-id", first.ToString());
            await Expect(top.Locator("td").First).ToHaveTextAsync("1");
            await Expect(top.Locator("td[data-label='Số giấy chứng nhận']")).ToHaveTextAsync("001/" + DemoAwards.NationalSeries);
            await Expect(page.Locator("#nominations td[data-label='Số giấy chứng nhận']").Filter(new() { HasTextRegex = new Regex("/") }))
                .ToHaveCountAsync(DemoAwards.NationalProducts);
            await Expect(page.Locator("#nominations tbody tr").Nth(DemoAwards.NationalProducts).Locator("td[data-label='Kết quả']")).ToHaveTextAsync("Không được công nhận");
            await AssertReadableAsync(page, width, "#nominations td[data-label='Số giấy chứng nhận']", "#nomination-deadline", "#scoring-deadline", "#series");
            // The page is taller than a full-page shot: the picture shows the ranking.
            await page.EvaluateAsync("() => document.getElementById('ket-qua').scrollIntoView({ behavior: 'instant' })");
            await ScreenshotAsync(page, $"awards-round-{width}.png");

            await page.Locator($"#nominations tr[data-id='{first}'] a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/binh-chon/san-pham/{first}$"));
            await Expect(page.Locator("#result")).ToHaveTextAsync("Được công nhận");
            await Expect(page.Locator("#rank")).ToHaveTextAsync("1");
            await Expect(page.Locator("#certificate")).ToHaveTextAsync("Số 001/" + DemoAwards.NationalSeries);
            // The chain, oldest first: the province's round, its region's, the country's, each recognised with its certificate.
            var history = page.Locator("#history tbody tr");
            await Expect(history).ToHaveCountAsync(3);
            for (var i = 0; i < 3; i++)
            {
                await Expect(history.Nth(i)).ToHaveAttributeAsync("data-id", chain[i].ToString());
                await Expect(history.Nth(i).Locator("td[data-label='Cấp']")).ToHaveTextAsync(AwardNames.Of((AwardLevel)(i + 1)));
                await Expect(history.Nth(i).Locator("td[data-label='Kết quả']")).ToHaveTextAsync("Được công nhận");
                await Expect(history.Nth(i).Locator("td[data-label='Giấy chứng nhận']")).ToContainTextAsync(new Regex(@"^\d{3}/CNNTTB-"));
            }
            await Expect(history.Nth(2)).ToHaveClassAsync(new Regex("table-active"));
            await AssertReadableAsync(page, width, "#certificate", "#history td[data-label='Giấy chứng nhận']");
            await ScreenshotAsync(page, $"awards-product-{width}.png");

            await VisitAsync(page, "/binh-chon/quoc-gia?year=2023", "Sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023");
            // The seed's figure (003): 173 products from 54 provinces as they were in 2023, before the merger.
            await Expect(page.Locator("#by-province tr")).ToHaveCountAsync(54);
            await Expect(page.Locator("#counts")).ToHaveTextAsync("173 sản phẩm của 54 tỉnh, thành phố.");
            await Expect(page.Locator("#products tbody tr")).ToHaveCountAsync(DemoAwards.NationalProducts);
            await Expect(page.Locator("#by-group tr")).ToHaveCountAsync(Enum.GetValues<ProductGroup>().Length);
            await Expect(page.Locator($"#products tr[data-id='{first}'] td[data-label='Số giấy chứng nhận']")).ToHaveTextAsync("001/" + DemoAwards.NationalSeries);
            await Expect(page.Locator("#xlsx-link")).ToHaveAttributeAsync("href", "/api/v1/awards/national-list?year=2023&format=xlsx");
            await AssertReadableAsync(page, width, "#products td[data-label='Số giấy chứng nhận']", "#by-group td:last-child", "#by-province td:last-child");
            await ScreenshotAsync(page, $"awards-national-{width}.png");
        }
        problems.AssertNone();
    }

    [Fact]
    public async Task HaNoisRoundTakingNominations_ShowsItsForm_AndTakesAProduct_AtDesktopAndPhoneWidth()
    {
        var ct = TestContext.Current.CancellationToken;
        AwardRound round;
        await using (var scope = App.Db())
            round = await HaNoisOpenRound(scope.Context).SingleAsync(ct);
        // The demo dates the round from the day it is loaded: this year's, its deadline ahead.
        var today = VietnamTime.Today(TimeProvider.System);
        Assert.Equal(today.Year, round.Year);
        Assert.True(round.NominationDeadline > today, $"The open round's deadline {round.NominationDeadline} is not after today.");
        var (page, problems) = await SignedInAsync("so.hanoi");

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(page, $"/binh-chon/dot/{round.Id}", $"cấp tỉnh năm {round.Year} – Thành phố Hà Nội");
            await Expect(page.Locator("#stage")).ToHaveTextAsync("Đang nhận hồ sơ");
            await Expect(page.Locator("#nomination-deadline")).ToHaveTextAsync(round.NominationDeadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            await Expect(page.Locator("#scoring-deadline")).ToHaveTextAsync(round.ScoringDeadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            await Expect(page.Locator("#series")).ToHaveTextAsync(round.CertificateSeries);
            // Its council, made with the round, and the four criteria groups it starts with.
            await Expect(page.Locator("#council a")).ToHaveAttributeAsync("href", $"/hoi-dong/{round.CouncilId}");
            await Expect(page.Locator("#criteria tbody tr")).ToHaveCountAsync(4);
            await Expect(page.Locator("#ket-qua")).ToHaveTextAsync("Sản phẩm đề nghị");
            await Expect(page.Locator("#nominations tbody tr")).Not.ToHaveCountAsync(0);
            await Expect(page.Locator("#nominate")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Tên sản phẩm, bộ sản phẩm")).ToBeVisibleAsync();
            await Expect(page.Locator("#commune option")).Not.ToHaveCountAsync(1);
            await AssertReadableAsync(page, width, "#nomination-deadline", "#scoring-deadline", "#series");
            await ScreenshotAsync(page, $"awards-round-hanoi-{width}.png");
        }

        var product = $"Gốm men rạn Bát Tràng thử {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Tên sản phẩm, bộ sản phẩm").FillAsync(product);
        await page.GetByLabel("Nhóm sản phẩm").SelectOptionAsync(nameof(ProductGroup.Handicraft));
        await page.GetByLabel("Cơ sở sản xuất").FillAsync("Hợp tác xã gốm sứ Bát Tràng");
        await page.GetByLabel("Xã, phường").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Mô tả sản phẩm").FillAsync("Bình gốm men rạn vẽ tay, men tro truyền thống.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đề nghị bình chọn" }).ClickAsync();
        await Expect(page.Locator("#title")).ToHaveTextAsync(product);
        await Expect(page.Locator("#result")).ToHaveTextAsync("Chưa công bố");
        await Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#files-form")).ToBeVisibleAsync();
        await AssertReadableAsync(page, 390);
        problems.AssertNone();
    }

    private static IQueryable<AwardRound> HaNoisOpenRound(CauNoiDb db) =>
        db.AwardRounds.Where(r => r.IsDemo && r.Level == AwardLevel.Provincial && r.ProvinceCode == "01" && r.Stage == RoundStage.Nominating);

    /// <summary>
    /// What the page looks like to its reader at this width: no sideways scrolling, no date broken over two lines, nor any of
    /// the elements named (certificate numbers, deadlines) wrapped, and no axe-core violation.
    /// </summary>
    private static async Task AssertReadableAsync(IPage page, int width, params string[] oneLine)
    {
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
        await AssertNoBrokenDatesAsync(page);
        foreach (var selector in oneLine)
        {
            var broken = await page.EvaluateAsync<string[]>("""
                selector => [...document.querySelectorAll(selector)]
                    .filter(e => e.textContent.trim() !== '')
                    .filter(e => { const r = document.createRange(); r.selectNodeContents(e); return [...r.getClientRects()].filter(c => c.width > 0).map(c => Math.round(c.top)).filter((t, i, a) => a.indexOf(t) === i).length > 1; })
                    .map(e => e.textContent.trim())
                """, selector);
            Assert.True(broken.Length == 0, $"{selector} broken over two lines at {width} px: " + string.Join(", ", broken.Take(5)));
        }
        await AssertAccessibleAsync(page);
    }
}
