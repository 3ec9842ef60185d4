using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CauNoi.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server for the test run: the one named by CAUNOI_TEST_POSTGRES, or else a
/// throwaway cluster started from the binaries on the machine (initdb, pg_ctl) and stopped
/// when the run ends. Each fixture gets a database of its own on it.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<(string? ConnectionString, string? Why)> Server = new(Start);

    /// <summary>The server's connection string, or null with the reason it could not be had.</summary>
    public static (string? ConnectionString, string? Why) Get() => Server.Value;

    public static string CreateDatabase()
    {
        var (server, why) = Get();
        if (server is null) throw new InvalidOperationException(why);
        var name = "caunoi_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static (string?, string?) Start()
    {
        var given = Environment.GetEnvironmentVariable("CAUNOI_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given)) return (given, null);

        var initdb = Find("initdb");
        var pgCtl = Find("pg_ctl");
        if (initdb is null || pgCtl is null) return (null, "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/local/bin");

        var dir = Path.Combine(Path.GetTempPath(), "caunoi-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"postgres:postgres {dir}", null);
        var port = FreePort();
        var init = Run(initdb, $"-D {dir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asRoot);
        if (init != 0) return (null, $"initdb failed (exit {init})");
        var start = Run(pgCtl, $"-D {dir}/data -l {dir}/log -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start", asRoot);
        if (start != 0) return (null, $"pg_ctl start failed (exit {start}); see {dir}/log");

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(pgCtl, $"-D {dir}/data -m immediate -w stop", asRoot);
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return ($"Host=127.0.0.1;Port={port};Username=postgres;Pooling=true;Maximum Pool Size=50", null);
    }

    private static string? Find(string tool) =>
        new[] { "/usr/local/bin", "/usr/lib/postgresql/15/bin" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static int Run(string file, string arguments, bool? asPostgres)
    {
        var info = asPostgres == true
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
