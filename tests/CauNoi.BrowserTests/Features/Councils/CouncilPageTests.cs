using CauNoi.Tests.Features.Councils;
using CauNoi.Web.Features.Councils;

namespace CauNoi.BrowserTests.Features.Councils;

/// <summary>
/// A national product council at desktop and phone width: a member fills in their score form (one criterion "không áp
/// dụng") and submits it; the running unit closes the council; its page then shows each member's total beside the average,
/// the rank and the pass. The tables scroll inside their box rather than the page, no date breaks, no axe-core violation.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/councils-score-1366.png, -390.png, councils-results-1366.png, -390.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilPageTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task AMemberScores_AndTheClosedCouncilShowsTotalsBesideAverages_AtDesktopAndPhoneWidth()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var width in new[] { 1366, 390 })
        {
            var c = await CouncilSetup.CouncilAsync(App, [CouncilSetup.TuyenQuang, CouncilSetup.HaNoi, "04"], ["cuc.dienluc", "so.hanoi", "so.tuyenquang"], ct, passMark: 70);
            // The other members' sheets, as their own forms would have saved them.
            await CouncilSetup.SubmittedAsync(App, "so.hanoi", c, c.Entries[0], ct, 42, 25, 8);
            await CouncilSetup.SubmittedAsync(App, "so.hanoi", c, c.Entries[2], ct, 30, 20, 6);
            await CouncilSetup.SubmittedAsync(App, "so.tuyenquang", c, c.Entries[1], ct, 45, 28, 9);
            await CouncilSetup.SubmittedAsync(App, "so.tuyenquang", c, c.Entries[2], ct, 35, null, 7);
            await CouncilSetup.SubmittedAsync(App, "cuc.dienluc", c, c.Entries[1], ct, 40, 26, 8);
            await CouncilSetup.SubmittedAsync(App, "cuc.dienluc", c, c.Entries[2], ct, 33, 22, 6.5m);

            var (member, problems) = await SignedInAsync("cuc.dienluc");
            await member.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(member, $"/hoi-dong/{c.Id}/cham/{c.Entries[0]}", "Phiếu chấm điểm");
            await member.FillAsync("#points-0", "44,5");
            await member.CheckAsync("#na-1");
            await member.FillAsync("#points-2", "9");
            await member.FillAsync("#comment", "Sản phẩm có tính độc đáo, mẫu mã đẹp.");
            await member.ClickAsync("#submit");
            // 44.5 + 2 × 9 = 62.5 of 70 scored, rescaled 62.5 × 100 ÷ 70 = 89.2857… → 89,29.
            await Expect(member.Locator("#total [data-figure=total]")).ToHaveTextAsync("89,29");
            await Expect(member.Locator("#sheet-state")).ToContainTextAsync("Đã nộp");
            await AssertFitsAsync(member, width);
            await AssertAccessibleAsync(member);
            await ScreenshotAsync(member, $"councils-score-{width}.png");
            problems.AssertNone();

            var (keeper, keeperProblems) = await SignedInAsync(CouncilSetup.Dmst);
            await keeper.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(keeper, $"/hoi-dong/{c.Id}", $"Hội đồng thử {c.Token}");
            // Every sheet owed is in (so.hanoi does not score Hà Nội's product, nor so.tuyenquang Tuyên Quang's): no confirmation asked.
            await Expect(keeper.Locator("#missing")).ToHaveCountAsync(0);
            await keeper.ClickAsync("#close-form button[type=submit]");
            await Expect(keeper.Locator("#status")).ToContainTextAsync("Đã kết thúc");
            // Tuyên Quang's product: so.hanoi 42 + 25 + 16 = 83, cuc.dienluc 89.29; average 86.145 → 86,15, rank 2 behind
            // Hà Nội's (45 + 28 + 18 = 91 and 40 + 26 + 16 = 82, average 86.5).
            var first = keeper.Locator($"#entries tr[data-entry='{c.Entries[0]}']");
            await Expect(first.Locator("[data-figure=average]")).ToHaveTextAsync("86,15");
            await Expect(first.Locator("[data-figure=rank]")).ToHaveTextAsync("2");
            await Expect(keeper.Locator($"#entries tr[data-entry='{c.Entries[1]}'] [data-figure=average]")).ToHaveTextAsync("86,50");
            await AssertFitsAsync(keeper, width);
            await AssertNoBrokenDatesAsync(keeper);
            await AssertAccessibleAsync(keeper);
            await ScreenshotAsync(keeper, $"councils-results-{width}.png");
            keeperProblems.AssertNone();
        }
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
