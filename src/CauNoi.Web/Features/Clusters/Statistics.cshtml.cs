using CauNoi.Web.Features.AdminUnits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Clusters;

/// <summary>The national statistics of industrial clusters for a year, by province grouped by region; open to every signed-in account.</summary>
public class StatisticsPage(CauNoiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "vung")] public Region? Region { get; set; }

    public ClusterStatistics? Statistics { get; private set; }
    public string? Refusal { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = VietnamTime.Today(clock);
        Years = [.. Enumerable.Range(ClusterStatistics.FirstYear, today.Year - ClusterStatistics.FirstYear + 1).Reverse()];
        Year ??= ClusterStatistics.LastCompleteYear(today);
        Refusal = ClusterStatistics.Refusal(Year.Value, today);
        if (Refusal is null) Statistics = await ClusterStatistics.ReadAsync(db, Year.Value, Region, HttpContext.RequestAborted);
    }
}
