using CauNoi.Web.Features.Tasks;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>Who is who in the tasks API's tests, and a task assigned through the API.</summary>
public static class TaskApiSetup
{
    /// <summary>A demo account's id and its organisation's.</summary>
    public static async Task<(string UserId, int OrganisationId)> AccountAsync(CauNoiApp app, string userName, CancellationToken ct)
    {
        await using var scope = app.Db();
        var user = await scope.Context.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.OrganisationId }).SingleAsync(ct);
        return (user.Id, user.OrganisationId);
    }

    /// <summary>
    /// The body of a task assigned to Cục Điện lực, owned by cuc.dienluc, with a title of its own; <paramref name="extra"/>
    /// adds or overrides fields by name.
    /// </summary>
    public static async Task<Dictionary<string, object?>> ToDienLucAsync(CauNoiApp app, string title, DateOnly assignedOn, DateOnly dueOn,
        object? extra, CancellationToken ct)
    {
        var (owner, lead) = await AccountAsync(app, "cuc.dienluc", ct);
        var body = new Dictionary<string, object?>
        {
            ["title"] = title, ["leadOrganisationId"] = lead, ["ownerId"] = owner, ["assignedBy"] = "Bộ trưởng Nguyễn Hồng Diên",
            ["assignedOn"] = assignedOn, ["dueOn"] = dueOn,
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[char.ToLowerInvariant(p.Name[0]) + p.Name[1..]] = p.GetValue(extra);
        return body;
    }

    public static async Task<TaskDetail> AssignAsync(HttpClient api, object body, CancellationToken ct)
    {
        var response = await api.PostAsJsonAsync("/api/v1/tasks", body, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<TaskDetail>(ApiJson.Options, ct))!;
    }

    public static async Task<TaskDetail> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        return (await response.Content.ReadFromJsonAsync<TaskDetail>(ApiJson.Options, ct))!;
    }
}
