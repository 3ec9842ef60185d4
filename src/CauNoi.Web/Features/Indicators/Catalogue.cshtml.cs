using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CauNoi.Web.Features.Indicators;

/// <summary>The indicators the Ministry follows: unit, precision, how each combines, the formula of a derived one, and where its definition comes from.</summary>
public class CataloguePage(CauNoiDb db) : PageModel
{
    public IReadOnlyList<IndicatorsApi.IndicatorItem> Indicators { get; private set; } = [];

    public async Task OnGetAsync() => Indicators = await IndicatorQueries.CatalogueAsync(db, HttpContext.RequestAborted);
}
