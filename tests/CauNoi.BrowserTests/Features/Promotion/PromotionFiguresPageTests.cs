using CauNoi.Web.Features.Promotion;

namespace CauNoi.BrowserTests.Features.Promotion;

/// <summary>
/// The khuyến công figures read by the programme's unit (cuc.khuyencong, the country) and by Hà Nội's department (its own
/// province), at desktop and phone width: the tables scroll inside their boxes rather than the page, no date or code breaks
/// over two lines, no axe-core violation. Plan year 2005 holds a small programme written here (a year no one else writes in):
/// Hà Nội settled, accepted, stopped and adjusted proposals in the national plan; one in Tuyên Quang.
/// With CAUNOI_SCREENSHOTS set: docs/screenshots/promotion-figures-{1366,390}.png (the country) and
/// promotion-figures-so-{1366,390}.png (the department).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PromotionFiguresPageTests(BrowserApp app) : BrowserTests(app)
{
    private const int Year = 2005;
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _written;

    [Theory]
    [InlineData("cuc.khuyencong")]
    [InlineData("so.hanoi")]
    public async Task TheFigures_AreReadableAndAccessible_AtDesktopAndPhoneWidth(string userName)
    {
        await ProgrammeAsync();
        var (page, problems) = await SignedInAsync(userName);

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await VisitAsync(page, $"/khuyen-cong/so-lieu?nam={Year}", "Số liệu khuyến công");
            var country = userName == "cuc.khuyencong";
            await Expect(page.Locator("#provinces tbody tr")).ToHaveCountAsync(country ? 1 + 34 + 1 : 1);
            // Hà Nội: (100 + 180) ÷ (100 + 200 + 120) = 66,7%; the country adds Tuyên Quang's 50 in progress: 280 ÷ 470 = 59,6%.
            await Expect(page.Locator("#provinces tr[data-code='01'] [data-column=completion]")).ToHaveTextAsync("66,7%");
            await Expect(page.Locator("#completion")).ToContainTextAsync(country ? "59,6%" : "66,7%");
            await Expect(page.Locator("#changes tbody tr")).ToHaveCountAsync(2);
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertNoBrokenCodesAsync(page);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, country ? $"promotion-figures-{width}.png" : $"promotion-figures-so-{width}.png");
        }
        problems.AssertNone();
    }

    private async Task ProgrammeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await Once.WaitAsync(ct);
        try
        {
            if (_written) return;
            await using var scope = App.Db();
            var db = scope.Context;
            var now = DateTime.UtcNow;
            var token = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
            var plan = new PromotionPlan { Year = Year, Kind = PlanKind.National, Title = "Kế hoạch khuyến công quốc gia năm 2005 (thử)", BudgetNational = 2000, BudgetCounterpart = 500, CreatedAt = now, UpdatedAt = now };
            db.PromotionPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            PromotionProposal P(string n, string province, ProposalStage stage, decimal requested, decimal? now_, decimal? first, PromotionActivity activity) => new()
            {
                Code = $"KCQG-{Year}-{token}{n}", PlanId = plan.Id, ProvinceCode = province, ProposerKind = ProposerKind.PromotionCentre,
                ProposerName = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", Activity = activity, Title = $"Đề án thử {n}",
                BeneficiaryName = "Hợp tác xã mây tre đan Phú Vinh", Stage = stage, StartOn = new(Year, 3, 1), EndOn = new(Year, 11, 30),
                RequestedNational = requested, RequestedCounterpart = requested / 4, ApprovedNational = now_, ApprovedCounterpart = now_ is null ? null : requested / 4,
                FirstApprovedStateFunds = first, Disbursed = stage is ProposalStage.Settled or ProposalStage.Accepted ? now_ ?? 0 : 0,
                Settled = stage == ProposalStage.Settled ? now_ : null, CreatedAt = now, UpdatedAt = now,
            };
            var settled = P("01", "01", ProposalStage.Settled, 100, 100, 100, PromotionActivity.VocationalTraining);
            settled.Outputs = [new() { Kind = OutputKind.PeopleTrained, Unit = "người", Promised = 35, Achieved = 35 }];
            var accepted = P("02", "01", ProposalStage.Accepted, 200, 180, 200, PromotionActivity.AdvancedMachinery);
            accepted.Adjustments = 1;
            accepted.Outputs = [new() { Kind = OutputKind.FacilitiesWithMachinery, Unit = "cơ sở", Promised = 3, Achieved = 3 }];
            accepted.Events = [new() { Step = ProposalStep.Adjust, At = now, OnDate = new(Year, 6, 12), ByName = "Đỗ Thị Mai", Note = "Giảm kinh phí do thay đổi cấu hình thiết bị, giữ nguyên số cơ sở thụ hưởng" }];
            var stopped = P("03", "01", ProposalStage.Stopped, 120, 120, 120, PromotionActivity.DemonstrationModel);
            stopped.StoppedOn = new(Year, 8, 20);
            stopped.StopReason = "Cơ sở thụ hưởng chuyển địa điểm sản xuất, không bố trí được mặt bằng xây dựng mô hình trình diễn";
            var tuyenQuang = P("04", "08", ProposalStage.InProgress, 50, 50, 50, PromotionActivity.FairsAndExhibitions);
            tuyenQuang.Outputs = [new() { Kind = OutputKind.FacilitiesAtFairs, Unit = "cơ sở", Promised = 12 }];
            db.PromotionProposals.AddRange(settled, accepted, stopped, tuyenQuang);
            await db.SaveChangesAsync(ct);
            _written = true;
        }
        finally { Once.Release(); }
    }

    /// <summary>No proposal code in a table cell breaks over two lines.</summary>
    private static async Task AssertNoBrokenCodesAsync(IPage page)
    {
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#changes tbody tr td:first-child')]
                .filter(td => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; })
                .map(td => td.textContent)
            """);
        Assert.True(broken.Length == 0, "Codes broken over two lines: " + string.Join(", ", broken));
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
