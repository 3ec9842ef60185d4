namespace CauNoi.Web.Features.Recommendations;

/// <summary>The demo data set's year of recommendations across the 34 provinces.</summary>
public static class DemoRecommendations
{
    public static Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default) => Task.CompletedTask;
}
