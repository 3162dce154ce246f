using Microsoft.Playwright;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// The real app on Kestrel and Debian's Chromium driven by Playwright, shared by the tests of a
/// collection. Playwright cannot download browsers here, so it launches /usr/bin/chromium.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public BrowserHost()
        : this(new BrowserAppHost())
    {
    }

    protected BrowserHost(HostFactory host) => Host = host;

    public HostFactory Host { get; }

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(PatientContext.Timeout);
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own storage, like another person's device).</summary>
    /// <param name="timeZone">An IANA zone for the device's clock; null keeps the machine's.</param>
    /// <param name="locale">The browser's language (its Accept-Language and navigator.language).</param>
    /// <param name="server">Another server than the collection's (e.g. one the test restarts); null for the collection's.</param>
    public Task<IBrowserContext> NewDeviceAsync(bool phone = true, string? timeZone = null, string locale = "de-DE", Uri? server = null) =>
        Browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = locale, TimezoneId = timeZone, BaseURL = (server ?? BaseAddress).ToString() }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = locale, TimezoneId = timeZone, BaseURL = (server ?? BaseAddress).ToString() })
            .WatchAsync().PatientAsync();

    /// <summary>A phone whose browser runs no script at all: what the page does by HTML alone.</summary>
    public Task<IBrowserContext> NewDeviceWithoutScriptAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "de-DE", JavaScriptEnabled = false, BaseURL = BaseAddress.ToString() })
            .WatchAsync().PatientAsync();

    /// <summary>A tablet at 1024 × 768 with a touch screen (and no mouse of its own), for what a facilitator does by finger.</summary>
    public Task<IBrowserContext> NewTabletAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 768 }, HasTouch = true, Locale = "de-DE", BaseURL = BaseAddress.ToString() })
            .WatchAsync().PatientAsync();

    /// <summary>A fresh phone in <paramref name="mode"/>: without the WebAssembly global, or with the cookie of a browser that runs it.</summary>
    public async Task<IBrowserContext> NewPhoneAsync(PhoneMode mode, Uri? server = null)
    {
        var device = await NewDeviceAsync(server: server);
        if (mode == PhoneMode.ServerWithoutWebAssembly)
        {
            await device.AddInitScriptAsync("delete globalThis.WebAssembly");
        }
        else
        {
            await device.AddCookiesAsync([new Cookie { Name = "ov.phone", Value = "wasm", Url = (server ?? BaseAddress).ToString() }]);
        }

        return device;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        Host.Dispose();
    }
}
