using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>
/// The protocol's PDF made by the real host for an evening the facilitator ran in the host's process (as the console
/// does), read back with PdfPig: what it says, and that a long one runs over pages without a letter off the page; and
/// the recommendations in the other protocol formats.
/// </summary>
public sealed class RecommendationProtocolTests : IDisposable
{
    private const string Bench = "Eine Bank an der Haltestelle Marktstraße";
    private const string Breakfast = "Gemeinsames Frühstück im Hof";
    private const string BenchSentence = "Der Bezirk stellt bis zum Frühjahr eine Bank an die Haltestelle.";
    private const string BreakfastSentence = "Das Nachbarschaftshaus leiht Tische und Bänke für das Frühstück.";

    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_PDF_protocol_holds_the_title_the_dot_results_and_the_recommendations_with_their_sentences()
    {
        var assembly = await EveningAsync(extraTopics: 0, longTexts: false);

        var file = await PdfAsync(assembly, "de");

        Assert.Equal("application/pdf", file.ContentType);
        Assert.EndsWith(".pdf", file.FileName, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(file.Content);
        var lines = pdf.GetPages().SelectMany(LinesOf).ToList();
        Assert.Contains("Protokoll: Kiezversammlung Süd", lines);
        Assert.Contains("Nachbarschaftszentrum", string.Join('\n', lines), StringComparison.Ordinal);

        // Number, topic, rank, dots of the main round, paper dots among them.
        Assert.Contains($"1 {Bench} 1 4 2", lines);
        Assert.Contains($"2 {Breakfast} 2 2 0", lines);

        var recommendations = lines.SkipWhile(l => l != "Empfehlungen der Versammlung").ToList();
        Assert.NotEmpty(recommendations);
        Assert.Equal($"1. Thema 2: {Breakfast}", recommendations[1]);
        Assert.Equal("Platz 2, 2 Punkte", recommendations[2]);
        Assert.Equal(BreakfastSentence, recommendations[3]);
        Assert.Equal($"2. Thema 1: {Bench}", recommendations[4]);
        Assert.Equal(BenchSentence, recommendations[6]);
        Assert.Contains("Erste Schritte: Hausverwaltung fragen", lines);
        Assert.Contains("Seite 1 von 1", lines);

        // A column header that fits whole is not hyphenated (it once came out as "Papierpunkte-" over an empty line).
        Assert.Contains("Papierpunkte", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task A_long_protocol_runs_over_several_numbered_pages_and_no_letter_leaves_the_page()
    {
        var assembly = await EveningAsync(extraTopics: 60, longTexts: true);

        using var pdf = PdfDocument.Open((await PdfAsync(assembly, "de")).Content);

        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 3, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            Assert.Contains($"Seite {page.Number} von {pages.Count}", LinesOf(page));
            var outside = page.Letters.Where(l => l.BoundingBox.Left < 0 || l.BoundingBox.Right > page.Width || l.BoundingBox.Bottom < 0 || l.BoundingBox.Top > page.Height).ToList();
            Assert.True(outside.Count == 0, $"page {page.Number}: '{string.Concat(outside.Select(l => l.Value))}' outside the page");
            var inMargin = page.Letters.Where(l => l.BoundingBox.Left < 40 || l.BoundingBox.Right > page.Width - 40).ToList();
            Assert.True(inMargin.Count == 0, $"page {page.Number}: '{string.Concat(inMargin.Select(l => l.Value))}' in the margin");
        }

        // The long word is broken with hyphens, and all its letters are there.
        var text = string.Concat(pages.SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains(LongWord, text.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(BenchSentence, string.Join(' ', pages.SelectMany(LinesOf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Arabic_PDF_prints_its_words_in_German_since_PDFsharp_cannot_join_Arabic_letters()
    {
        var assembly = await EveningAsync(extraTopics: 0, longTexts: false);

        using var pdf = PdfDocument.Open((await PdfAsync(assembly, "ar")).Content);

        var lines = pdf.GetPages().SelectMany(LinesOf).ToList();
        Assert.Contains("Empfehlungen der Versammlung", lines);
    }

    [Fact]
    public async Task Markdown_HTML_and_CSV_carry_the_recommendations_in_order_with_their_sentences()
    {
        var assembly = await EveningAsync(extraTopics: 0, longTexts: false);
        var exports = _host.Services.GetRequiredService<AssemblyExports>();

        var md = System.Text.Encoding.UTF8.GetString((await exports.CreateAsync(assembly, ExportFormat.ProtocolMarkdown, "de"))!.Content);
        var html = System.Text.Encoding.UTF8.GetString((await exports.CreateAsync(assembly, ExportFormat.ProtocolHtml, "en"))!.Content);
        var csv = System.Text.Encoding.UTF8.GetString((await exports.CreateAsync(assembly, ExportFormat.TopicsCsv, "de"))!.Content);

        Assert.Contains($"## Empfehlungen der Versammlung\n\n### 1\\. Thema 2: {Breakfast}\n\nPlatz 2, 2 Punkte\n\n> {BreakfastSentence}\n### 2\\. Thema 1:", md.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(html.IndexOf(BreakfastSentence, StringComparison.Ordinal) < html.IndexOf(BenchSentence, StringComparison.Ordinal));
        Assert.Contains("<h2>The assembly&#39;s recommendations</h2>", html, StringComparison.Ordinal);
        var rows = csv.Split("\r\n");
        Assert.EndsWith(",Empfehlung", rows[0], StringComparison.Ordinal);
        Assert.EndsWith($",2. {BenchSentence}", rows[1], StringComparison.Ordinal);
        Assert.EndsWith($",1. {BreakfastSentence}", rows[2], StringComparison.Ordinal);
    }

    private const string LongWord = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsbeitragsrückerstattungsantragsformular";

    private async Task<Guid> EveningAsync(int extraTopics, bool longTexts)
    {
        var created = await AssemblyApi.CreateAsync(_host, AssemblyApi.Request("Kiezversammlung Süd"));
        await using var facilitator = await FacilitatorDriver.ConnectAsync(_host, created);
        var people = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var person = Guid.NewGuid();
            await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), person, $"Person {i + 1}", Presence.InRoom));
            people.Add(person);
        }

        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        var bench = Guid.NewGuid();
        var breakfast = Guid.NewGuid();
        await facilitator.AddPaperTopicAsync(bench, Bench);
        await facilitator.AddPaperTopicAsync(breakfast, Breakfast);
        for (var i = 0; i < extraTopics; i++)
        {
            var text = longTexts && i % 3 == 0
                ? $"Thema {i}: {LongWord} und noch ein ziemlich langer Satz, damit die Zeile im Protokoll mehrmals umbricht"
                : $"Thema {i}: Ampel an der Kreuzung";
            await facilitator.AddPaperTopicAsync(Guid.NewGuid(), text[..Math.Min(text.Length, TextLimits.Topic)]);
        }

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), people[0], bench));
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), people[1], bench));
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), people[1], breakfast));
        await facilitator.DoAsync(new CastDot(Guid.NewGuid(), people[2], breakfast));
        await facilitator.DoAsync(new AdjustPaperDots(Guid.NewGuid(), bench, 2));
        await facilitator.DoAsync(new RevealVotes(Guid.NewGuid()));
        await facilitator.AdvanceToAsync(Phase.Results);

        await facilitator.DoAsync(new MarkRecommendation(Guid.NewGuid(), bench, BenchSentence));
        await facilitator.DoAsync(new MarkRecommendation(Guid.NewGuid(), breakfast, BreakfastSentence));
        await facilitator.DoAsync(new MoveRecommendation(Guid.NewGuid(), breakfast, 0));

        await facilitator.AdvanceToAsync(Phase.ProjectGroups);
        for (var i = 0; i < (longTexts ? 8 : 1); i++)
        {
            var group = Guid.NewGuid();
            await facilitator.DoAsync(new CreateProjectGroup(Guid.NewGuid(), group, $"Hof-Frühstück {i + 1}", breakfast));
            var steps = longTexts ? string.Join("\n", Enumerable.Range(1, 6).Select(s => $"{s}. Hausverwaltung fragen, ob der Hof am Sonntag frei ist, und {LongWord} ausfüllen")) : "Hausverwaltung fragen";
            await facilitator.DoAsync(new UpdateGroupProfile(Guid.NewGuid(), group, new GroupProfile(
                $"Hof-Frühstück {i + 1}", longTexts ? string.Concat(Enumerable.Repeat("Die Häuser am Hof kennen sich kaum. ", 12)) : "Die Häuser kennen sich kaum.",
                ["Ein Frühstück im Frühling"], null, steps[..Math.Min(steps.Length, TextLimits.ProfileField)], null, null, null, "hof@example.org")));
        }

        await facilitator.AdvanceToAsync(Phase.Closed);
        return created.AssemblyId;
    }

    private async Task<ExportFile> PdfAsync(Guid assembly, string language, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var file = await _host.Services.GetRequiredService<AssemblyExports>().CreateAsync(assembly, ExportFormat.ProtocolPdf, language);
        Assert.NotNull(file);

        // OV_PROTOCOL_PDF=folder keeps the files, to look at.
        if (Environment.GetEnvironmentVariable("OV_PROTOCOL_PDF") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{test}-{language}.pdf"), file.Content);
        }

        return file;
    }

    private static IEnumerable<string> LinesOf(Page page) => PdfText.LinesOf(page);
}
