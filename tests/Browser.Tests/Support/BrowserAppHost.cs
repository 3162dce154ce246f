using Microsoft.AspNetCore.Hosting;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>The app for the browser tests: as in production, except that a long list on the projector turns its pages every 2 s, a server-mode phone tries WebAssembly 2 s after joining (and, where asked, the pseudo-locale is offered).</summary>
public sealed class BrowserAppHost : HostFactory
{
    private readonly bool _pseudoLocale;

    public BrowserAppHost(bool pseudoLocale = false) => _pseudoLocale = pseudoLocale;

    /// <summary>On a folder and a loopback port the test keeps: a second host on both is the same server restarted.</summary>
    public BrowserAppHost(string folder, int port)
        : base(folder, ownsFolder: false, port)
    {
    }
    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OffeneVersammlung:ProjectorPageSeconds", "2");
        builder.UseSetting("OffeneVersammlung:PseudoLocale", _pseudoLocale ? "true" : "false");
        builder.UseSetting("OffeneVersammlung:PhoneWarmUpSeconds", "2"); // a server-mode phone tries WebAssembly soon, so the tests also walk the switch
    }
}
