using System.Collections.Concurrent;
using CauNoi.Web.Features.Recommendations;
using S = CauNoi.Web.Features.Recommendations.RecommendationStatus;

namespace CauNoi.Tests.Features.Reports;

/// <summary>
/// A known set of recommendations in March 2012, far from any other test's data: submitted through the API,
/// then moved back in time in the database. Made once per app; the report tests only read it.
/// </summary>
public static class WeeklyReportWeek
{
    public static readonly DateOnly Monday = new(2012, 3, 5), Sunday = new(2012, 3, 11);
    public const string From = "2012-03-05", To = "2012-03-11";

    /// <summary>The numbers of the recommendations, by the letter the comments below use.</summary>
    public sealed record Arranged(IReadOnlyDictionary<char, int> Ids);

    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<Task<Arranged>>> Made = new();

    public static Task<Arranged> EnsureAsync(CauNoiApp app) =>
        Made.GetOrAdd(app, a => new Lazy<Task<Arranged>>(() => MakeAsync(a))).Value;

    private sealed record Planned(char Letter, string User, string Field, DateOnly Received, DateOnly Due, S Status, DateOnly? Answered = null, DateTime? ClosedAt = null);

    private static DateOnly D(int month, int day) => new(2012, month, day);

    // Week W = 05/03–11/03/2012 (cut-off 11/03); previous P = 27/02–04/03/2012 (cut-off 04/03). HN = so.hanoi, TQ = so.tuyenquang.
    private static readonly Planned[] Plan =
    [
        new('A', "so.hanoi", "NL", D(3, 5), D(3, 16), S.Answered, D(3, 7)),        // W received, answered on time
        new('B', "so.hanoi", "NL", D(2, 27), D(3, 2), S.Closed, D(3, 6)),          // P received, open and overdue at end of P; W answered late
        new('C', "so.hanoi", "CCN", D(3, 7), D(3, 28), S.InProgress),              // W received, open
        new('D', "so.hanoi", "NL", D(2, 28), D(3, 7), S.Received),                 // P received; open at both ends, overdue at end of W (4 days)
        new('E', "so.hanoi", "NL", D(2, 29), D(3, 6), S.NeedsInformation),         // open, waiting for the locality: never overdue
        new('F', "so.tuyenquang", "NL", D(3, 8), D(3, 9), S.Submitted),            // W received, overdue (2 days)
        new('G', "so.tuyenquang", "CCN", D(3, 9), D(3, 30), S.Answered, D(3, 10)), // W received, answered on time
        new('H', "so.hanoi", "NL", D(3, 5), D(3, 16), S.OutsideRemit, ClosedAt: new DateTime(2012, 3, 6, 3, 0, 0, DateTimeKind.Utc)),
        new('I', "so.hanoi", "CCN", D(2, 29), D(3, 20), S.Answered, D(3, 1)),      // P received, answered on time
        new('J', "so.hanoi", "NL", D(2, 27), D(2, 28), S.Closed, D(3, 1)),         // P received, answered late
        new('K', "so.hanoi", "NL", D(2, 27), D(3, 20), S.Reopened, D(3, 5)),       // answered in W but reopened: not answered, open
        new('L', "so.tuyenquang", "NL", D(3, 6), D(3, 7), S.Answered, D(3, 13)),   // answered after W: open and overdue at end of W (4 days)
        // Closed outside remit at 03:00 on 12/03 in Hà Nội (20:00 UTC on 11/03): still open at the end of W.
        new('N', "so.hanoi", "NL", D(3, 5), D(3, 20), S.OutsideRemit, ClosedAt: new DateTime(2012, 3, 11, 20, 0, 0, DateTimeKind.Utc)),
        new('O', "so.hanoi", "CCN", D(2, 27), D(2, 28), S.Answered, D(3, 2)),      // P received, answered late
        new('Q', "so.tuyenquang", "CCN", D(3, 10), D(3, 30), S.InProgress),        // W received, open
    ];

    private static async Task<Arranged> MakeAsync(CauNoiApp app)
    {
        var ids = new Dictionary<char, int>();
        int fieldNl, fieldCcn;
        await using (var scope = app.Db())
        {
            fieldNl = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync();
            fieldCcn = await scope.Context.FieldsOfWork.Where(f => f.Code == "CCN").Select(f => f.Id).SingleAsync();
        }
        foreach (var p in Plan)
        {
            var response = await (await app.ApiAs(p.User)).PostAsJsonAsync("/api/v1/recommendations", new
            {
                title = $"Báo cáo tuần 2012, kiến nghị {p.Letter} {Guid.NewGuid():N}",
                content = "Kiến nghị dùng để kiểm tra số liệu báo cáo tuần.",
                fieldId = p.Field == "NL" ? fieldNl : fieldCcn,
            });
            response.EnsureSuccessStatusCode();
            ids[p.Letter] = (await response.Content.ReadFromJsonAsync<Created>())!.Summary.Id;
        }
        await using (var scope = app.Db())
        {
            foreach (var p in Plan)
            {
                var r = await scope.Context.Recommendations.SingleAsync(x => x.Id == ids[p.Letter]);
                (r.ReceivedOn, r.DueOn, r.Status, r.AnsweredOn, r.ClosedAt) = (p.Received, p.Due, p.Status, p.Answered, p.ClosedAt);
                if (p.Answered is not null) r.Answer = "Trả lời để kiểm tra báo cáo tuần.";
                if (p.Status == S.OutsideRemit) r.CompetentBody = "Ủy ban nhân dân tỉnh";
            }
            await scope.Context.SaveChangesAsync();
        }
        return new Arranged(ids);
    }

    private sealed record Created(Summary Summary);
    private sealed record Summary(int Id);
}
