using System.Net;
using System.Text.RegularExpressions;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Resources;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Languages;

/// <summary>
/// The host's screens and exports take their languages from <see cref="UiLanguages"/> and from the
/// resource files that exist: a language reaches them by its files and its one registration line, and
/// every registered language lands on a language they speak.
/// </summary>
public sealed partial class HostLanguageTests(HostFactory host) : IClassFixture<HostFactory>
{
    private static readonly string Resources = RepositoryRoot.Combine("src", "Facilitator", "Resources");

    public static TheoryData<string> Registered => [.. UiLanguages.All.Select(l => l.Tag)];

    [Theory]
    [MemberData(nameof(Registered))]
    public void Every_registered_language_lands_on_its_own_screen_texts_or_its_fallback(string tag)
    {
        var language = UiLanguages.Of(tag);
        var expected = HasFiles(language, "ScreenTexts") && HasFiles(language, "ProjectorTexts") ? language : ScreenLanguages.Of(language.FallbackTag);

        Assert.Equal(expected, ScreenLanguages.Of(tag));
        Assert.Contains(ScreenLanguages.Of(tag), ScreenLanguages.All);
        Assert.Equal(expected == language, ScreenLanguages.All.Contains(language));
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public void Every_registered_language_lands_on_its_own_export_texts_or_its_fallback(string tag)
    {
        var language = UiLanguages.Of(tag);
        var expected = HasFiles(language, "ExportTexts") ? language : ExportTexts.LanguageFor(language.FallbackTag);

        Assert.Equal(expected.Tag, ExportTexts.For(tag).Language);
        Assert.Equal(expected == language, ExportTexts.Languages.Contains(language));
    }

    [Fact]
    public void Every_resource_file_of_the_host_is_in_a_registered_language()
    {
        // The pseudo-locale is registered apart from the languages people choose (UiLanguages.Pseudo).
        var unregistered = Directory.EnumerateFiles(Resources, "*.resx")
            .Select(f => CultureSuffix().Match(Path.GetFileName(f)))
            .Where(m => m.Success && !UiLanguages.IsRegistered(m.Groups[1].Value) && !string.Equals(m.Groups[1].Value, UiLanguages.Pseudo.Tag, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Value)
            .ToList();

        Assert.True(unregistered.Count == 0, "Register these languages in UiLanguages: " + string.Join(", ", unregistered));
    }

    [Theory]
    [MemberData(nameof(Registered))]
    [InlineData("fr")]
    public async Task The_language_switch_takes_exactly_the_languages_the_screens_speak(string tag)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var response = await http.GetAsync($"language/{tag}?back=/");

        if (ScreenLanguages.All.Any(l => l.Tag == tag))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains($"c%3D{Uri.EscapeDataString(tag)}%7C", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("de", "Ablauf: Offene Versammlung")]
    [InlineData("en", "Running order: Open Assembly")]
    [InlineData("de-x-ls", "Ablauf: Offene Versammlung")]
    public void An_export_names_the_template_in_the_export_s_language(string tag, string line)
    {
        var protocol = new AssemblyProtocol(
            Guid.NewGuid(), 3, "Kiez", null, null, AssemblyFormat.InRoom,
            new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Offene Versammlung", ["en"] = "Open Assembly" }),
            Phase.Closed, null, null, new ParticipantCounts(0, 0, 0, 0),
            new MoodBoard(0, [0, 0, 0, 0, 0], []), new MoodBoard(0, [0, 0, 0, 0, 0], []), [], [], [], [], []);

        var facts = new ProtocolLabels(protocol, ExportTexts.For(tag)).Facts().Select(f => $"{f.Label}: {f.Value}");

        Assert.Contains(line, facts);
    }

    private static bool HasFiles(UiLanguage language, string resources) =>
        language == UiLanguages.Default || File.Exists(Path.Combine(Resources, $"{resources}.{language.Tag}.resx"));

    [GeneratedRegex(@"^[A-Za-z]+\.([A-Za-z0-9-]+)\.resx$")]
    private static partial Regex CultureSuffix();
}
