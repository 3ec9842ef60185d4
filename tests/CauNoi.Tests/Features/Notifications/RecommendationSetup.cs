using CauNoi.Tests.Features.Recommendations;

namespace CauNoi.Tests.Features.Notifications;

/// <summary>Recommendations made the way users make them, through the API, for tests of what follows.</summary>
public static class RecommendationSetup
{
    /// <summary>A recommendation in the energy field (routed to Cục Điện lực), from a Hà Nội commune; its id.</summary>
    public static async Task<int> SubmitAsync(CauNoiApp app, string title, CancellationToken ct, string userName = "xa.hoankiem") =>
        (await app.SubmitAsync(userName, title, "Dự án đường dây 110 kV chậm giải phóng mặt bằng, đề nghị Bộ hướng dẫn.", "NL", ct: ct)).Summary.Id;

    public static async Task<HttpResponseMessage> ActAsync(CauNoiApp app, string userName, int id, object request, CancellationToken ct) =>
        await (await app.ApiAs(userName)).PostAsJsonAsync($"/api/v1/recommendations/{id}/transitions", request, ct);

    public static async Task<(string Id, string Email)> UserAsync(CauNoiApp app, string userName, CancellationToken ct)
    {
        await using var scope = app.Db();
        var user = await scope.Context.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.Email }).SingleAsync(ct);
        return (user.Id, user.Email!);
    }
}
