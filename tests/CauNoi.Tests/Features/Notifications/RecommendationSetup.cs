using System.Text.Json;
using System.Text.Json.Serialization;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Features.Notifications;

/// <summary>Recommendations made the way users make them, through the API, for tests of what follows.</summary>
public static class RecommendationSetup
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A recommendation in the energy field (routed to Cục Điện lực), from a Hà Nội commune; its id.</summary>
    public static async Task<int> SubmitAsync(CauNoiApp app, string title, CancellationToken ct, string userName = "xa.hoankiem")
    {
        int fieldId;
        await using (var scope = app.Db())
            fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(ct);
        var response = await (await app.ApiAs(userName)).PostAsJsonAsync("/api/v1/recommendations",
            new { title, content = "Dự án đường dây 110 kV chậm giải phóng mặt bằng, đề nghị Bộ hướng dẫn.", fieldId }, ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<RecommendationDetail>(Json, ct))!.Summary.Id;
    }

    public static async Task<HttpResponseMessage> ActAsync(CauNoiApp app, string userName, int id, object request, CancellationToken ct) =>
        await (await app.ApiAs(userName)).PostAsJsonAsync($"/api/v1/recommendations/{id}/transitions", request, ct);

    public static async Task<(string Id, string Email)> UserAsync(CauNoiApp app, string userName, CancellationToken ct)
    {
        await using var scope = app.Db();
        var user = await scope.Context.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.Email }).SingleAsync(ct);
        return (user.Id, user.Email!);
    }
}
