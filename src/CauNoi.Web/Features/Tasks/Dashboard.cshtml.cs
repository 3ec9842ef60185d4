using System.Globalization;
using System.Text.Json;
using CauNoi.Web.Features.Tasks.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Tasks;

/// <summary>
/// The dashboard of task performance: the <see cref="TaskReport"/> of a period, as the report prints it, per lead unit,
/// owner, assigning leader and document, with its charts. Every signed-in user sees the tasks of their own scope.
/// </summary>
public class DashboardModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    /// <summary>Rows a table shows (the groups with most tasks, the longest overdue); the .xlsx has them all.</summary>
    public const int LinesShown = 100;

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public int? Lead { get; set; }
    [BindProperty(SupportsGet = true)] public string? Leader { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public int? Document { get; set; }

    public TaskReport? Report { get; private set; }
    public Dictionary<string, string[]> Errors { get; } = [];
    /// <summary>What the charts draw, as JSON for the page's data block.</summary>
    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var period = TaskReport.PeriodOf(From, To, "d/M/yyyy", today, Errors);
        if (period is null) return;
        Report = await TaskReport.ComputeAsync(db, await current.ScopeAsync(ct), Actor.Of(current), period, new(Lead, Leader, Owner, Document), today, ct);
        (From, To) = (Display.Date(period.From), Display.Date(period.To));
        var f = Report.Figures;
        ChartData = JsonSerializer.Serialize(new
        {
            trend = new
            {
                labels = f.Trend.Select(m => m.Label),
                onTime = f.Trend.Select(m => m.DoneOnTime),
                late = f.Trend.Select(m => m.DoneLate),
                notDone = f.Trend.Select(m => m.NotDone),
            },
            statuses = new { labels = TaskFigures.Order.Select(TaskNames.Of), counts = TaskFigures.Order.Select(f.Count) },
        });
    }

    /// <summary>The list of the tasks behind a figure: the same period and filters, plus the group's and the status.</summary>
    public string ListLink(string groupFilter, string? id, WorkTaskStatus? status)
    {
        var query = new List<string> { $"from={Iso(Report!.Period.From)}", $"to={Iso(Report.Period.To)}" };
        if (id is not null) query.Add($"{groupFilter}={Uri.EscapeDataString(id)}");
        if (status is { } s) query.Add($"status={s}");
        return "/nhiem-vu?" + string.Join("&", query);
    }

    public string Download(string format)
    {
        var query = $"from={Iso(Report!.Period.From)}&to={Iso(Report.Period.To)}&format={format}";
        if (Lead is { } lead) query += $"&lead={lead}";
        if (!string.IsNullOrWhiteSpace(Leader)) query += $"&leader={Uri.EscapeDataString(Leader)}";
        if (!string.IsNullOrWhiteSpace(Owner)) query += $"&owner={Uri.EscapeDataString(Owner)}";
        if (Document is { } document) query += $"&document={document}";
        return "/api/v1/reports/tasks?" + query;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
