namespace CauNoi.BrowserTests.Features.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task SignIn_WithDemoAccount_LandsOnHomePageGreetingTheUser()
    {
        var page = await OpenAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/dang-nhap\\?ReturnUrl=%2F$"));
        await ScreenshotAsync(page, "sign-in.png");

        await SignInAsync(page, "so.hanoi");

        await Expect(page).ToHaveURLAsync(App.Address.ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Xin chào, Phạm Minh Tuấn");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("so.hanoi");
        await ScreenshotAsync(page, "home.png");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_StaysOnSignInPageWithMessage()
    {
        // Not so.hanoi: failed attempts count towards the lockout of the account other tests use.
        var page = await OpenAsync("/dang-nhap");

        await SignInAsync(page, "so.tuyenquang", "Sai@2025x");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        Assert.Equal("/dang-nhap", PathOf(page));
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignOut_ReturnsToSignInPage_AndHomeNeedsSignInAgain()
    {
        var page = await OpenAsync("/dang-nhap");
        await SignInAsync(page, "so.hanoi");
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("so.hanoi");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tài khoản so.hanoi" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/dang-nhap$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/dang-nhap\\?ReturnUrl=%2F$"));
    }
}
