using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace CauNoi.BrowserTests.Features.Recommendations;

/// <summary>
/// A title with a long unbroken word (a code, a file name, a token pasted from another system) wraps on a phone instead
/// of pushing the page sideways: a weekly-report test's title with a 32-character token once made a record page 507 px
/// wide at 390 px, and the tour failed whenever that record came first in the list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LongWordsTests(BrowserApp app) : BrowserTests(app)
{
    [Fact]
    public async Task RecordAndList_WithALongUnbrokenWordInTheTitle_DoNotScrollSidewaysOnAPhone()
    {
        var ct = TestContext.Current.CancellationToken;
        var word = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        int fieldId;
        await using (var scope = App.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(ct);
        var submitted = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync("/api/v1/recommendations",
            new { title = $"Mã hồ sơ {word}", content = $"Hồ sơ trên hệ thống một cửa mang mã {word}.", fieldId }, ct);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(ct));
        var id = int.Parse(submitted.Headers.Location!.OriginalString.Split('/').Last());
        var (page, problems) = await SignedInAsync("so.hanoi");
        await page.SetViewportSizeAsync(390, 844);

        foreach (var path in new[] { $"/kien-nghi/{id}", $"/kien-nghi?q={word}&view=all", "/" })
        {
            await page.GotoAsync(path);
            if (path.StartsWith("/kien-nghi/", StringComparison.Ordinal))
                await Expect(page.Locator("#similar")).Not.ToContainTextAsync("Đang tìm");
            Assert.Equal([], await Accessibility.OverflowAsync(page));
        }
        problems.AssertNone();
    }
}
