using System.Text.Json;
using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// Actual figures against targets: one indicator, one period, the 34 provinces (or one region's) ranked, on a table and a
/// tile map, with growth on a year earlier and on the period before, and the country's trend over two years.
/// </summary>
public class ResultsPage(CauNoiDb db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "chi-tieu")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "ky")] public string? PeriodKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "vung")] public Region? Region { get; set; }

    public IReadOnlyList<(string Code, string Name)> Indicators { get; private set; } = [];
    public IndicatorDashboard? Dashboard { get; private set; }
    public string? Refusal { get; private set; }
    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var all = await db.Indicators.Where(i => i.IsActive).OrderBy(i => i.SortOrder).ToListAsync(ct);
        Indicators = [.. all.Select(i => (i.Code, i.Name))];
        var indicator = all.FirstOrDefault(i => i.Code == Code) ?? all.First(i => i.Code == "BLHH_DV");
        Code = indicator.Code;
        var period = await IndicatorDashboard.LatestPeriodAsync(db, indicator, ct);
        if (PeriodKey is not null && !Period.TryParse(PeriodKey, out period))
        {
            Refusal = $"Kỳ “{PeriodKey}” không hợp lệ: ghi như 2025-03, 2025-Q2, 2025-H1 hoặc 2025.";
            return;
        }
        PeriodKey = period.Key;
        Dashboard = await IndicatorDashboard.ReadAsync(db, indicator, period, Region, ct);
        ChartData = JsonSerializer.Serialize(new
        {
            label = Dashboard.Totals[0].Name,
            unit = indicator.Unit,
            labels = Dashboard.Series.Select(t => t.Period.Key),
            values = Dashboard.Series.Select(t => t.Value is { } v ? Math.Round(v, indicator.Decimals) : (double?)null),
        });
    }
}
