using System.Globalization;
using System.Text.Json;
using CauNoi.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Reports;

/// <summary>
/// The weekly review dashboard. Open to every signed-in user, like the API: the figures cover the
/// caller's scope, so a province sees its own week and the hub and Ministry leaders the whole country.
/// </summary>
public class WeeklyDashboardModel(CauNoiDb db, CurrentUser current, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public WeeklyReport? Report { get; private set; }
    public Dictionary<string, string[]> Errors { get; } = [];
    /// <summary>What the charts draw, as JSON for the page's data block (HTML-sensitive characters escaped).</summary>
    public string ChartData { get; private set; } = "{}";

    /// <summary>The next period has begun: a week not yet started has no figures to show.</summary>
    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var period = ReportPeriod.Read(From, To, "d/M/yyyy", today, Errors);
        if (period is null) return;
        Report = await WeeklyReport.ComputeAsync(db, await current.ScopeAsync(ct), period, today, ct);
        HasNext = period.Next().From <= today;
        (From, To) = (Display.Date(period.From), Display.Date(period.To));
        var t = Report.Totals;
        ChartData = JsonSerializer.Serialize(new
        {
            provinces = new
            {
                labels = Report.ByProvince.Select(p => OrganisationsSeed.ShortProvinceName(p.Name)),
                received = Report.ByProvince.Select(p => p.Figures.Received),
                answered = Report.ByProvince.Select(p => p.Figures.Answered),
                overdue = Report.ByProvince.Select(p => p.Figures.Overdue),
            },
            fields = new
            {
                labels = Report.ByField.Select(f => f.Name),
                received = Report.ByField.Select(f => f.Figures.Received),
                open = Report.ByField.Select(f => f.Figures.Open),
            },
            answers = new { onTime = t.AnsweredOnTime, late = t.AnsweredLate },
        });
    }

    public string? Link(ReportPeriod p) => Url.Page(null, new { from = Display.Date(p.From), to = Display.Date(p.To) });

    public string Download(string format) =>
        $"/api/v1/reports/weekly?from={Report!.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        + $"&to={Report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&format={format}";

    /// <summary>"▲ 3", "▼ 2" or "không đổi": the change from the previous period.</summary>
    public static string Change(int n) => n > 0 ? $"▲ {Display.Number(n)}" : n < 0 ? $"▼ {Display.Number(-n)}" : "không đổi";
}
