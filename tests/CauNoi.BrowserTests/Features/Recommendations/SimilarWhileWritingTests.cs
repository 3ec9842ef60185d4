using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.BrowserTests.Features.Recommendations;

[Collection(BrowserCollection.Name)]
public sealed class SimilarWhileWritingTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task TypingATitle_ShowsWhatWasAlreadyRaised_UnderTheContentSecurityPolicy()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var title = $"Vướng mắc cấp phép bán lẻ xăng dầu tại chợ {token}";
        int fieldId;
        await using (var scope = App.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(TestContext.Current.CancellationToken);
        var submitted = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync("/api/v1/recommendations",
            new { title, content = $"Cửa hàng bán lẻ xăng dầu trong khu vực chợ chưa được cấp phép ({token}).", fieldId }, TestContext.Current.CancellationToken);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var id = int.Parse(submitted.Headers.Location!.OriginalString.Split('/').Last());
        var (page, problems) = await SignedInAsync("so.hanoi");
        await VisitAsync(page, "/kien-nghi/gui", "Gửi kiến nghị");
        var box = page.Locator("#similar-draft");
        await Expect(box).ToBeHiddenAsync();

        await page.Locator("#title").PressSequentiallyAsync(title);

        await Expect(box).ToContainTextAsync("Có thể đã có kiến nghị tương tự:");
        await Expect(box.Locator($"a[href='/kien-nghi/{id}']")).ToHaveAttributeAsync("target", "_blank");
        await Expect(box.Locator("a[href^='/kien-nghi/thu-vien?q=']")).ToHaveCountAsync(1);
        problems.AssertNone();
    }
}
