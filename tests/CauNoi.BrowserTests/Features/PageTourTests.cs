using CauNoi.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.BrowserTests.Features;

/// <summary>
/// Every page of the interface, opened in a real browser after signing in through the form: each shows
/// its heading, never the error page, and leaves nothing in the console (script errors, failed loads,
/// resources blocked by the content security policy). With CAUNOI_SCREENSHOTS set, each is photographed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(BrowserApp app) : BrowserTests(app)
{
    [Theory]
    [InlineData("/", "Xin chào, Quản trị hệ thống", null)]
    [InlineData("/don-vi-hanh-chinh", "Đơn vị hành chính cấp tỉnh", "provinces.png")]
    [InlineData("/don-vi-hanh-chinh/tinh/01", "Thành phố Hà Nội", "province.png")]
    [InlineData("/don-vi-hanh-chinh/xa/00004", "Phường Ba Đình", "commune.png")]
    [InlineData("/to-chuc", "Cơ quan, đơn vị", "organisations.png")]
    [InlineData("/quan-tri/don-vi-thuoc-bo", "Đơn vị thuộc Bộ", "admin-units.png")]
    [InlineData("/quan-tri/linh-vuc", "Lĩnh vực", "admin-fields.png")]
    [InlineData("/quan-tri/nguoi-dung", "Người dùng", "admin-users.png")]
    [InlineData("/quan-tri/nguoi-dung/tao-moi", "Thêm người dùng", "admin-user-new.png")]
    [InlineData("/quan-tri/phu-trach-tinh", "Lãnh đạo phụ trách tỉnh", "admin-focal-leaders.png")]
    [InlineData("/quan-tri/phu-trach-tinh/01", "Lãnh đạo phụ trách Thành phố Hà Nội", "admin-focal-leader.png")]
    [InlineData("/quan-tri/ngay-nghi", "Ngày nghỉ, ngày làm bù năm", "admin-holidays.png")]
    [InlineData("/quan-tri/nhat-ky", "Nhật ký thay đổi", "admin-audit.png")]
    public async Task Page_AsAdministrator_ShowsItsHeadingWithoutErrors(string path, string heading, string? screenshot)
    {
        var (page, problems) = await SignedInAsync("admin");

        await VisitAsync(page, path, heading);

        if (screenshot is not null) await ScreenshotAsync(page, screenshot);
        problems.AssertNone();
    }

    [Fact]
    public async Task CommuneSearch_WithoutDiacritics_ListsTheCommune()
    {
        var (page, problems) = await SignedInAsync("admin");

        await VisitAsync(page, "/don-vi-hanh-chinh/xa?q=ba%20dinh", "Tìm xã, phường, đặc khu");

        await Expect(page.Locator("table#communes")).ToContainTextAsync("Phường Ba Đình");
        // No screenshot: commune-search.png is CommuneSearchTests'.
        problems.AssertNone();
    }

    [Fact]
    public async Task Organisation_OpenedFromTheList_ShowsItsName()
    {
        var (page, problems) = await SignedInAsync("admin");
        await VisitAsync(page, "/to-chuc", "Cơ quan, đơn vị");
        var first = page.Locator("table#organisations tbody a").First;
        var name = (await first.TextContentAsync())!.Trim();

        await first.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/to-chuc/\\d+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await AssertNoErrorPageAsync(page);
        await ScreenshotAsync(page, "organisation.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task WorkingCalendar_DeadlineForm_CountsWorkingDaysOverTet()
    {
        var (page, problems) = await SignedInAsync("admin");
        await VisitAsync(page, "/lich-lam-viec", "Lịch làm việc năm");

        await page.GetByLabel("Ngày nhận").FillAsync("13/02/2026");
        await page.GetByLabel("Số ngày làm việc được giao").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tính hạn" }).ClickAsync();

        await Expect(page.GetByTestId("deadline")).ToContainTextAsync("27/02/2026");
        await AssertNoErrorPageAsync(page);
        await ScreenshotAsync(page, "calendar.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task ApiDocs_ShowTheOperations()
    {
        var (page, problems) = await SignedInAsync("admin");

        await page.GotoAsync("/api-docs/index.html");

        await Expect(page.Locator(".information-container .title")).ToContainTextAsync("CauNoi API");
        await Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "api-docs.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task ProvinceOfficer_SeesNoAdministrationMenu_AndIsRefusedItsPages()
    {
        var (page, problems) = await SignedInAsync("so.hanoi");

        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = "Danh mục" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByText("Quản trị")).ToHaveCountAsync(0);

        await page.GotoAsync("/quan-tri/nguoi-dung");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền");
        await Expect(page.GetByTestId("users")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "access-denied.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task ProvinceOfficer_OpeningAnotherProvincesDepartment_SeesNotFound()
    {
        int otherDepartment;
        await using (var db = App.Db())
            otherDepartment = await db.Context.Organisations.Where(o => o.Code == "SCT-08").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        var (page, problems) = await SignedInAsync("so.hanoi");

        var response = await page.GotoAsync($"/to-chuc/{otherDepartment}");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Không tìm thấy");
        await Expect(page.GetByText("Tuyên Quang")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "not-found.png");
        // The 404 of the page itself is the expected answer, not a broken resource.
        problems.AssertNone(except: page.Url);
    }

    [Fact]
    public async Task HomePage_OnAPhone_OpensTheMenuFromTheToggler()
    {
        var (page, problems) = await SignedInAsync("so.hanoi");
        await page.SetViewportSizeAsync(390, 844);
        var menuLink = page.GetByRole(AriaRole.Link, new() { Name = "Lịch làm việc" });
        await Expect(menuLink).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Danh mục" }).ClickAsync();

        await Expect(page.Locator("#mainNav")).ToHaveClassAsync(new Regex("\\bshow\\b"));
        await Expect(menuLink).ToBeVisibleAsync();
        await menuLink.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Lịch làm việc");
        await ScreenshotAsync(page, "mobile-home.png");
        problems.AssertNone();
    }

    /// <summary>
    /// Every page each role reaches: its home, every entry of its menu (read from the bar, so a feature added to
    /// Shared/Layout/Navigation.cs is toured without a line here), one page of each kind linked below those, and the
    /// commune search; each answers 200 with no refusal, no error page, no console problem and no sideways scrolling, at
    /// desktop and phone width. axe-core checks every page at desktop width, and at phone width the home page, where the
    /// menu folds behind its toggler: what else changes at that width is layout (lists shown as cards), not the colours,
    /// names or roles axe-core reads, and axe-core was 60 % of the tour's time.
    /// </summary>
    [Theory]
    [InlineData("admin", 1366)]
    [InlineData("admin", 390)]
    [InlineData("lanhdao", 1366)]
    [InlineData("lanhdao", 390)]
    [InlineData("cuc.ctdp", 1366)]
    [InlineData("cuc.ctdp", 390)]
    [InlineData("lanhdao.dienluc", 1366)]
    [InlineData("lanhdao.dienluc", 390)]
    [InlineData("phutrach.hanoi", 1366)]
    [InlineData("phutrach.hanoi", 390)]
    [InlineData("so.hanoi", 1366)]
    [InlineData("so.hanoi", 390)]
    [InlineData("xa.hoankiem", 1366)]
    [InlineData("xa.hoankiem", 390)]
    public async Task EveryPageOfTheRole_AtDesktopAndPhoneWidth_IsAccessibleWithoutErrors(string userName, int width)
    {
        var (page, problems) = await SignedInAsync(userName);
        var phone = width < 1200;
        await page.SetViewportSizeAsync(width, phone ? 844 : 768);
        var menu = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#mainNav a[href]')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(menu);
        HashSet<string> seen = [];
        List<string> failures = [];

        foreach (var path in (string[])["/", .. menu, "/don-vi-hanh-chinh/xa?q=ba%20dinh"])
        {
            if (!seen.Add(path)) continue;
            await OpenAndCheckAsync(page, path, rules: !phone || path == "/", failures);
            if (path == "/") continue;
            foreach (var below in await PagesBelowAsync(page))
                if (seen.Add(below)) await OpenAndCheckAsync(page, below, rules: !phone, failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        problems.AssertNone();
    }

    /// <summary>
    /// Opens the page: a refusal, an error page or a missing heading stops the tour; what axe-core (when its rules are
    /// asked for) and the overflow check find is collected.
    /// </summary>
    private static async Task OpenAndCheckAsync(IPage page, string path, bool rules, List<string> failures)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response!.Status == 200, $"{path} answered {response.Status}");
        await Expect(page.Locator("h1")).Not.ToHaveTextAsync(new Regex("^(Không có quyền|Không tìm thấy)$"));
        await AssertNoErrorPageAsync(page);
        if (await AccessibilityProblemsAsync(page, rules) is { } found) failures.Add(found);
    }

    /// <summary>One page of each kind the page links to below its own path (a record, a province, a user…), HTML only.</summary>
    private static async Task<IReadOnlyList<string>> PagesBelowAsync(IPage page)
    {
        var below = await page.EvaluateAsync<string[]>("""
            () => {
                const base = location.pathname.replace(/\/$/, '') + '/';
                const kinds = new Map();
                for (const a of document.querySelectorAll('main a[href]')) {
                    const href = a.getAttribute('href');
                    if (!href.startsWith(base) || href.includes('?') || href.includes('#')) continue;
                    const kind = href.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+/g, '#');
                    if (!kinds.has(kind)) kinds.set(kind, href);
                }
                return [...kinds.values()].slice(0, 4);
            }
            """);
        List<string> pages = [];
        foreach (var path in below)
        {
            var response = await page.Context.APIRequest.GetAsync(path);
            if (response.Ok && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
                pages.Add(path);
        }
        return pages;
    }
}
