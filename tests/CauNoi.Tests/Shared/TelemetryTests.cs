using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CauNoi.Tests.Features.Notifications;
using CauNoi.Web.Features.Calendar;
using CauNoi.Web.Features.Notifications;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CauNoi.Tests.Shared;

public abstract class TelemetryTests(CauNoiApp app) : AppTests(app)
{
    private const string Submitted = "caunoi.recommendations.submitted", Transitions = "caunoi.recommendation.transitions",
        Reminders = "caunoi.reminders.sent", ImportRows = "caunoi.import.rows";

    /// <summary>A POST in the test's trace, so that what the app counts while answering it is seen by this test alone.</summary>
    private async Task<HttpResponseMessage> PostAsync(MeasuredTrace trace, string userName, string url, HttpContent body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body };
        request.Headers.Add("traceparent", trace.TraceParent);
        if (idempotencyKey is not null) request.Headers.Add(RecommendationsApi.IdempotencyHeader, idempotencyKey);
        return await (await App.ApiAs(userName)).SendAsync(request, Ct);
    }

    private async Task<HttpStatusCode> SubmitAsync(MeasuredTrace trace, string idempotencyKey)
    {
        await using var scope = App.Db();
        var fieldId = await scope.Context.FieldsOfWork.Where(f => f.Code == "NL").Select(f => f.Id).SingleAsync(Ct);
        var body = JsonContent.Create(new { title = "Đo số kiến nghị " + idempotencyKey, content = "Đề nghị Bộ hướng dẫn đấu nối.", fieldId });
        return (await PostAsync(trace, "xa.hoankiem", "/api/v1/recommendations", body, idempotencyKey)).StatusCode;
    }

    [Fact]
    public async Task Submission_CountsOnce_AndRetriesWithItsIdempotencyKeyDoNot()
    {
        using var trace = new MeasuredTrace();

        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(trace, "a-" + Guid.NewGuid()));
        Assert.Equal([("web", 1)], trace.Counted(Submitted));

        var key = "b-" + Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(trace, key));
        Assert.Equal(HttpStatusCode.OK, await SubmitAsync(trace, key));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SubmitAsync(trace, key)));
        Assert.Equal([("web", 2)], trace.Counted(Submitted));
    }

    [Fact]
    public async Task Receive_CountsOneTransitionTaggedReceive_AndTheRefusedRepeatNone()
    {
        var id = await RecommendationSetup.SubmitAsync(App, "Đo bước xử lý " + Guid.NewGuid(), Ct);
        using var trace = new MeasuredTrace();
        var url = $"/api/v1/recommendations/{id}/transitions";

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(trace, "cuc.dienluc", url, JsonContent.Create(new { action = "receive" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(trace, "cuc.dienluc", url, JsonContent.Create(new { action = "receive" }))).StatusCode);

        Assert.Equal([("receive", 1)], trace.Counted(Transitions));
    }

    [Fact]
    public async Task ReminderPass_CountsEachReminderItLogged_ByKind()
    {
        var id = await RecommendationSetup.SubmitAsync(App, "Đo nhắc hạn " + Guid.NewGuid(), Ct);
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var scope = App.Db();
        var db = scope.Context;
        var mine = await db.Recommendations.SingleAsync(r => r.Id == id, Ct);
        mine.DueOn = (await WorkingCalendar.LoadAsync(db, Ct)).Deadline(VietnamTime.Today(clock), 2);
        await db.SaveChangesAsync(Ct);

        using var trace = new MeasuredTrace();
        await RecommendationReminders.RunOnceAsync(db, clock, Ct);

        var at = clock.GetUtcNow().UtcDateTime;
        var logged = (await db.ReminderLog.Where(l => l.SentAt == at).GroupBy(l => l.Kind).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(Ct))
            .Select(g => ((string?)g.Key, g.Count)).Order().ToList();
        Assert.Contains(await db.ReminderLog.Where(l => l.Record == "KN" && l.RecordId == id).Select(l => l.Kind).ToListAsync(Ct), k => k == RecommendationReminders.Reminder);
        Assert.Equal(logged, trace.Counted(Reminders));
    }

    [Fact]
    public async Task OutboxBacklog_ReportsTheEmailsWaiting_NotTheSentNorTheGivenUp()
    {
        var before = Backlog();
        Assert.NotNull(before);
        var marker = "backlog-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = App.Db();
        var db = scope.Context;
        OutboxEmail Mail(int i) => new() { To = $"{marker}-{i}@thu.caunoi.local", Subject = "Thư chờ gửi", Body = "Đo hàng đợi.", CreatedAt = DateTime.UtcNow };
        db.OutboxEmails.AddRange(Mail(0), Mail(1), Mail(2), Mail(3), Mail(4));
        var mails = db.ChangeTracker.Entries<OutboxEmail>().Select(e => e.Entity).ToList();
        mails[3].SentAt = DateTime.UtcNow;
        mails[4].Attempts = OutboxSender.MaxAttempts;
        await db.SaveChangesAsync(Ct);
        try
        {
            Assert.Equal(before + 3, Backlog());
        }
        finally
        {
            await db.OutboxEmails.Where(m => m.To.StartsWith(marker)).ExecuteDeleteAsync(Ct);
        }
    }

    /// <summary>The backlog as this app's gauge reports it now; null when it reports nothing.</summary>
    private long? Backlog()
    {
        var meters = App.Services.GetRequiredService<IMeterFactory>();
        long? value = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "caunoi.outbox.backlog" && instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, measured, _, _) => value = measured);
        listener.Start();
        listener.RecordObservableInstruments();
        return value;
    }

    [Fact]
    public async Task ConferenceImportOfThreeRows_CountsThreeRows_AndThreeSubmissionsByConference()
    {
        var file = XlsxWriter.ToBytes(new XlsxSheet("Kiến nghị", ["STT", "Mã tỉnh", "Tiêu đề", "Nội dung", "Mã lĩnh vực"],
        [
            [1, "01", "Vướng mắc đấu nối lưới điện", "Đề nghị Bộ hướng dẫn đấu nối.", "NL"],
            [2, "08", "Hạ tầng cụm công nghiệp", "Đề nghị hỗ trợ hạ tầng.", "CCN"],
            [3, "01", "Thủ tục xuất khẩu nông sản", "Đề nghị rút ngắn thời gian kiểm tra.", "XNK"],
        ]));
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "hoi-nghi.xlsx");
        form.Add(new StringContent("Hội nghị đo số liệu " + Guid.NewGuid().ToString("N")[..8]), "conferenceName");
        form.Add(new StringContent(VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd")), "receivedOn");
        using var trace = new MeasuredTrace();

        var response = await PostAsync(trace, "cuc.ctdp", "/api/v1/recommendations/import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(null, 3)], trace.Counted(ImportRows));
        Assert.Equal([("conference", 3)], trace.Counted(Submitted));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TelemetryOnSqlite(SqliteApp app) : TelemetryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TelemetryOnPostgres(PostgresApp app) : TelemetryTests(app);

/// <summary>What <see cref="Telemetry.AddTelemetry"/> sets up, seen from a collector on a local socket.</summary>
public sealed class TelemetrySetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration).AddLogging().AddTelemetry(configuration);
        return services;
    }

    /// <summary>Registrations that use a type of the OTLP exporter's assembly (its options, its factories).</summary>
    private static List<ServiceDescriptor> OtlpRegistrations(ServiceCollection services)
    {
        var otlp = typeof(OpenTelemetry.Exporter.OtlpExporterOptions).Assembly;
        return [.. services.Where(d => d.ServiceType.Assembly == otlp || d.ServiceType.GenericTypeArguments.Any(a => a.Assembly == otlp)
            || d.ImplementationType?.Assembly == otlp)];
    }

    [Fact]
    public void WithoutOtlpEndpoint_NoExporterIsRegistered_AndNoSpanRecorded()
    {
        var registered = Register([]);

        Assert.Empty(OtlpRegistrations(registered));
        using var services = registered.BuildServiceProvider();
        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task WithOtlpEndpoint_MetricsGoToTheCollector_AndSpansAreRecorded()
    {
        using var collector = new TcpListener(IPAddress.Loopback, 0);
        collector.Start();
        var registered = Register(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{((IPEndPoint)collector.LocalEndpoint).Port}" });
        Assert.NotEmpty(OtlpRegistrations(registered));
        await using var services = registered.BuildServiceProvider();

        Assert.NotNull(services.GetService<TracerProvider>());
        services.GetRequiredService<MeterProvider>().ForceFlush(1000);
        var connection = collector.AcceptTcpClientAsync(Ct).AsTask();
        Assert.Same(connection, await Task.WhenAny(connection, Task.Delay(5000, Ct)));
        collector.Stop();
    }

    [Theory]
    [InlineData(null, "CauNoi")]
    [InlineData("caunoi-staging", "caunoi-staging")]
    public void ServiceName_IsCauNoi_UnlessOtelServiceNameSaysOtherwise(string? configured, string expected)
    {
        using var services = Register(new() { ["OTEL_SERVICE_NAME"] = configured }).BuildServiceProvider();

        var resource = services.GetRequiredService<MeterProvider>().GetResource();

        Assert.Equal(expected, resource.Attributes.Single(a => a.Key == "service.name").Value);
    }
}

/// <summary>
/// What the "CauNoi" meter counted within one test's own trace: its direct calls carry the trace along, its API
/// calls send it as a traceparent header. Other tests' traffic, to this app or another in the process, is in
/// other traces, so it cannot disturb the count.
/// </summary>
internal sealed class MeasuredTrace : IDisposable
{
    private static readonly ActivitySource Tests = new("CauNoi.Tests");
    private readonly ActivityListener _tracing = new()
    {
        // The server's request activity is only made when someone listens; it then continues the caller's trace.
        ShouldListenTo = source => source.Name is "CauNoi.Tests" or "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };
    private readonly MeterListener _meters = new();
    private readonly Activity _trace;
    private readonly ConcurrentQueue<(string Instrument, string? Tag, long Value)> _seen = new();

    public MeasuredTrace()
    {
        ActivitySource.AddActivityListener(_tracing);
        _trace = Tests.StartActivity("measured")!;
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Telemetry.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (Activity.Current?.TraceId == _trace.TraceId)
                _seen.Enqueue((instrument.Name, tags.Length == 0 ? null : tags[0].Value?.ToString(), value));
        });
        _meters.Start();
    }

    public string TraceParent => _trace.Id!;

    /// <summary>The instrument's total per value of its one tag (null when it has none), leaving out zeros.</summary>
    public List<(string? Tag, long Count)> Counted(string instrument) =>
        [.. _seen.Where(m => m.Instrument == instrument).GroupBy(m => m.Tag).Select(g => (g.Key, g.Sum(m => m.Value))).Where(t => t.Item2 != 0).Order()];

    public void Dispose()
    {
        _meters.Dispose();
        _trace.Dispose();
        _tracing.Dispose();
    }
}
