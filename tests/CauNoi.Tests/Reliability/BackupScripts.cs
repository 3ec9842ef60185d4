using System.Diagnostics;

namespace CauNoi.Tests.Reliability;

/// <summary>The operator's backup scripts of this checkout (scripts/backup/), run as an operator would run them.</summary>
public static class BackupScripts
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "backup", "archive-wal.sh"))) return Path.Combine(dir.FullName, "scripts", "backup");
        throw new InvalidOperationException($"scripts/backup not found above {AppContext.BaseDirectory}");
    });

    public static string PathOf(string script) => Path.Combine(Folder.Value, script);

    /// <summary>Runs the script with bash and returns what it printed; a non-zero exit fails the test with its output.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [PathOf(script), .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var printed = await output + await error;
        Assert.True(process.ExitCode == 0, $"{script} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{printed}");
        return printed;
    }
}
