using CauNoi.Web.Data;

namespace CauNoi.BrowserTests;

/// <summary>Base of every browser test: a page in a context of its own, closed after the test.</summary>
public abstract class BrowserTests(BrowserApp app) : IAsyncDisposable
{
    private IBrowserContext? _context;

    protected BrowserApp App => app;

    protected async Task<IPage> OpenAsync(string path)
    {
        _context ??= await app.NewContextAsync();
        var page = await _context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Fills and submits the real sign-in form on the page that is open.</summary>
    protected static async Task SignInAsync(IPage page, string userName, string password = DemoData.Password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>Signs in through the form with problems recorded from the first page on.</summary>
    protected async Task<(IPage Page, PageProblems Problems)> SignedInAsync(string userName)
    {
        var page = await OpenAsync("about:blank");
        var problems = new PageProblems(page);
        await page.GotoAsync("/dang-nhap");
        await SignInAsync(page, userName);
        await Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
        return (page, problems);
    }

    protected static async Task VisitAsync(IPage page, string path, string heading)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("h1")).ToContainTextAsync(heading);
        await AssertNoErrorPageAsync(page);
    }

    /// <summary>Fails listing the WCAG 2.1 A/AA violations axe-core finds on the page, and any sideways overflow.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        if (await AccessibilityProblemsAsync(page) is { } problems) Assert.Fail(problems);
    }

    /// <summary>
    /// The WCAG 2.1 A/AA violations axe-core finds on the page (unless <paramref name="rules"/> is false) and any sideways
    /// overflow, as one text; null when none.
    /// </summary>
    protected static async Task<string?> AccessibilityProblemsAsync(IPage page, bool rules = true)
    {
        var overflow = await Accessibility.OverflowAsync(page);
        var violations = rules ? await Accessibility.ViolationsAsync(page) : [];
        if (overflow.Count == 0 && violations.Count == 0) return null;
        return $"{new Uri(page.Url).PathAndQuery} at {page.ViewportSize?.Width} px:\n"
            + string.Join("\n", [.. overflow.Select(o => "overflow: " + o), .. violations]);
    }

    /// <summary>Every date of the page's main part stays on one line: a date broken after a slash reads as two numbers.</summary>
    protected static async Task AssertNoBrokenDatesAsync(IPage page)
    {
        var broken = await page.EvaluateAsync<string[]>("""
            () => {
                const found = [];
                const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const m of node.textContent.matchAll(/\d\d\/\d\d\/\d{4}/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        if (range.getClientRects().length > 1) found.push(m[0]);
                    }
                }
                return found;
            }
            """);
        Assert.Empty(broken);
    }

    protected static Task AssertNoErrorPageAsync(IPage page) => Expect(page.GetByText("Lỗi hệ thống")).ToHaveCountAsync(0);

    /// <summary>The path of the page now shown, e.g. "/dang-nhap".</summary>
    protected static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>Pages taller than this (CSS pixels) are shot as one viewport, to keep the PNGs small.</summary>
    private const int TallestFullPage = 2000;

    /// <summary>
    /// Saves a PNG of the page into docs/screenshots/, only when CAUNOI_SCREENSHOTS is set (never on CI):
    /// the whole page, or only the viewport when the page is very tall.
    /// </summary>
    protected static async Task ScreenshotAsync(IPage page, string fileName)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CAUNOI_SCREENSHOTS"))) return;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CauNoi.slnx"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Repository root (CauNoi.slnx) not found above " + AppContext.BaseDirectory);
        var path = Path.Combine(root.FullName, "docs", "screenshots", fileName);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new() { Path = path, FullPage = height <= TallestFullPage });
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        GC.SuppressFinalize(this);
    }
}
