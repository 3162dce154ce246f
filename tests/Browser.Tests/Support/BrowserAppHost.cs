using Microsoft.AspNetCore.Hosting;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>The app for the browser tests: as in production, except that a long list on the projector turns its pages every 2 s, a server-mode phone tries WebAssembly 2 s after joining (and, where asked, the pseudo-locale is offered).</summary>
public sealed class BrowserAppHost(string folder, bool ownsFolder, int port, bool pseudoLocale) : HostFactory(folder, ownsFolder, port)
{
    // The server starts in HostFactory's constructor and asks ConfigureHost then: the setting must be a primary
    // constructor's captured parameter (set before the base constructor runs), not a field set in a constructor body.
    public BrowserAppHost(bool pseudoLocale = false)
        : this(NewFolder(), ownsFolder: true, port: 0, pseudoLocale)
    {
    }

    /// <summary>On a folder and a loopback port the test keeps: a second host on both is the same server restarted.</summary>
    public BrowserAppHost(string folder, int port)
        : this(folder, ownsFolder: false, port, pseudoLocale: false)
    {
    }

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OffeneVersammlung:ProjectorPageSeconds", "2");
        builder.UseSetting("OffeneVersammlung:PseudoLocale", pseudoLocale ? "true" : "false");
        builder.UseSetting("OffeneVersammlung:PhoneWarmUpSeconds", "2"); // a server-mode phone tries WebAssembly soon, so the tests also walk the switch
    }
}
