using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Announcements;

/// <summary>An assembly on the real host with its invitation written through the console's command path, and the invitation's link as the console draws it.</summary>
internal sealed record AnnouncedAssembly(CreatedAssembly Links, FacilitatorDriver Facilitator, string Token) : IAsyncDisposable
{
    /// <summary>Three weeks after the fake clock's start: a Thursday, 18:00 in Berlin.</summary>
    public static readonly DateTimeOffset Date = new(2026, 12, 17, 18, 0, 0, TimeSpan.FromHours(1));

    public static Announce Invitation(SeriesRule? series = null, DateTimeOffset? date = null) => new(
        Guid.NewGuid(),
        "Offene Versammlung im Gemeinschaftsgarten",
        date ?? Date,
        "Nachbarschaftshaus, Saal 1",
        "https://treffen.example.org/kiez",
        new Accessibility(true, false, true, "Rampe am Seiteneingang"),
        "030 1234567",
        ["Wir reden nacheinander.", "Mikrofon aus, während andere sprechen."],
        series);

    public static async Task<AnnouncedAssembly> OpenAsync(HostFactory host, SeriesRule? series = null, DateTimeOffset? date = null)
    {
        var links = await AssemblyApi.CreateAsync(host);
        var facilitator = await FacilitatorDriver.ConnectAsync(host, links);
        await facilitator.DoAsync(Invitation(series, date));
        var token = await host.Services.GetRequiredService<IAnnouncementLinks>().GetOrCreateAsync(links.AssemblyId);
        return new AnnouncedAssembly(links, facilitator, token);
    }

    public string Page(string? file = null, string? language = null) => AnnouncementRoutes.Local(Token, file, language);

    /// <summary>The page's address as the host hands it out (its public base URL is the test server's).</summary>
    public string PageUrl(Uri baseAddress) => AnnouncementRoutes.Page(baseAddress.GetLeftPart(UriPartial.Authority), Token);

    public ValueTask DisposeAsync() => Facilitator.DisposeAsync();
}
