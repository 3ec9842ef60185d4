using System.Text.Json;
using CauNoi.Tests.Features.Recommendations;
using CauNoi.Web.Features.Recommendations;

namespace CauNoi.Tests.Security;

/// <summary>
/// A step that names a second record (the original of a merge) acts on it only if the caller could open it: a record
/// of another province routed to another unit is refused in the same words as one that does not exist.
/// </summary>
public abstract class SecondRecordScopeTests(CauNoiApp app) : AppTests(app)
{
    [Fact]
    public async Task Merge_IntoAnotherProvincesRecordOfAnotherUnit_IsRefusedAsIfItDidNotExist_AndChangesNothing()
    {
        var token = RecommendationSteps.Token();
        // Hoàn Kiếm's record goes to Cục Điện lực; Tuyên Quang's, on industry, to Cục Công nghiệp.
        var mine = (await App.SubmitAsync("xa.hoankiem", $"Chậm đấu nối điện cụm công nghiệp {token}", "Đề nghị Bộ đôn đốc đấu nối.", "NL", ct: Ct)).Summary.Id;
        var others = (await App.SubmitAsync("so.tuyenquang", $"Vướng mắc mở rộng cụm công nghiệp Tuyên Quang {token}", "Đề nghị Bộ hướng dẫn.", "CN", ct: Ct)).Summary.Id;
        await App.ActAsync("cuc.dienluc", mine, new { action = "receive" }, Ct);
        var dienluc = await App.ApiAs("cuc.dienluc");
        Assert.Equal(HttpStatusCode.NotFound, (await dienluc.GetAsync($"/api/v1/recommendations/{others}", Ct)).StatusCode);

        var outside = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "merge", duplicateOfId = others }, Ct);
        var missing = await dienluc.PostAsJsonAsync($"/api/v1/recommendations/{mine}/transitions", new { action = "merge", duplicateOfId = int.MaxValue }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, outside.StatusCode);
        Assert.Equal(await DetailAsync(missing), await DetailAsync(outside));
        await using var scope = App.Db();
        var stored = await scope.Context.Recommendations.AsNoTracking().SingleAsync(r => r.Id == mine, Ct);
        Assert.Equal((RecommendationStatus.Received, (int?)null), (stored.Status, stored.DuplicateOfId));
        // Hoàn Kiếm is told nothing of Tuyên Quang's record (a merge tells the locality the original's title and link).
        Assert.False(await scope.Context.Notifications.AnyAsync(n => n.OrganisationId == stored.SubmittingOrganisationId && n.Link == $"/kien-nghi/{others}", Ct));
    }

    private async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
}

[Collection(SqliteCollection.Name)]
public sealed class SecondRecordScopeOnSqlite(SqliteApp app) : SecondRecordScopeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SecondRecordScopeOnPostgres(PostgresApp app) : SecondRecordScopeTests(app);
