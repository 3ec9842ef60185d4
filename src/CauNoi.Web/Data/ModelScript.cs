namespace CauNoi.Web.Data;

/// <summary>
/// <c>--print-model-schema sqlite|postgres</c>: prints the schema the EF model expects, the
/// starting point for a new script under Data/Migrations (the EF Core design tools are not
/// available here). The schema test fails until the scripts produce exactly this schema.
/// </summary>
public static class ModelScript
{
    public static bool TryPrint(string[] args)
    {
        var at = Array.IndexOf(args, "--print-model-schema");
        if (at < 0) return false;
        var provider = at + 1 < args.Length && args[at + 1].StartsWith("post", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        Console.WriteLine(Generate(provider));
        return true;
    }

    public static string Generate(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<CauNoiDb>();
        DatabaseSetup.Configure(options, provider, provider == DatabaseProvider.Postgres ? "Host=unused" : "Data Source=:memory:");
        using var db = new CauNoiDb(options.Options);
        return db.Database.GenerateCreateScript();
    }
}
