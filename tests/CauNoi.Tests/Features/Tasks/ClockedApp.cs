using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.Tests.Features.Tasks;

/// <summary>
/// A second instance of the app on the same database whose clock the test sets, so that a task's status can be read before
/// and after its deadline, and a step taken on a given day. One per app; the tests of a collection run one at a time, so
/// they share it (each client sets the clock to its own day before each request). Bearer tokens issued by the first instance (today) are still valid at any earlier day it is set to.
/// </summary>
public sealed class ClockedApp
{
    private static readonly ConcurrentDictionary<CauNoiApp, Lazy<ClockedApp>> Instances = new();

    private readonly CauNoiApp _app;
    private readonly SetClock _clock = new();
    private readonly WebApplicationFactory<Program> _host;

    private ClockedApp(CauNoiApp app)
    {
        _app = app;
        // Disposed with the app: WithWebHostBuilder keeps the factories it makes.
        _host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    public static ClockedApp Of(CauNoiApp app) => Instances.GetOrAdd(app, a => new Lazy<ClockedApp>(() => new ClockedApp(a))).Value;

    /// <summary>The API as <paramref name="userName"/> on <paramref name="day"/>: each of its requests sets the clock to 10 o'clock in Hà Nội that day.</summary>
    public async Task<HttpClient> ApiAs(string userName, DateOnly day)
    {
        var client = _host.CreateDefaultClient(new OnDay(_clock, new DateTimeOffset(day.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero)));
        client.DefaultRequestHeaders.Authorization = (await _app.ApiAs(userName)).DefaultRequestHeaders.Authorization;
        return client;
    }

    private sealed class OnDay(SetClock clock, DateTimeOffset at) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            clock.Now = at;
            return base.SendAsync(request, ct);
        }
    }

    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = System.GetUtcNow();
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
