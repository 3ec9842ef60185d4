using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CauNoi.BrowserTests;

/// <summary>
/// The whole application on SQLite served by Kestrel on a loopback port (a real browser needs a
/// socket; the default TestServer has none), and one headless Chromium driven by Playwright,
/// shared by every browser test. Each test opens a browser context of its own.
/// </summary>
public sealed class BrowserApp : CauNoiApp, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _whyNoBrowser;

    public BrowserApp() : base(Engine.Sqlite) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Debian's Chromium; CAUNOI_CHROMIUM names another. Playwright never downloads one.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("CAUNOI_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            _whyNoBrowser = $"Chromium not found at {Chromium} (apt-get install chromium, or set CAUNOI_CHROMIUM)";
            return;
        }
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.Single());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies) pointed at the app; skipped without Chromium, failed on CI.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (_browser is null)
        {
            if (EngineRequirement.IsCi) throw new InvalidOperationException("CI=true but " + _whyNoBrowser);
            Assert.Skip(_whyNoBrowser!);
        }
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            Locale = "vi-VN",
            ViewportSize = new() { Width = 1366, Height = 768 },
        });
        // Fail a broken page in seconds rather than Playwright's default 30 s.
        context.SetDefaultTimeout(10_000);
        return context;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp> { public const string Name = "browser"; }
