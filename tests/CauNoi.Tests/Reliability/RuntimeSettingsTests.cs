using System.Text.Json;

namespace CauNoi.Tests.Reliability;

/// <summary>
/// The runtime settings the app's build writes beside it, as an operator's server starts it. The project asked for the
/// workstation GC for a long time under a property name the SDK ignores, and the server GC ran instead.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void TheAppRunsTheWorkstationGc()
    {
        var config = Path.ChangeExtension(typeof(Program).Assembly.Location, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
