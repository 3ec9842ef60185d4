using System.Diagnostics.Metrics;
using System.Text.Json;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CauNoi.Web.Shared;

/// <summary>
/// Traces and metrics through OpenTelemetry, exported by OTLP only when an operator names a collector
/// (OTEL_EXPORTER_OTLP_ENDPOINT), and the application's own measures on the "CauNoi" meter.
/// </summary>
public static class Telemetry
{
    public const string MeterName = "CauNoi";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Submissions = Meter.CreateCounter<long>(
        "caunoi.recommendations.submitted", "{recommendation}", "Recommendations taken in, by the channel they came through.");
    private static readonly Counter<long> Steps = Meter.CreateCounter<long>(
        "caunoi.recommendation.transitions", "{transition}", "Workflow steps saved on recommendations, by action.");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>(
        "caunoi.reminders.sent", "{reminder}", "Deadline reminders and escalations sent, by kind.");
    private static readonly Counter<long> ImportRows = Meter.CreateCounter<long>(
        "caunoi.import.rows", "{row}", "Rows stored by conference imports.");

    public static void Submitted(Channel channel, int count = 1) =>
        Submissions.Add(count, new KeyValuePair<string, object?>("channel", JsonNamingPolicy.SnakeCaseLower.ConvertName(channel.ToString())));

    public static void Transitioned(string action, int count = 1) => Steps.Add(count, new KeyValuePair<string, object?>("action", action));

    public static void Reminded(string kind) => Reminders.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void Imported(int rows) => ImportRows.Add(rows);

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        var telemetry = services.AddOpenTelemetry()
            // Read again after the default name, OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over it.
            .ConfigureResource(r => r.AddService(MeterName).AddEnvironmentVariableDetector())
            .WithMetrics(m => m.AddMeter(MeterName).AddInstrumentation(OutboxBacklog)
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation());
        // Without a collector nothing is exported and no span recorded; dotnet-counters still reads the meters.
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return services;
        telemetry.WithMetrics(m => m.AddOtlpExporter())
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql().AddOtlpExporter());
        return services;
    }

    /// <summary>
    /// The e-mails waiting in the outbox, counted when a reader asks. It reads the database through this
    /// application's services, so it is made on the application's own "CauNoi" meter, gone with them.
    /// </summary>
    private static ObservableGauge<long> OutboxBacklog(IServiceProvider services)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        return services.GetRequiredService<IMeterFactory>().Create(MeterName).CreateObservableGauge(
            "caunoi.outbox.backlog", () => CountBacklog(scopes), "{email}", "E-mails waiting to be sent: not sent yet and not given up.");
    }

    private static IEnumerable<Measurement<long>> CountBacklog(IServiceScopeFactory scopes)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CauNoiDb>();
            // A cheap COUNT over IX_OutboxEmails_SentAt_LockedUntil; a slow database must not hold the reader up for long.
            db.Database.SetCommandTimeout(5);
            return [new(db.OutboxEmails.Count(m => m.SentAt == null && m.Attempts < OutboxSender.MaxAttempts))];
        }
        catch (Exception)
        {
            // The database away (or the application stopping): no value this time, and the reader carries on.
            return [];
        }
    }
}
