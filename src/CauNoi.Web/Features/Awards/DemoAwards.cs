namespace CauNoi.Web.Features.Awards;

public static class DemoAwards
{
    public static Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default) => Task.CompletedTask;
}
