using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CauNoi.Bench;

/// <summary>
/// The Release build of the app as a child process on a free 127.0.0.1 port, in Production mode with the jobs off
/// and the sign-in rate limit lifted (unless the caller's environment says otherwise). Killed when disposed.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    public const string Password = "Bench@2025";

    public Process Process { get; }
    public string BaseUrl { get; }
    public string Log { get; }
    public int Id => Process.Id;

    private AppProcess(Process process, string baseUrl, string log) => (Process, BaseUrl, Log) = (process, baseUrl, log);

    public static AppProcess Start(string dll, string provider, string connection, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var log = Path.Combine(Path.GetTempPath(), $"caunoi-bench-app-{port}.log");
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"{Path.GetFullPath(dll)}\" > \"{log}\" 2>&1"])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Database__Provider"] = provider == "postgres" ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__CauNoi"] = connection;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["CauNoi__SignInPermitsPerMinute"] = "100000";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new AppProcess(Process.Start(start)!, baseUrl, log);
    }

    /// <summary>Waits for /health/ready; returns the seconds it took.</summary>
    public async Task<double> WaitReadyAsync(HttpClient client, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(120);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            if (Process.HasExited) throw new InvalidOperationException($"the app exited ({Process.ExitCode}); see {Log}");
            try
            {
                using var r = await client.GetAsync(BaseUrl + "/health/ready");
                if (r.IsSuccessStatusCode) return Stopwatch.GetElapsedTime(started).TotalSeconds;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the app was not ready within {limit.TotalSeconds} s; see {Log}");
    }

    /// <summary>A client on the same handler with a bearer token of the user (password <see cref="Password"/> unless given).</summary>
    public static async Task<HttpClient> SignedInAsync(SocketsHttpHandler handler, HttpClient anonymous, string userName, string password = Password)
    {
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = anonymous.BaseAddress, Timeout = anonymous.Timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>VmRSS (working set now) and VmHWM (its peak) of the app's process, in MB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double Read(string key) => File.ReadLines($"/proc/{Process.Id}/status").Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();
        return (Read("VmRSS"), Read("VmHWM"));
    }

    /// <summary>SIGKILL, as a crash or a power cut would stop it: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited) { Process.Kill(); await Process.WaitForExitAsync(); }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Signs in on the page as a browser does (antiforgery cookie and token) through a client that neither keeps cookies nor follows redirects; returns the sign-in cookie.</summary>
    public static async Task<string> CookieSignInAsync(HttpClient instance, string userName, string password = Password)
    {
        using var form = await instance.GetAsync("/dang-nhap");
        var cookies = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
            }),
            Headers = { { "Cookie", string.Join("; ", cookies) } },
        };
        using var signedIn = await instance.SendAsync(post);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CauNoi.Auth", StringComparison.Ordinal)).Split(';')[0];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
