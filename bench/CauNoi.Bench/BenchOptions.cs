namespace CauNoi.Bench;

public sealed record BenchOptions(string Command, string Provider, string Connection, int Recommendations, int Users, int Seed, bool Append,
    IReadOnlyDictionary<string, string> Values)
{
    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate" or "generate-tasks" or "bench-tasks" or "generate-indicators" or "bench-indicators" or "generate-clusters" or "bench-clusters" or "generate-promotion" or "bench-promotion" or "verify" or "bench" or "faults" or "killimport" or "twoinstances" or "import" or "drill-write" or "drill-verify")) return null;
        var values = new Dictionary<string, string>();
        var append = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--append") { append = true; continue; }
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) return null;
            values[args[i][2..]] = args[++i];
        }
        if (!values.TryGetValue("provider", out var provider) || provider is not ("postgres" or "sqlite")) return null;
        if (!values.TryGetValue("connection", out var connection)) return null;
        return new BenchOptions(args[0], provider, connection,
            int.Parse(values.GetValueOrDefault("recommendations", "1000000")),
            int.Parse(values.GetValueOrDefault("users", "20000")),
            int.Parse(values.GetValueOrDefault("seed", "1")), append, values);
    }
}
