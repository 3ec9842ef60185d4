namespace CauNoi.BrowserTests.Features.AdminUnits;

[Collection(BrowserCollection.Name)]
public sealed class CommuneSearchTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task Search_FromHomePageWithoutDiacritics_FindsTheCommune()
    {
        var page = await OpenAsync("/dang-nhap");
        await SignInAsync(page, "so.hanoi");
        await Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");

        await page.Locator("#q").FillAsync("hoan kiem");
        await page.Locator("#q").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/don-vi-hanh-chinh/xa\\?q=hoan(\\+|%20)kiem$"));
        await Expect(page.Locator("table#communes")).ToContainTextAsync("Phường Hoàn Kiếm");
        await ScreenshotAsync(page, "commune-search.png");
    }
}
