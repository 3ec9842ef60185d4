using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.Briefs;
using CauNoi.Web.Features.Indicators;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
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
    /// <summary>A leader's brief for this week, in place of the counts of everything they may read.</summary>
    public LeaderBrief? Brief { get; private set; }
    /// <summary>The tasks the caller's organisation leads; empty for a leader and an administrator.</summary>
    public IReadOnlyList<Tile> TaskTiles { get; private set; } = [];
    /// <summary>The periods open for entry of the forms the caller's organisation reports, and where each report stands.</summary>
    public IReadOnlyList<FormPeriod> Forms { get; private set; } = [];

    public sealed record FormPeriod(string Form, string Period, DateOnly DueOn, string State, bool Late, string Url);

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

        if (LeaderBrief.IsLeader(new[] { Roles.MinistryLeader, Roles.FocalLeader }.Where(current.IsInRole)))
        {
            var (leader, _) = await BriefLeader.FindAsync(db, current, null, ct);
            Brief = await LeaderBriefs.ReadAsync(db, leader!, WeekEnds.AddDays(-6), Today, ct);
            return;
        }
        if (!actor.IsAdministrator)
        {
            TaskTiles = await TaskTilesAsync(actor.OrganisationId, ct);
            Forms = await FormsAsync(actor.OrganisationId, ct);
        }

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

    /// <summary>The tasks the organisation leads, by their status today (<see cref="TaskStatusRule"/>): running, overdue, due by Sunday.</summary>
    private async Task<IReadOnlyList<Tile>> TaskTilesAsync(int organisation, CancellationToken ct)
    {
        var today = Today;
        var rows = await db.Tasks.Where(t => t.LeadOrganisationId == organisation && t.Recurrence == Recurrence.None && (t.ClosedOn == null || t.ClosedOn > today))
            .Select(t => new { t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, t.DueOn }).ToListAsync(ct);
        var statuses = rows.Select(t => (Status: TaskStatusRule.Of(t.State, t.ClosedOn, t.JudgedDueOn, t.AssignedOn, today), t.DueOn)).ToList();
        var running = statuses.Count(s => s.Status == WorkTaskStatus.InProgress);
        var overdue = statuses.Count(s => s.Status == WorkTaskStatus.Overdue);
        var dueThisWeek = statuses.Count(s => s.Status == WorkTaskStatus.InProgress && s.DueOn <= WeekEnds);
        var list = $"/nhiem-vu?lead={organisation}";
        return
        [
            new("tasks-running", "Nhiệm vụ đang thực hiện trong hạn", running, list + "&status=InProgress"),
            new("tasks-overdue", "Nhiệm vụ quá hạn", overdue, list + "&status=Overdue", Alert: overdue > 0),
            new("tasks-due-this-week", $"Nhiệm vụ đến hạn đến hết {Display.Date(WeekEnds)}", dueThisWeek, list + "&status=InProgress", Alert: dueThisWeek > 0),
        ];
    }

    /// <summary>Each form the organisation reports, each period open for entry today, and where its report stands.</summary>
    private async Task<IReadOnlyList<FormPeriod>> FormsAsync(int organisation, CancellationToken ct)
    {
        var forms = await db.FormOrganisations.Where(f => f.OrganisationId == organisation)
            .Join(db.ReportForms.Where(f => f.IsActive), f => f.FormId, f => f.Id, (_, f) => f).OrderBy(f => f.Code).ToListAsync(ct);
        if (forms.Count == 0) return [];
        var ids = forms.Select(f => f.Id).ToArray();
        var since = Today.Year - 2;
        var reports = await db.FormReports.Where(r => r.OrganisationId == organisation && ids.Contains(r.FormId) && r.Year >= since)
            .Select(r => new { r.Id, r.FormId, r.PeriodType, r.Year, r.Number, r.State, r.ReceivedAt }).ToListAsync(ct);
        return [.. forms.SelectMany(f => f.OpenOn(Today).Select(p =>
        {
            var report = reports.FirstOrDefault(r => r.FormId == f.Id && r.PeriodType == p.Type && r.Year == p.Year && r.Number == p.Number);
            var due = f.DueOn(p);
            return new FormPeriod(f.Name, p.Name, due, report is null ? "Chưa mở" : IndicatorNames.Of(report.State),
                report?.ReceivedAt is null && Today > due, report is null ? "/chi-tieu/bao-cao" : $"/chi-tieu/bao-cao/{report.Id}");
        })).OrderBy(x => x.DueOn)];
    }
}
