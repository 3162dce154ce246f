using System.Net;
using Ical.Net;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Tests.Privacy;
using UglyToad.PdfPig;

namespace OffeneVersammlung.Facilitator.Tests.Announcements;

/// <summary>The calendar file and the print files of an invitation, fetched from the real host and read back with real parsers.</summary>
public sealed class AnnouncementPrintTests : IAsyncLifetime
{
    private readonly FakeClockHost _host = new();
    private readonly HttpClient _http;

    public AnnouncementPrintTests() => _http = _host.CreateHttpClient();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_calendar_file_holds_the_next_date_with_its_place_and_the_pages_link()
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        using var response = await _http.GetAsync(assembly.Page("einladung.ics"));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal("Offene Versammlung im Gemeinschaftsgarten", invitation.Summary);
        Assert.Equal(AnnouncedAssembly.Date.UtcDateTime, invitation.DtStart!.AsUtc);
        Assert.True(invitation.DtEnd!.AsUtc > invitation.DtStart.AsUtc);
        Assert.Equal("Nachbarschaftshaus, Saal 1", invitation.Location);
        Assert.EndsWith(AnnouncementRoutes.Local(assembly.Token), invitation.Url!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Keine Anmeldung", invitation.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plakat.pdf", 1, "de")]
    [InlineData("handzettel.pdf", 4, "de")]
    [InlineData("plakat.pdf", 1, "de-x-ls")]
    [InlineData("handzettel.pdf", 4, "en")]
    [InlineData("plakat.pdf", 1, "tr")]
    [InlineData("handzettel.pdf", 4, "uk")]
    public async Task Poster_and_flyer_are_a4_pdf_with_title_date_code_steps_and_a_qr_code_that_leads_to_the_page(string file, int copies, string language)
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        using var response = await _http.GetAsync(assembly.Page(file, language));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // OV_ANNOUNCEMENT_PDF=folder keeps the files, to look at.
        if (Environment.GetEnvironmentVariable("OV_ANNOUNCEMENT_PDF") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{language}-{file}"), bytes);
        }

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(bytes);
        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Equal(copies, Occurrences(text, "Gemeinschaftsgarten"));
        Assert.Equal(copies, Occurrences(text, assembly.Links.JoinCode));
        Assert.Contains(language switch { "en" => "December", "tr" => "Aralık", "uk" => "грудня", _ => "Dezember" }, text, StringComparison.Ordinal);
        Assert.Contains(language switch { "en" => "Scan", "de-x-ls" => "Foto", "tr" => "tara", "uk" => "Відскануй", _ => "Scanne" }, text, StringComparison.Ordinal);

        var images = page.GetImages().ToList();
        Assert.Equal(copies, images.Count);
        Assert.All(images, image => Assert.Equal(assembly.PageUrl(_host.BaseAddress), PdfQr.Decode(image)));
    }

    [Theory]
    [InlineData("plakat.pdf")]
    [InlineData("handzettel.pdf")]
    public async Task An_arabic_print_request_gets_the_german_print_rather_than_letters_pdfsharp_cannot_join(string file)
    {
        await using var assembly = await AnnouncedAssembly.OpenAsync(_host);

        using var response = await _http.GetAsync(assembly.Page(file, "ar"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(' ', Assert.Single(pdf.GetPages()).GetWords().Select(w => w.Text));
        Assert.Contains("Dezember", text, StringComparison.Ordinal);
        Assert.Contains("Scanne", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u0600' and <= '\u06FF');
    }

    private static int Occurrences(string text, string word) =>
        (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;
}
