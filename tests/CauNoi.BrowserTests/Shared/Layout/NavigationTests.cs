using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.BrowserTests.Shared.Layout;

/// <summary>
/// The main menu as each role sees it (the table in Shared/Layout/Navigation.cs), that it holds the eight features to
/// come on one line at 1366 px and behind the toggler at 390 px, and what a keyboard user needs: a skip link and a
/// focus that shows on the red bar. With CAUNOI_SCREENSHOTS set, each role's menu is photographed open at both widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserApp app) : BrowserTests(app)
{
    private const string Catalogue = "Danh mục: Đơn vị hành chính; Cơ quan, đơn vị; Lịch làm việc";
    private const string Administration = "Quản trị: Người dùng; Đơn vị thuộc Bộ; Lĩnh vực; Lãnh đạo phụ trách tỉnh; Ngày nghỉ, ngày làm bù; Nhật ký thay đổi; Cài đặt";
    private const string Tasks = "Nhiệm vụ: Nhiệm vụ được giao; Sổ văn bản; Giao nhiệm vụ; Nhập nhiệm vụ từ Excel; Bảng điều khiển nhiệm vụ";
    private const string MinistryMeetings = "Hội nghị: Hội nghị, đoàn công tác; Thêm hội nghị, đoàn công tác; Lịch hội nghị, đoàn công tác; Đoàn công tác của lãnh đạo phụ trách tỉnh";
    private const string ProvinceMeetings = "Hội nghị: Hội nghị, đoàn công tác; Lịch hội nghị, đoàn công tác";
    private const string Indicators = "Chỉ tiêu: Báo cáo số liệu; Chỉ tiêu và kết quả; Chỉ tiêu kế hoạch; Danh mục chỉ tiêu";
    private const string Clusters = "Cụm công nghiệp: Danh sách cụm công nghiệp; Thống kê cụm công nghiệp; Bản đồ cụm công nghiệp";
    private const string Programmes = "Khuyến công: Kế hoạch khuyến công; Đề án khuyến công; Số liệu khuyến công; Bình chọn sản phẩm CNNT tiêu biểu; Sản phẩm CNNT tiêu biểu cấp quốc gia; Hội đồng chấm điểm";
    private const string MinistryRecommendations = "Kiến nghị: Danh sách kiến nghị; Ghi nhận kiến nghị; Nhập danh sách từ hội nghị; Thư viện câu trả lời";

    // Written from the pages' authorization, not from the table: a leader directs and does not record or import;
    // a locality sends its own; only the administrator administers.
    [Theory]
    [InlineData("admin", "system-administrator", MinistryRecommendations + " | " + Tasks + " | " + MinistryMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue + " | " + Administration)]
    [InlineData("lanhdao", "ministry-leader", "Kiến nghị: Danh sách kiến nghị; Thư viện câu trả lời | " + Tasks + " | " + MinistryMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue)]
    [InlineData("cuc.ctdp", "ministry-officer", MinistryRecommendations + " | " + Tasks + " | " + MinistryMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue)]
    [InlineData("lanhdao.ctdp", "unit-head", MinistryRecommendations + " | " + Tasks + " | " + MinistryMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue)]
    [InlineData("phutrach.hanoi", "focal-leader", MinistryRecommendations + " | " + Tasks + " | " + MinistryMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue)]
    [InlineData("so.hanoi", "province-officer", "Kiến nghị: Danh sách kiến nghị; Gửi kiến nghị; Thư viện câu trả lời | " + Tasks + " | " + ProvinceMeetings + " | " + Indicators + " | " + Clusters + " | " + Programmes + " | Báo cáo | " + Catalogue)]
    [InlineData("xa.hoankiem", "commune-officer", "Kiến nghị: Danh sách kiến nghị; Gửi kiến nghị; Thư viện câu trả lời | Chỉ tiêu: Chỉ tiêu và kết quả; Chỉ tiêu kế hoạch; Danh mục chỉ tiêu | " + Clusters + " | Khuyến công: Kế hoạch khuyến công; Đề án khuyến công; Bình chọn sản phẩm CNNT tiêu biểu; Sản phẩm CNNT tiêu biểu cấp quốc gia; Hội đồng chấm điểm | Báo cáo | " + Catalogue)]
    public async Task Menu_OfEachRole_ShowsWhatItMayOpen_OnOneLineAndBehindTheToggler(string userName, string role, string expected)
    {
        var (page, problems) = await SignedInAsync(userName);

        Assert.Equal(expected, await MenuAsync(page));
        await AssertOneLineAsync(page);
        await OpenFirstMenuAsync(page);
        await ScreenshotAsync(page, $"nav-{role}-1366.png");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await OpenFirstMenuAsync(page);
        Assert.Empty(await Accessibility.OverflowAsync(page));
        await ScreenshotAsync(page, $"nav-{role}-390.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task Menu_WithEveryFeature_StillFitsOneLine_AndPassesAxe()
    {
        var (page, problems) = await SignedInAsync("admin");

        Assert.Equal(
            "Kiến nghị Nhiệm vụ Hội nghị Chỉ tiêu Cụm công nghiệp Khuyến công Báo cáo Danh mục Quản trị",
            string.Join(" ", await page.Locator("#mainNav > ul.me-auto > li > .nav-link").AllTextContentsAsync()));
        await AssertOneLineAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Khuyến công", Exact = true }).ClickAsync();
        await Expect(page.Locator("#mainNav").GetByRole(AriaRole.Link, new() { Name = "Bình chọn sản phẩm CNNT tiêu biểu" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "nav-programmes-1366.png");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Khuyến công", Exact = true }).ClickAsync();
        await Expect(page.Locator("#mainNav").GetByRole(AriaRole.Link, new() { Name = "Kế hoạch khuyến công", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "nav-programmes-390.png");
        problems.AssertNone();
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndTakesTheFocusToTheMainContent()
    {
        var (page, problems) = await SignedInAsync("xa.hoankiem");
        await page.GotoAsync("/kien-nghi/gui");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Expect(skip).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Tab");

        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "the Tab after the skip link stays in the main content");
        problems.AssertNone();
    }

    [Fact]
    public async Task FocusOnTheRedBar_IsAWhiteOutline()
    {
        var (page, problems) = await SignedInAsync("so.hanoi");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        var brand = page.Locator(".navbar-brand");
        await Expect(brand).ToBeFocusedAsync();
        await Expect(brand).ToHaveCSSAsync("outline-style", "solid");
        await Expect(brand).ToHaveCSSAsync("outline-width", "3px");
        await Expect(brand).ToHaveCSSAsync("outline-color", "rgb(255, 255, 255)");
        await Expect(page.Locator("nav.navbar")).ToHaveCSSAsync("background-color", "rgb(155, 28, 28)");
        problems.AssertNone();
    }

    [Fact]
    public async Task Api_IsLinkedFromTheFooter_NotFromTheMenu()
    {
        var (page, problems) = await SignedInAsync("xa.hoankiem");

        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "API" })).ToHaveCountAsync(0);
        await Expect(page.Locator("footer a[href='/api-docs']")).ToHaveTextAsync("Tài liệu API cho hệ thống kết nối (tiếng Anh)");
        problems.AssertNone();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task SignInPage_PassesAxe(int width)
    {
        var page = await OpenAsync("/dang-nhap");
        await page.SetViewportSizeAsync(width, 844);

        await AssertAccessibleAsync(page);
    }

    /// <summary>The menu as shown: "Section: item; item | Section | …", a section of one entry being a plain link.</summary>
    private static Task<string> MenuAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('#mainNav > ul.me-auto > li')].map(li => {
            const head = li.querySelector('.nav-link').textContent.trim();
            const items = [...li.querySelectorAll('.dropdown-item')].map(a => a.textContent.trim());
            return items.length ? `${head}: ${items.join('; ')}` : head;
        }).join(' | ')
        """);

    /// <summary>At 1366 px the bar is one line: every entry, left and right, on the brand's line.</summary>
    private static async Task AssertOneLineAsync(IPage page)
    {
        var tops = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.navbar-brand, #mainNav .navbar-nav > li')].map(e => e.getBoundingClientRect().top)");
        var height = await page.EvaluateAsync<double>("() => document.querySelector('nav.navbar').getBoundingClientRect().height");
        Assert.True(height < 64, $"the bar is {height} px high, more than one line");
        Assert.True(tops.Max() - tops.Min() < 16, $"the bar's entries start at {string.Join(", ", tops)}");
    }

    /// <summary>Opens the first section's menu (behind the toggler on a phone) so the picture shows the role's entries.</summary>
    private static async Task OpenFirstMenuAsync(IPage page)
    {
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
            await Expect(page.Locator("#mainNav")).ToHaveClassAsync(new Regex("\\bshow\\b"));
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiến nghị" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Danh sách kiến nghị" })).ToBeVisibleAsync();
    }
}
