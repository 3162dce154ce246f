using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Tests.Privacy;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Announcements;

/// <summary>The public invitation on the real host (Kestrel, SQLite file), with the clock moved by hand.</summary>
public sealed partial class AnnouncementPageTests : IAsyncLifetime
{
    private readonly FakeClockHost _host = new();
    private readonly HttpClient _http;

    public AnnouncementPageTests() => _http = _host.CreateHttpClient();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_page_shows_the_whole_invitation_and_names_no_participant()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);
        await using (var phone = await LiveClient.ParticipantAsync(_host, assembly.Links.JoinCode, "Ayşe Sonnenblume"))
        {
        }

        using var response = await _http.GetAsync(assembly.Page());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Offene Versammlung im Gemeinschaftsgarten</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Donnerstag, 17. Dezember 2026, 18:00 Uhr", html, StringComparison.Ordinal);
        Assert.Contains("Nachbarschaftshaus, Saal 1", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://treffen.example.org/kiez\"", html, StringComparison.Ordinal);
        Assert.Contains("Keine Anmeldung, kein Konto, keine App", html, StringComparison.Ordinal);
        Assert.Contains("Stufenloser Zugang", html, StringComparison.Ordinal);
        Assert.Contains("Induktionsschleife für Hörgeräte", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dolmetschen", html, StringComparison.Ordinal);
        Assert.Contains("Rampe am Seiteneingang", html, StringComparison.Ordinal);
        Assert.Contains("Mikrofon aus, während andere sprechen.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0301234567\"", html, StringComparison.Ordinal);
        Assert.Contains("Themen sammeln", html, StringComparison.Ordinal);
        Assert.Equal(3, HowToPicture().Matches(html).Count);
        Assert.DoesNotContain("Ayşe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sonnenblume", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_another_origin_and_runs_no_script()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        using var response = await _http.GetAsync(assembly.Page());
        var html = await response.Content.ReadAsStringAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        var loaded = LoadedAddress().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, address => Assert.StartsWith("/", address, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Thursday, December 17, 2026, 18:00", "No registration, no account, no app", "lang=\"en\"")]
    [InlineData("de-x-ls", "Donnerstag, 17. Dezember 2026, 18:00 Uhr", "Du musst dich nicht anmelden.", "lang=\"de\"")]
    public async Task The_page_speaks_english_and_leichte_sprache(string language, string date, string registration, string lang)
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        var html = await _http.GetStringAsync(assembly.Page(language: language));

        Assert.Contains(date, html, StringComparison.Ordinal);
        Assert.Contains(registration, html, StringComparison.Ordinal);
        Assert.Contains("<html " + lang, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_arabic_page_runs_right_to_left_names_each_language_in_its_own_name_and_offers_the_german_print()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        var html = await _http.GetStringAsync(assembly.Page(language: "ar"));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("الخميس، 17 ديسمبر 2026، الساعة 18:00", html, StringComparison.Ordinal);
        Assert.Contains("لا تسجيل، لا حساب، لا تطبيق", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"true\">العربية</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Türkçe</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Українська</a>", html, StringComparison.Ordinal);
        Assert.Contains($"{assembly.Page("plakat.pdf", "de")}\" hreflang=\"de\">ملصق (A4، PDF، بالألمانية)</a>", html, StringComparison.Ordinal);
        Assert.Contains($"{assembly.Page("einladung.ics", "ar")}\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"rules\"><li dir=\"auto\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr", "17 Aralık 2026 Perşembe, saat 18:00", "Kayıt yok, hesap yok")]
    [InlineData("uk", "четвер, 17 грудня 2026, 18:00", "Без реєстрації")]
    public async Task The_page_speaks_turkish_and_ukrainian_left_to_right_with_the_print_in_the_same_language(string language, string date, string registration)
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        var html = await _http.GetStringAsync(assembly.Page(language: language));

        Assert.Contains($"<html lang=\"{language}\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains(date, html, StringComparison.Ordinal);
        Assert.Contains(registration, html, StringComparison.Ordinal);
        Assert.Contains($"{assembly.Page("plakat.pdf", language)}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_start_it_says_when_joining_opens_and_from_half_an_hour_before_it_offers_the_join()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        var before = await _http.GetStringAsync(assembly.Page());
        _host.Clock.SetUtcNow(AnnouncedAssembly.Date.AddMinutes(-30));
        var open = await _http.GetStringAsync(assembly.Page());

        Assert.Contains("Mitmachen geht ab Donnerstag, 17. Dezember 2026, 17:30 Uhr.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Jetzt mitmachen", before, StringComparison.Ordinal);
        Assert.Contains($"/join/{assembly.Links.JoinCode}\">Jetzt mitmachen</a>", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_is_neither_the_join_code_nor_a_secret_and_an_unknown_one_finds_nothing()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        Assert.Equal(22, assembly.Token.Length);
        Assert.DoesNotContain(assembly.Links.JoinCode, assembly.Token, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(assembly.Links.FacilitatorSecret, assembly.Token);
        using var unknown = await _http.GetAsync(AnnouncementRoutes.Local(AnnouncementTokens.NewToken()));
        using var joinCode = await _http.GetAsync(AnnouncementRoutes.Local(assembly.Links.JoinCode));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Diese Einladung gibt es nicht (mehr)", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, joinCode.StatusCode);
    }

    [Fact]
    public async Task An_assembly_without_an_invitation_has_no_page_even_with_a_link()
    {
        var links = await AssemblyApi.CreateAsync(_host);
        var token = await _host.Services.GetRequiredService<IAnnouncementLinks>().GetOrCreateAsync(links.AssemblyId);

        using var response = await _http.GetAsync(AnnouncementRoutes.Local(token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_deleted_assembly_takes_its_page_calendar_and_print_with_it()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(assembly.Page())).StatusCode);

        await _host.Services.GetRequiredService<AssemblyDeletion>().DeleteAsync(assembly.Links.AssemblyId);

        foreach (var file in new string?[] { null, "einladung.ics", "plakat.pdf", "handzettel.pdf", "qr.svg", "infobildschirm" })
        {
            using var gone = await _http.GetAsync(assembly.Page(file));
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Null(await _host.Services.GetRequiredService<IAnnouncementLinks>().FindAssemblyAsync(assembly.Token));
        Assert.Empty(DatabaseRows.Mentioning(_host.DatabasePath, assembly.Links.AssemblyId));
    }

    [Fact]
    public async Task The_page_goes_with_the_assemblys_retention()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);
        await assembly.Facilitator.DoAsync(new Engine.Privacy.SetRetention(Guid.NewGuid(), 1));

        _host.Clock.Advance(TimeSpan.FromDays(1));
        await _host.Services.GetRequiredService<Facilitator.Privacy.RetentionSweeper>().SweepAsync();

        using var gone = await _http.GetAsync(assembly.Page());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_series_page_shows_the_next_date_after_the_close_and_leads_to_it_once_the_facilitator_opens_it()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host, new SeriesRule(Repeat.MonthlyOnWeekday, SeriesRule.DefaultTimeZone));
        var series = _host.Services.GetRequiredService<SeriesOpening>();
        Assert.Null(await series.NextDateAsync(assembly.Links.AssemblyId));

        await assembly.Facilitator.ChangePhaseAsync(PhaseTrigger.Close);
        var closed = await _http.GetStringAsync(assembly.Page());
        var opened = await series.OpenNextAsync(assembly.Links.AssemblyId);
        _host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 21, 17, 45, 0, TimeSpan.FromHours(1)));
        var next = await _http.GetStringAsync(assembly.Page());

        Assert.Contains("Donnerstag, 21. Januar 2027, 18:00 Uhr", closed, StringComparison.Ordinal);
        Assert.Contains("Jeden dritten Donnerstag im Monat", closed, StringComparison.Ordinal);
        Assert.DoesNotContain(assembly.Links.JoinCode, closed, StringComparison.Ordinal);
        Assert.NotNull(opened);
        Assert.True(opened.IsOpened);
        Assert.Contains($"/join/{opened.JoinCode}\">Jetzt mitmachen</a>", next, StringComparison.Ordinal);
        Assert.Contains("Donnerstag, 21. Januar 2027, 18:00 Uhr", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_info_screen_shows_every_language_and_the_qr_code_of_the_page()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        var html = await _http.GetStringAsync(assembly.Page("infobildschirm"));
        using var qr = await _http.GetAsync(assembly.Page("qr.svg"));

        Assert.Contains("Scanne den QR-Code", html, StringComparison.Ordinal);
        Assert.Contains("Scan the QR code", html, StringComparison.Ordinal);
        Assert.Contains("Mach ein Foto vom QR-Code", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"turn\" lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("امسح رمز QR بهاتفك", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/info-screen.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("<svg class=\"howto-picture\"")]
    private static partial Regex HowToPicture();

    [GeneratedRegex("(?:src=|<link [^>]*href=)\"([^\"]+)\"")]
    private static partial Regex LoadedAddress();
}
