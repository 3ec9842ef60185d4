using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CauNoi.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Infrastructure;

/// <summary>
/// The whole application over a database of its own on one engine, seeded with the
/// reference data and the demo data set, shared by the tests of one collection.
/// </summary>
public class CauNoiApp(Engine engine, string? connectionString = null) : WebApplicationFactory<Program>
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private string? _connectionString = connectionString;

    public Engine Engine => engine;

    public string ConnectionString => _connectionString ??= NewDatabase(engine);

    /// <summary>A new, empty database on the engine.</summary>
    public static string NewDatabase(Engine engine) => engine == Engine.Postgres
        ? PostgresServer.CreateDatabase()
        : $"Data Source={Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-tests")).FullName, Guid.NewGuid().ToString("N") + ".db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", engine.ToString());
        builder.UseSetting("ConnectionStrings:CauNoi", ConnectionString);
        builder.UseSetting("CauNoi:DemoData", "true");
        builder.UseSetting("CauNoi:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests run the reminder and e-mail passes themselves, at the moment they choose.
        builder.UseSetting("Jobs:Enabled", "false");
        var attachments = Path.Combine(Path.GetTempPath(), "caunoi-tests", "attachments-" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting("Attachments:Path", attachments);
        builder.UseSetting("Attachments:TempPath", attachments + "-uploads");
    }

    /// <summary>
    /// An API client signed in with a bearer token: a demo account's is kept for the collection, an account a test made
    /// (with a password of its own) gets a token of its own each time.
    /// </summary>
    public async Task<HttpClient> ApiAs(string userName, string password = DemoData.Password)
    {
        string token;
        if (password != DemoData.Password) token = await RequestToken(userName, password);
        else if (!_tokens.TryGetValue(userName, out token!)) _tokens[userName] = token = await RequestToken(userName, password);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> RequestToken(string userName, string password)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken);

    /// <summary>A fresh DbContext on the app's database, for arranging and checking data.</summary>
    public AsyncServiceScopeDb Db()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeDb(scope, scope.ServiceProvider.GetRequiredService<CauNoiDb>());
    }
}

public sealed class AsyncServiceScopeDb(AsyncServiceScope scope, CauNoiDb db) : IAsyncDisposable
{
    public CauNoiDb Context => db;
    public IServiceProvider Services => scope.ServiceProvider;
    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

public sealed class SqliteApp() : CauNoiApp(Engine.Sqlite);
public sealed class PostgresApp() : CauNoiApp(Engine.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp> { public const string Name = "sqlite"; }

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp> { public const string Name = "postgres"; }

/// <summary>Base of every test that runs against the application on both engines.</summary>
public abstract class AppTests(CauNoiApp app)
{
    protected CauNoiApp App
    {
        get
        {
            EngineRequirement.RequireAvailable(app.Engine);
            return app;
        }
    }

    protected CancellationToken Ct => TestContext.Current.CancellationToken;
}
