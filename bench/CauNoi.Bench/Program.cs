using CauNoi.Bench;
using CauNoi.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project bench/CauNoi.Bench -- generate|verify|bench|faults --provider postgres|sqlite --connection "..." [options]
// dotnet run -c Release --project bench/CauNoi.Bench -- generate|verify|bench|import --provider postgres|sqlite --connection "..." [options]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        Usage:
          generate --provider postgres|sqlite --connection "..." [--recommendations 1000000] [--users 20000] [--seed 1] [--append]
          verify   --provider postgres|sqlite --connection "..."
          generate-tasks --provider postgres|sqlite --connection "..." [--tasks 200000] [--documents 20000] [--seed 1]
          generate-indicators --provider postgres|sqlite --connection "..." [--values 10000000] [--seed 1]
          bench-indicators --provider postgres|sqlite --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   [--warmup 15] [--only series] [--out docs/benchmarks/indicators-<provider>.md]
          generate-clusters --provider postgres|sqlite --connection "..." [--clusters 5000] [--projects 50000] [--seed 1]
          bench-clusters --provider postgres|sqlite --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   [--year 2022] [--out docs/benchmarks/clusters-<provider>.md]
          generate-promotion --provider postgres|sqlite --connection "..." [--proposals 100000] [--year 2026] [--seed 1]
          bench-promotion --provider postgres|sqlite --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   [--year 2026] [--out docs/benchmarks/promotion-<provider>.md]
          bench    --provider postgres|sqlite --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   [--duration 10] [--concurrency 16] [--warmup 3] [--out docs/benchmarks.md]
                   [--only open]   (opening one and its raw-SQL floor only; appends a table row to --out)
          bench-tasks --provider postgres --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   [--duration 10] [--concurrency 16] [--light-concurrency 4] [--out docs/benchmarks-tasks.md]
          faults   --provider postgres --connection "..." --app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll
                   --pg-data /path/to/data [--pg-ctl /usr/local/bin/pg_ctl] [--pg-log <pg-data>/faults-restart.log]
                   [--duration 60] [--concurrency 16] [--restarts 4] [--patience 60]
          killimport --provider postgres|sqlite --connection "..." --app-dll .../CauNoi.Web.dll
                   [--rows 10000] [--repeat 3] [--step 2] [--user U --password P]
          twoinstances --provider postgres --connection "..." --app-dll .../CauNoi.Web.dll
                   [--records 100] [--due 1000] [--interval 1]
          import   --provider postgres|sqlite --connection "..." [--app-dll src/CauNoi.Web/bin/Release/net10.0/CauNoi.Web.dll]
                   [--rows 10000] [--runs 3] [--user cuc.ctdp] [--password Demo@2025] [--demo-data true] [--seed 1]
          drill-write  --provider postgres --connection "..." --url http://127.0.0.1:PORT --out writes.tsv
                   [--concurrency 4] [--duration 3600] [--stop-file PATH]
          drill-verify --provider postgres --connection "..." --url http://127.0.0.1:PORT --in writes.tsv
                   --target 'YYYY-MM-DD HH:MM:SS.ffffff+00'
        """);
    return 1;
}
if (options.Command == "bench") return await LoadBench.RunAsync(options, args);
if (options.Command == "bench-tasks") return await TaskBench.RunAsync(options);
if (options.Command == "bench-indicators") return await IndicatorBench.RunAsync(options);
if (options.Command == "bench-clusters") return await ClusterBench.RunAsync(options);
if (options.Command == "bench-promotion") return await PromotionBench.RunAsync(options);
if (options.Command == "faults") return await Faults.RunAsync(options);
if (options.Command == "killimport") return await KillImport.RunAsync(options);
if (options.Command == "twoinstances") return await TwoInstances.RunAsync(options);
if (options.Command == "import") return await ImportBench.RunAsync(options);
if (options.Command == "drill-write") return await DrillWrite.RunAsync(options);
if (options.Command == "drill-verify") return await DrillVerify.RunAsync(options);

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Environment.CurrentDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = options.Provider,
    ["ConnectionStrings:CauNoi"] = options.Connection,
    ["CauNoi:DemoData"] = "false",
});
builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
    .AddFilter("CauNoi", LogLevel.Information);
builder.Services.AddCauNoiDatabase(builder.Configuration, builder.Environment.ContentRootPath);
using var host = builder.Build();

// The schema and reference data exactly as the application's start-up makes them (without demo data).
await host.Services.PrepareDatabaseAsync();

using var scope = host.Services.CreateScope();
var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
var info = scope.ServiceProvider.GetRequiredService<DatabaseInfo>();
return options.Command switch
{
    "verify" => await Verify.RunAsync(db),
    "generate-tasks" => await TaskGenerator.RunAsync(db, info, options),
    "generate-indicators" => await IndicatorGenerator.RunAsync(db, info, options),
    "generate-clusters" => await ClusterGenerator.RunAsync(db, options),
    "generate-promotion" => await PromotionGenerator.RunAsync(db, options),
    _ => await Generator.RunAsync(db, info, options),
};
