using System.Diagnostics;
using System.Net.Http.Headers;
using CauNoi.Web.Data;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// The app of this very build (the CauNoi.Web.dll beside the tests) as a process of its own on a free
/// 127.0.0.1 port, in the Testing environment with the demo data and the jobs off, so that a test can
/// SIGKILL it as a crash or a power cut would stop it: no shutdown code, no rollback by the app itself.
/// </summary>
public sealed class ChildApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    public HttpClient Anonymous { get; }

    private ChildApp(Process process, string baseUrl, string log)
    {
        (_process, _log) = (process, log);
        Anonymous = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>Starts the app on the database and waits until /health/ready answers.</summary>
    public static async Task<ChildApp> StartAsync(Engine engine, string connectionString, CancellationToken ct)
    {
        var dll = typeof(Program).Assembly.Location;
        var port = Ports.Free();
        var log = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-tests")).FullName, $"child-app-{engine}-{port}.log");
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"{dll}\" > \"{log}\" 2>&1"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = engine.ToString();
        start.Environment["ConnectionStrings__CauNoi"] = connectionString;
        start.Environment["CauNoi__DemoData"] = "true";
        start.Environment["CauNoi__SignInPermitsPerMinute"] = "100000";
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Logging__Json"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new ChildApp(Process.Start(start)!, $"http://127.0.0.1:{port}", log);
        try
        {
            await app.WaitReadyAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited ({_process.ExitCode}):\n{LogTail()}");
            try
            {
                using var ready = await Anonymous.GetAsync("/health/ready", ct);
                if (ready.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The app was not ready within 90 s:\n{LogTail()}");
    }

    /// <summary>A client with a bearer token of a demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, CancellationToken ct)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoData.Password }, ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Token>(ct))!.AccessToken;
        var client = new HttpClient { BaseAddress = Anonymous.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record Token(string AccessToken);

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: the process stops where it is.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
    }

    public string LogTail()
    {
        try
        {
            using var reader = new StreamReader(new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var text = reader.ReadToEnd();
            return text.Length > 4000 ? text[^4000..] : text;
        }
        catch (IOException e) { return e.Message; }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Anonymous.Dispose();
    }

}
