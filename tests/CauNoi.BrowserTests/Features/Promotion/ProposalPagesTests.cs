using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using CauNoi.Web.Features.Councils;
using CauNoi.Web.Features.Promotion;

namespace CauNoi.BrowserTests.Features.Promotion;

/// <summary>
/// A proposal registered late on the form by Hà Nội's department into the national plan of 2046; a proposal taken through
/// appraisal, approval and a progress report; the list, the proposal's page with its history and the owning unit's step
/// forms, and the intake form, at desktop and phone width as so.hanoi and cuc.khuyencong: no sideways scrolling, no date
/// broken over two lines, no axe-core violation. With CAUNOI_SCREENSHOTS set: docs/screenshots/promotion-*.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProposalPagesTests(BrowserApp app) : BrowserTests(app)
{
    private const int Year = 2046;

    [Fact]
    public async Task TheIntakeForm_TheListAndAProposalsPage_AreReadableAndAccessible()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = await App.ApiAs("cuc.khuyencong");
        var department = await App.ApiAs("so.hanoi");
        var planResponse = await owner.PostAsJsonAsync("/api/v1/promotion/plans", new
        {
            year = Year, kind = "National", decisionNumber = "2646/QĐ-BCT", decidedOn = new DateOnly(2025, 9, 23), registrationDeadline = new DateOnly(2025, 10, 31),
            budgetNational = 120_000m, budgetLocal = 0m, budgetCounterpart = 60_000m,
        }, ct);
        Assert.True(planResponse.IsSuccessStatusCode, await planResponse.Content.ReadAsStringAsync(ct));
        var plan = System.Text.Json.JsonDocument.Parse(await planResponse.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("plan").GetProperty("id").GetInt32();

        // One proposal already carried out part of the way, for its history.
        var created = await department.PostAsJsonAsync("/api/v1/promotion/proposals", new
        {
            planId = plan, communeCode = "00070", proposerKind = "PromotionCentre", proposerName = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội",
            activity = "DemonstrationModel", title = "Xây dựng mô hình trình diễn kỹ thuật sản xuất gốm sứ men rạn", beneficiaryName = "Công ty TNHH Gốm sứ Bát Tràng Xanh",
            beneficiaryTaxCode = "0101234567", requestedNational = 1500m, requestedLocal = 0m, requestedCounterpart = 2200m,
            startOn = new DateOnly(2026, 2, 1), endOn = new DateOnly(2026, 11, 30),
            outputs = new object[] { new { kind = "DemonstrationModels", promised = 1m }, new { kind = "PeopleTrained", promised = 40m } },
        }, ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(ct));
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetInt32();
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var so = await db.Organisations.Where(o => o.Code == "SCT-01").Select(o => o.Id).FirstAsync(ct);
            db.Councils.Add(new Council
            {
                Name = "Hội đồng thẩm định cấp cơ sở đề án khuyến công quốc gia năm 2046 – Hà Nội", Purpose = CouncilPurpose.ProposalAppraisal, OrganisationId = so, ProvinceCode = "01",
                Status = CouncilStatus.Closed, PassMark = 50m, ClosedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
                Entries = [new CouncilEntry { ProposalId = id, ProvinceCode = "01", Title = "Gốm sứ men rạn", Average = 78.4m, Passed = true, Rank = 1, ScoredBy = 5 }],
            });
            await db.SaveChangesAsync(ct);
        }
        foreach (var (api, body) in new (HttpClient, object)[]
                 {
                     (department, new { step = "appraise" }),
                     (owner, new { step = "approve", number = "1234/QĐ-BCT", onDate = new DateOnly(2025, 12, 1), approvedNational = 1400m, approvedLocal = 0m, approvedCounterpart = 2200m }),
                     (department, new { step = "report-progress", percent = 35, note = "Đã lắp đặt lò nung và tổ chức lớp tập huấn đầu tiên cho 20 lao động.", amount = 500m }),
                 })
        {
            var step = await api.PostAsJsonAsync($"/api/v1/promotion/proposals/{id}/steps", body, ct);
            Assert.True(step.IsSuccessStatusCode, await step.Content.ReadAsStringAsync(ct));
        }

        var (page, problems) = await SignedInAsync("so.hanoi");
        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await page.GotoAsync($"/khuyen-cong/de-an/moi?plan={plan}");
            await AssertFitsAsync(page, width);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"promotion-new-proposal-{width}.png");
        }
        await page.SetViewportSizeAsync(1366, 768);
        await page.Locator("#title").FillAsync("Hỗ trợ ứng dụng máy sấy và đóng gói chè búp");
        await page.Locator("#activity").SelectOptionAsync("AdvancedMachinery");
        await page.Locator("#proposer").FillAsync("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội");
        await page.Locator("#beneficiary").FillAsync("Hợp tác xã Chè Ba Vì");
        await page.Locator("#tax-code").FillAsync("0109876543");
        await page.Locator("#req-national").FillAsync("450,5");
        await page.Locator("#req-counterpart").FillAsync("700");
        await page.Locator("#start").FillAsync("2026-03-01");
        await page.Locator("#end").FillAsync("2026-10-31");
        await page.Locator("#out-kind-0").SelectOptionAsync("FacilitiesWithMachinery");
        await page.Locator("#out-amount-0").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký đề án" }).ClickAsync();
        await Expect(page.Locator("#proposal-title")).ToContainTextAsync("Hỗ trợ ứng dụng máy sấy và đóng gói chè búp");
        await Expect(page.Locator("#late")).ToHaveTextAsync(PromotionIntake.LateLabel);
        await Expect(page.Locator("#timeline")).ToContainTextAsync("sau hạn đăng ký 31/10/2025");

        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await page.GotoAsync($"/khuyen-cong/de-an?plan={plan}");
            await Expect(page.Locator("#proposals tbody tr")).ToHaveCountAsync(2);
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"promotion-proposals-{width}.png");
            await page.GotoAsync($"/khuyen-cong/de-an/{id}");
            await Expect(page.Locator("#timeline li")).ToHaveCountAsync(4);
            await Expect(page.Locator("[data-figure=first-approved]")).ToHaveTextAsync("1.400,00");
            await AssertFitsAsync(page, width);
            await AssertNoBrokenDatesAsync(page);
            await AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"promotion-proposal-so-{width}.png");
        }
        problems.AssertNone();

        var (ministry, ministryProblems) = await SignedInAsync("cuc.khuyencong");
        foreach (var width in new[] { 1366, 390 })
        {
            await ministry.SetViewportSizeAsync(width, width < 1200 ? 844 : 768);
            await ministry.GotoAsync($"/khuyen-cong/de-an/{id}");
            await Expect(ministry.Locator("#step-adjust")).ToHaveCountAsync(1);
            await Expect(ministry.Locator("#step-stop")).ToHaveCountAsync(1);
            await ministry.Locator("#step-adjust summary").ClickAsync();
            await AssertFitsAsync(ministry, width);
            await AssertAccessibleAsync(ministry);
            await ScreenshotAsync(ministry, $"promotion-proposal-cuc-{width}.png");
        }
        await ministry.SetViewportSizeAsync(1366, 768);
        await ministry.Locator("#step-stop summary").ClickAsync();
        await ministry.GetByRole(AriaRole.Button, new() { Name = "Dừng thực hiện" }).ClickAsync();
        await Expect(ministry.Locator("[data-error-for=\"Decision.Note\"]")).ToContainTextAsync("Nhập lý do dừng thực hiện");
        await ministry.Locator("#stop-note").FillAsync("Cơ sở không bố trí được kinh phí đối ứng.");
        await ministry.GetByRole(AriaRole.Button, new() { Name = "Dừng thực hiện" }).ClickAsync();
        await Expect(ministry.Locator("#stage")).ToContainTextAsync("Dừng thực hiện");
        await ministry.GotoAsync($"/khuyen-cong/ke-hoach/{plan}");
        await Expect(ministry.Locator("#plan-title")).ToContainTextAsync("2046");
        await AssertAccessibleAsync(ministry);
        await ScreenshotAsync(ministry, "promotion-plan-1366.png");
        ministryProblems.AssertNone();
    }

    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "The page scrolls sideways.");
}
