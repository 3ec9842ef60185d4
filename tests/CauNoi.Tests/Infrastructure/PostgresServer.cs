using System.Diagnostics;
using System.Net;
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
        return CreateDatabase(server);
    }

    /// <summary>A new, empty database on the server the connection string names.</summary>
    public static string CreateDatabase(string server)
    {
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

        var (cluster, why) = PostgresCluster.Start();
        if (cluster is null) return (null, why);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return (cluster.ConnectionString, null);
    }
}

/// <summary>
/// A throwaway PostgreSQL cluster of its own, from initdb to removal: the shared test server is one,
/// and a test that must stop or crash the server (Reliability/) starts another so the rest never see it.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _pgCtl;
    private readonly bool _asRoot;

    public string Directory { get; }
    public string DataDirectory => Path.Combine(Directory, "data");
    public int Port { get; }
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Pooling=true;Maximum Pool Size=50";

    private PostgresCluster(string pgCtl, bool asRoot, string directory, int port) =>
        (_pgCtl, _asRoot, Directory, Port) = (pgCtl, asRoot, directory, port);

    /// <summary>
    /// A new cluster running on a free port, or null with the reason it could not be had; <paramref name="settings"/>
    /// are lines added to its postgresql.conf before it starts (e.g. WAL archiving, which needs them at start).
    /// </summary>
    public static (PostgresCluster? Cluster, string? Why) Start(params string[] settings)
    {
        var initdb = Find("initdb");
        var pgCtl = Find("pg_ctl");
        if (initdb is null || pgCtl is null) return (null, "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/local/bin");

        var dir = Path.Combine(Path.GetTempPath(), "caunoi-pg-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"postgres:postgres {dir}", null);
        var port = Ports.Free();
        var init = Run(initdb, $"-D {dir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asRoot);
        if (init != 0) return (null, $"initdb failed (exit {init})");
        File.AppendAllLines(Path.Combine(dir, "data", "postgresql.conf"), settings);
        var start = Run(pgCtl, $"-D {dir}/data -l {dir}/log -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start", asRoot);
        if (start != 0) return (null, $"pg_ctl start failed (exit {start}); see {dir}/log");
        return (new PostgresCluster(pgCtl, asRoot, dir, port), null);
    }

    /// <summary>
    /// Stops the server and starts it again with the same options, waiting until it accepts connections.
    /// "fast" disconnects every session and rolls back their transactions; "immediate" kills the server
    /// outright, as a crash would, and the start runs crash recovery.
    /// </summary>
    public void Restart(string mode)
    {
        var exit = Run(_pgCtl, $"-D {DataDirectory} -l {Directory}/log -m {mode} -w restart", _asRoot);
        if (exit != 0) throw new InvalidOperationException($"pg_ctl restart -m {mode} failed (exit {exit}); see {Directory}/log");
    }

    /// <summary>A cluster with its data in <c>directory/data</c> that something else starts (a restore), to stop and remove when disposed.</summary>
    public static PostgresCluster At(string directory, int port) => new(Find("pg_ctl")!, Environment.UserName == "root", directory, port);

    /// <summary>A new folder in the cluster's directory that the server's user may write (as root: owned by postgres).</summary>
    public string NewFolder(string name)
    {
        var path = System.IO.Directory.CreateDirectory(Path.Combine(Directory, name)).FullName;
        if (_asRoot) Run("chown", $"postgres:postgres {path}", null);
        return path;
    }

    public void Dispose()
    {
        Run(_pgCtl, $"-D {DataDirectory} -m immediate -w stop", _asRoot);
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
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
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        error.Wait();
        process.WaitForExit();
        return process.ExitCode;
    }

}
