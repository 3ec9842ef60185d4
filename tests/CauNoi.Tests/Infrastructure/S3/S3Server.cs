using System.Diagnostics;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using CauNoi.Web.Features.Files;
using Microsoft.Extensions.Configuration;

namespace CauNoi.Tests.Infrastructure.S3;

/// <summary>
/// An S3-compatible server for the test run: s3rver (npm, installed by <c>npm ci</c> in this folder, as .ci/run does)
/// started with node on a free 127.0.0.1 port over a temporary folder, and stopped when the run ends. A real server in
/// a process of its own, speaking HTTP and checking signatures, not a mock in the test's process. Each test or fixture
/// takes a bucket of its own.
/// </summary>
public static class S3Server
{
    /// <summary>s3rver's built-in account.</summary>
    private const string Key = "S3RVER";

    private static readonly Lazy<(string? ServiceUrl, string? Why)> Server = new(Start);

    /// <summary>
    /// Skips an S3 test when node or the installed s3rver is missing, except on CI (CI=true) where that fails the run,
    /// as for PostgreSQL.
    /// </summary>
    public static void RequireAvailable()
    {
        var (url, why) = Server.Value;
        if (url is not null) return;
        if (EngineRequirement.IsCi) throw new InvalidOperationException("CI=true but the S3 test server is unavailable: " + why);
        Assert.Skip("S3 test server unavailable: " + why);
    }

    /// <summary>A new, empty bucket on the server, and the settings that reach it under <paramref name="prefix"/>.</summary>
    public static async Task<S3Settings> NewBucketAsync(string prefix = "")
    {
        RequireAvailable();
        var settings = S3Settings.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attachments:S3:ServiceUrl"] = Server.Value.ServiceUrl, ["Attachments:S3:Bucket"] = "caunoi-" + Guid.NewGuid().ToString("N")[..12],
            ["Attachments:S3:Prefix"] = prefix, ["Attachments:S3:AccessKey"] = Key, ["Attachments:S3:SecretKey"] = Key,
        }).Build());
        using var client = new AmazonS3Client(new BasicAWSCredentials(Key, Key),
            new AmazonS3Config { ServiceURL = settings.ServiceUrl, AuthenticationRegion = settings.Region, ForcePathStyle = true });
        await client.PutBucketAsync(settings.Bucket);
        return settings;
    }

    /// <summary>The configuration that chooses the S3 store with these settings, as an operator would write it.</summary>
    public static Dictionary<string, string?> Configuration(S3Settings s) => new()
    {
        ["Attachments:Store"] = "S3",
        ["Attachments:S3:ServiceUrl"] = s.ServiceUrl,
        ["Attachments:S3:Bucket"] = s.Bucket,
        ["Attachments:S3:Prefix"] = s.Prefix,
        ["Attachments:S3:Region"] = s.Region,
        ["Attachments:S3:AccessKey"] = s.AccessKey,
        ["Attachments:S3:SecretKey"] = s.SecretKey,
    };

    private static (string?, string?) Start()
    {
        var script = FindS3rver();
        if (script is null) return (null, "s3rver is not installed: run `npm ci` in tests/CauNoi.Tests/Infrastructure/S3");
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "caunoi-s3-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var port = Ports.Free();
        Process process;
        try
        {
            // s3rver makes its ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider:
            // without it the second page of a listing is an internal error.
            process = Process.Start(new ProcessStartInfo("node", ["--openssl-legacy-provider", script, "--directory", directory, "--address", "127.0.0.1", "--port", $"{port}", "--silent"])
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, "node could not be started: " + e.Message);
        }
        var error = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (error) error.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { process.Kill(entireProcessTree: true); process.WaitForExit(5000); } catch (InvalidOperationException) { }
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };

        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited) { lock (error) return (null, $"s3rver exited ({process.ExitCode}): {error}"); }
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return ($"http://127.0.0.1:{port}", null);
            }
            catch (SocketException) { Thread.Sleep(50); }
        }
        return (null, "s3rver did not listen within 20 s");
    }

    private static string? FindS3rver()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tests", "CauNoi.Tests", "Infrastructure", "S3", "node_modules", "s3rver", "bin", "s3rver.js");
            if (File.Exists(script)) return script;
        }
        return null;
    }
}
