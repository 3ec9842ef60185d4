using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Recommendations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Home;

/// <summary>
/// Each role's own work, within its scope: what is open and overdue, what falls due by the end of the week, what waits
/// for this caller's kind of step (a locality's information and ratings, a unit's intake), the nearest deadlines, and
/// the weekly report. Every figure links to the list that shows exactly those records.
/// </summary>
public class IndexModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    /// <summary>A figure on the home page and the list it opens; <paramref name="Alert"/> when it asks for action.</summary>
    public sealed record Tile(string Id, string Label, int Count, string Url, bool Alert = false);

    public string FullName { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public DateOnly WeekEnds { get; private set; }
    public IReadOnlyList<Tile> Tiles { get; private set; } = [];
    public IReadOnlyList<Tile> Waiting { get; private set; } = [];
    public IReadOnlyList<RecommendationQueries.Item> NearestDeadlines { get; private set; } = [];
    /// <summary>"Gửi kiến nghị" for a locality, "Ghi nhận kiến nghị" for the Ministry; null for those who do not submit.</summary>
    public string? SubmitLabel { get; private set; }
    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var actor = Actor.Of(current)!;
        var scope = await current.ScopeAsync(ct);
        FullName = actor.Name;
        OrganisationName = actor.OrganisationName;
        IsAdministrator = actor.IsAdministrator;
        Today = VietnamTime.Today(clock);
        WeekEnds = Today.AddDays((7 - (int)Today.DayOfWeek) % 7);
        SubmitLabel = actor.Acts ? actor.SubmitLabel : null;

        var visible = db.Recommendations.VisibleTo(scope);
        var open = Recommendation.OpenStatuses;
        var running = Recommendation.RunningStatuses;
        var today = Today;
        var weekEnds = WeekEnds;
        // One pass over the caller's open records gives every count the tiles show.
        var counts = (await visible.Where(r => open.Contains(r.Status))
            .GroupBy(r => 1)
            .Select(g => new
            {
                Open = g.Count(),
                Overdue = g.Count(r => running.Contains(r.Status) && r.DueOn < today),
                DueThisWeek = g.Count(r => r.DueOn <= weekEnds),
                Submitted = g.Count(r => r.Status == RecommendationStatus.Submitted),
                Transferred = g.Count(r => r.Status == RecommendationStatus.Transferred),
                Reopened = g.Count(r => r.Status == RecommendationStatus.Reopened),
                NeedsInformation = g.Count(r => r.Status == RecommendationStatus.NeedsInformation),
            })
            .ToListAsync(ct)).SingleOrDefault();
        var answered = actor.IsMinistry ? 0 : await visible.CountAsync(r => r.Status == RecommendationStatus.Answered, ct);

        Tiles =
        [
            new("open", "Đang giải quyết", counts?.Open ?? 0, "/kien-nghi"),
            new("overdue", "Quá hạn", counts?.Overdue ?? 0, "/kien-nghi?overdue=true", Alert: counts?.Overdue > 0),
            new("due-this-week", $"Hạn đến hết {Display.WeekdayName(WeekEnds).ToLowerInvariant()} {Display.Date(WeekEnds)}",
                counts?.DueThisWeek ?? 0, "/kien-nghi?dueBy=" + Uri.EscapeDataString(Display.Date(WeekEnds))),
        ];
        // What waits for this caller's own step: a unit takes in what reaches it, a locality answers questions and rates answers.
        Waiting = !actor.Acts ? []
            : actor.IsMinistry || actor.IsAdministrator
                ?
                [
                    new("submitted", "Mới gửi, chờ tiếp nhận", counts?.Submitted ?? 0, "/kien-nghi?status=Submitted", counts?.Submitted > 0),
                    new("transferred", "Được chuyển đến, chờ tiếp nhận", counts?.Transferred ?? 0, "/kien-nghi?status=Transferred", counts?.Transferred > 0),
                    new("reopened", "Địa phương mở lại", counts?.Reopened ?? 0, "/kien-nghi?status=Reopened", counts?.Reopened > 0),
                ]
                :
                [
                    new("needs-information", "Bộ đề nghị bổ sung thông tin", counts?.NeedsInformation ?? 0, "/kien-nghi?status=NeedsInformation", counts?.NeedsInformation > 0),
                    new("answered", "Đã được trả lời, chờ đánh giá", answered, "/kien-nghi?status=Answered", answered > 0),
                ];
        NearestDeadlines = (await RecommendationQueries.Items(db,
                    RecommendationQueries.Apply(db.Recommendations, scope, new RecommendationQueries.Filter(Open: true), Today).Take(NearestCount))
                .ToListAsync(ct))
            .Select(i => RecommendationQueries.Completed(i, Today)).ToList();
    }

    public const int NearestCount = 8;
}
