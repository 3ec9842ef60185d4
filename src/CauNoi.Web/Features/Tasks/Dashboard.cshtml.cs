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
        Report = await TaskReport.ComputeAsync(db, await current.ScopeAsync(ct), Actor.Of(current), period, new(Lead, Leader, Owner, Document), today, ct, top: TaskReport.Shown);
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

    /// <summary>
    /// The list of the tasks behind a figure: the group's (<paramref name="groupFilter"/> = <paramref name="id"/>) within the
    /// page's period and filters, in the status counted on the report's day.
    /// </summary>
    public string ListLink(string groupFilter, string? id, WorkTaskStatus? status)
    {
        var filters = Filters();
        if (id is not null) filters[groupFilter] = id;
        var query = new List<string> { $"from={Iso(Report!.Period.From)}", $"to={Iso(Report.Period.To)}" };
        query.AddRange(filters.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        if (status is { } s) query.Add($"status={s}");
        // A period over: the status as the report counted it, on its last day, not today.
        if (status is not null && Report.AsOf < VietnamTime.Today(clock)) query.Add($"asOf={Iso(Report.AsOf)}");
        return "/nhiem-vu?" + string.Join("&", query);
    }

    public string Download(string format) =>
        $"/api/v1/reports/tasks?from={Iso(Report!.Period.From)}&to={Iso(Report.Period.To)}&format={format}"
        + string.Concat(Filters().Select(f => $"&{f.Key}={Uri.EscapeDataString(f.Value)}"));

    /// <summary>The page's filters, by the names the list and the API read.</summary>
    private Dictionary<string, string> Filters()
    {
        var filters = new Dictionary<string, string>();
        if (Lead is { } lead) filters["lead"] = lead.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Leader)) filters["leader"] = Leader;
        if (!string.IsNullOrWhiteSpace(Owner)) filters["owner"] = Owner;
        if (Document is { } document) filters["document"] = document.ToString(CultureInfo.InvariantCulture);
        return filters;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
