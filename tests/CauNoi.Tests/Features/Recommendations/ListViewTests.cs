using AngleSharp.Html.Dom;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Recommendations;

/// <summary>
/// The list opens on the records still open, nearest deadline first, with the finished ones one click away; and its pager
/// stays whole however far it goes past the counted "hơn 1.000".
/// </summary>
public abstract class ListViewTests(CauNoiApp app) : AppTests(app)
{
    private static int[] Ids(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#recommendations tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!))];

    [Fact]
    public async Task List_OpensOnTheRecordsStillOpen_ByDeadline_AndTheFinishedOnesAreOneClickAway()
    {
        var officer = await App.OfficerOfAFreshCommuneAsync("danhsach", Ct);
        async Task<int> Record(RecommendationStatus status, DateOnly dueOn)
        {
            var id = (await App.SubmitAsync(officer, $"Danh sách {status} {RecommendationSteps.Token()}", "Nội dung để thử danh sách.")).Summary.Id;
            await using var scope = App.Db();
            await scope.Context.Recommendations.Where(r => r.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.DueOn, dueOn), Ct);
            return id;
        }
        var closedLastYear = await Record(RecommendationStatus.Closed, new DateOnly(2025, 3, 1));
        var answered = await Record(RecommendationStatus.Answered, new DateOnly(2025, 6, 1));
        var dueLater = await Record(RecommendationStatus.InProgress, new DateOnly(2027, 2, 1));
        var dueSoon = await Record(RecommendationStatus.Received, new DateOnly(2026, 12, 20));
        var client = await PageClient.SignedIn(App, officer);

        var (_, list) = await client.GetAsync("/kien-nghi");
        var (_, finished) = await client.GetAsync(list.QuerySelector("#views a[href*='view=closed']")!.GetAttribute("href")!);
        var (_, all) = await client.GetAsync(list.QuerySelector("#views a[href*='view=all']")!.GetAttribute("href")!);

        Assert.Equal([dueSoon, dueLater], Ids(list));
        Assert.Contains("2 kiến nghị đang giải quyết", list.QuerySelector("#counts")!.TextContent);
        Assert.Equal([closedLastYear, answered], Ids(finished));
        Assert.Equal([closedLastYear, answered, dueSoon, dueLater], Ids(all));
        // Choosing a status shows that status, whichever view was open.
        var (_, byStatus) = await client.GetAsync("/kien-nghi?status=Closed");
        Assert.Equal([closedLastYear], Ids(byStatus));
    }

    [Fact]
    public async Task Pager_PastTheCountedThousand_WalksEveryRecordOnce_ForwardAndBack()
    {
        // 1,230 records of one commune, many sharing a deadline, well past the 1,000 the list counts.
        var officer = await App.OfficerOfAFreshCommuneAsync("phantrang", Ct);
        var model = (await App.SubmitAsync(officer, "Phân trang " + RecommendationSteps.Token(), "Nội dung để thử phân trang.", ct: Ct)).Summary.Id;
        int[] expected;
        await using (var scope = App.Db())
        {
            var db = scope.Context;
            var original = await db.Recommendations.SingleAsync(r => r.Id == model, Ct);
            var start = new DateOnly(2026, 1, 5);
            for (var i = 0; i < 1_229; i++)
            {
                var copy = (Recommendation)db.Entry(original).CurrentValues.ToObject();
                copy.Id = 0;
                copy.IdempotencyKey = null;
                copy.Title = $"Phân trang {i}";
                copy.DueOn = start.AddDays(i / 7);
                db.Recommendations.Add(copy);
            }
            await db.SaveChangesAsync(Ct);
            expected = await db.Recommendations.Where(r => r.CommuneCode == original.CommuneCode)
                .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Select(r => r.Id).ToArrayAsync(Ct);
        }
        Assert.Equal(1_230, expected.Length);
        var client = await PageClient.SignedIn(App, officer);

        var walked = new List<int>();
        var pages = new List<(string Url, int[] Ids)>();
        var url = "/kien-nghi?view=all";
        while (true)
        {
            var (status, page) = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            var ids = Ids(page);
            Assert.NotEmpty(ids);
            walked.AddRange(ids);
            pages.Add((url, ids));
            var current = page.QuerySelector(".pagination [aria-current=page]")!.TextContent.Trim();
            Assert.Equal(pages.Count.ToString(), current);
            var next = page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href");
            if (next is null) break;
            url = next;
        }

        Assert.Equal(expected, walked);
        // Back from a page past the cap reads the page before it again, and the first page's "Trước" is gone.
        var (_, deep) = await client.GetAsync(pages[23].Url);
        var (_, back) = await client.GetAsync(deep.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal(pages[22].Ids, Ids(back));
        Assert.Equal("23", back.QuerySelector(".pagination [aria-current=page]")!.TextContent.Trim());
        var (_, first) = await client.GetAsync(pages[1].Url.Replace("trang=2", "trang=1"));
        Assert.Null(first.QuerySelector(".pagination a[rel=prev]"));
    }
}

[Collection(SqliteCollection.Name)] public sealed class ListViewOnSqlite(SqliteApp app) : ListViewTests(app);
[Collection(PostgresCollection.Name)] public sealed class ListViewOnPostgres(PostgresApp app) : ListViewTests(app);
