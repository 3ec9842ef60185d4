namespace CauNoi.Tests.Security;

/// <summary>Hostile text is stored as the text it is and shown inert; nothing breaks and nothing runs.</summary>
public abstract class HostileInputTests(CauNoiApp app) : AppTests(app)
{
    private async Task<int> SubmitAsync(string title, string content)
    {
        await using var scope = App.Db();
        var field = await scope.Context.FieldsOfWork.Where(f => f.Code == "CCN").Select(f => f.Id).SingleAsync(Ct);
        var response = await (await App.ApiAs("so.hanoi")).PostAsJsonAsync("/api/v1/recommendations", new { title, content, fieldId = field }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("summary").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task ScriptInTheTitle_IsShownAsText_OnTheList_AndTheDetailPage()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"<script>alert('{marker}')</script><img src=x onerror=alert(1)>";
        var id = await SubmitAsync(title, "<b>đậm</b> \"trích dẫn\" & ký hiệu");
        var page = await PageClient.SignedIn(App, "so.hanoi");

        foreach (var url in new[] { $"/kien-nghi/{id}", $"/kien-nghi?q={marker}" })
        {
            var html = await (await page.Http.GetAsync(url, Ct)).Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain($"<script>alert('{marker}')", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task SqlInTheText_IsStoredVerbatim_AndSearchedAsText()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"Tiêu đề {marker}'; DROP TABLE \"Recommendations\"; --";
        var id = await SubmitAsync(title, "1' OR '1'='1");

        var found = await (await App.ApiAs("so.hanoi")).GetStringAsync($"/api/v1/recommendations?q={Uri.EscapeDataString("'; DROP TABLE")}", Ct);

        await using var scope = App.Db();
        Assert.Equal(title, await scope.Context.Recommendations.Where(r => r.Id == id).Select(r => r.Title).SingleAsync(Ct));
        Assert.Contains(marker, found);
        Assert.True(await scope.Context.Recommendations.CountAsync(Ct) > 1);
    }

    [Theory]
    [InlineData("{0}%z")]    // % and _ would match any text if passed on to LIKE unescaped
    [InlineData("{0}_yz")]
    [InlineData("{0}\\xyz")]
    public async Task SearchWithLikeWildcards_MatchesOnlyTheCharactersThemselves(string pattern)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await SubmitAsync($"Thử ký tự {marker}xyz", "Nội dung thử.");
        var api = await App.ApiAs("so.hanoi");

        var plain = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/recommendations?q={marker}xyz", Ct);
        var wild = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/recommendations?q={Uri.EscapeDataString(string.Format(pattern, marker))}", Ct);

        Assert.Equal(1, plain.GetProperty("total").GetInt32());
        Assert.Equal(0, wild.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnauthenticatedImport_IsTold401_WhateverItsContentType()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/recommendations/import", new { }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWithAProblem_NotACrash()
    {
        var api = await App.ApiAs("so.hanoi");
        var huge = new string('a', 31 * 1024 * 1024);

        var response = await api.PostAsync("/api/v1/recommendations",
            new StringContent($"{{\"title\":\"{huge}\"}}", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostileInputOnSqlite(SqliteApp app) : HostileInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HostileInputOnPostgres(PostgresApp app) : HostileInputTests(app);
