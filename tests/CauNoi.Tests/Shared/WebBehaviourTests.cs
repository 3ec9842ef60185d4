namespace CauNoi.Tests.Shared;

/// <summary>What every response carries: health, security headers, Vietnamese errors, the API document.</summary>
public abstract class WebBehaviourTests(CauNoiApp app) : AppTests(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthyWithoutSignIn(string path)
    {
        var response = await App.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var response = await App.CreateClient().GetAsync("/dang-nhap", Ct);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);   // no inline script runs, whatever a stored text holds
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/recommendations?page=1")]
    [InlineData("/api/v1/recommendations/999999999")]   // an error answer too
    public async Task ApiAnswers_AreNeverStoredByABrowserOrProxy(string path)
    {
        var response = await (await App.ApiAs("so.hanoi")).GetAsync(path, Ct);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = await App.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("/api/v1/admin-units/communes/{code}", document);
        Assert.Contains("/api/v1/auth/token", document);
        Assert.Contains("/api/v1/calendar/deadline", document);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheVietnameseNotFoundPage()
    {
        var client = await PageClient.SignedIn(App, "so.hanoi");

        var (status, page) = await client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Không tìm thấy", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task MalformedJson_IsAProblemInVietnamese_NotACrash()
    {
        var api = await App.ApiAs("so.hanoi");

        var response = await api.PostAsync("/api/v1/auth/token", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Dữ liệu không hợp lệ", await response.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WebBehaviourOnSqlite(SqliteApp app) : WebBehaviourTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WebBehaviourOnPostgres(PostgresApp app) : WebBehaviourTests(app);
