using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;
using OffeneVersammlung.Testing;
using OffeneVersammlung.Testing.Languages;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>
/// Every language file of the host's resource sets against German, and every key the screens build at
/// run time ($"Move{trigger}", $"Phase{phase}", …) against German (and so, by parity, every language).
/// </summary>
public class ResourceParityTests
{
    private static readonly string Folder = RepositoryRoot.Combine("src", "Facilitator", "Resources");

    /// <summary>Every set in every registered language but German and Leichte Sprache, and in the pseudo-locale where it has one: a new language is held to every key by its line in the registry.</summary>
    public static TheoryData<string, string> FullTranslations()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "ScreenTexts", "ProjectorTexts", "DiagramTexts", "ExportTexts", "AnnouncementTexts", "GroupSpaceTexts" })
        {
            foreach (var tag in ResourceParity.FullTranslationTags)
            {
                data.Add(set, tag);
            }
        }

        foreach (var set in new[] { "ScreenTexts", "ProjectorTexts", "DiagramTexts", "AnnouncementTexts", "GroupSpaceTexts" })
        {
            data.Add(set, PseudoLocale.Tag);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FullTranslations))]
    public void A_full_translation_has_exactly_the_German_keys(string set, string tag)
    {
        var files = ResourceFile.SetOf(Folder, set);

        ResourceParity.AssertSameKeys(files["de"], files[tag]);
    }

    [Theory]
    [MemberData(nameof(FullTranslations))]
    public void A_translation_keeps_the_placeholders_of_every_German_text(string set, string tag)
    {
        var files = ResourceFile.SetOf(Folder, set);

        ResourceParity.AssertSamePlaceholders(files["de"], files[tag]);
    }

    [Theory]
    [InlineData("ScreenTexts")]
    [InlineData("ProjectorTexts")]
    [InlineData("DiagramTexts")]
    [InlineData("ExportTexts")]
    [InlineData("AnnouncementTexts")]
    [InlineData("GroupSpaceTexts")]
    public void Every_set_has_only_the_languages_of_the_registry(string set)
    {
        var tags = UiLanguages.All.Append(UiLanguages.Pseudo).Select(l => l.Tag).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(ResourceFile.SetOf(Folder, set).Keys, tag => Assert.Contains(tag, tags));
    }

    [Fact]
    public void Every_key_the_console_builds_from_an_enum_has_a_German_text()
    {
        var german = ResourceFile.SetOf(Folder, "ScreenTexts")["de"];

        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Phase>("Phase"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<PhaseTrigger>("Move"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<PhaseTrigger>("Move", "Plain"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<PhaseTrigger>("Confirm"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<AssemblyFormat>("Format"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<TopicVisibility>("Visibility"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Door>("Door"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Door>("DoorIs"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Mood>("Mood"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<ExportFormat>("Export"));
    }

    [Fact]
    public void Every_key_the_projector_diagrams_and_exports_build_has_a_German_text()
    {
        ResourceParity.AssertHasKeys(ResourceFile.SetOf(Folder, "ProjectorTexts")["de"], ResourceParity.KeysFor<Mood>("Mood"));

        var diagrams = ResourceFile.SetOf(Folder, "DiagramTexts")["de"];
        ResourceParity.AssertHasKeys(diagrams, ResourceParity.KeysFor<PhaseTrigger>("Trigger"));
        var arrowKinds = typeof(DiagramTexts).Assembly.GetType("OffeneVersammlung.Facilitator.Components.Diagrams.PhaseArrowKind", throwOnError: true)!;
        ResourceParity.AssertHasKeys(diagrams, Enum.GetNames(arrowKinds).Select(kind => "Arrow" + kind));

        // ExportTexts.Mood(index) names the steps 1 to 5, lowest first.
        ResourceParity.AssertHasKeys(ResourceFile.SetOf(Folder, "ExportTexts")["de"], Enum.GetValues<Mood>().Select((_, index) => $"Mood{index + 1}"));
    }

    [Theory]
    [InlineData("ScreenTexts")]
    [InlineData("ProjectorTexts")]
    [InlineData("DiagramTexts")]
    [InlineData("AnnouncementTexts")]
    [InlineData("GroupSpaceTexts")]
    public void The_pseudo_locale_is_generated_from_German(string set) => ResourceParity.AssertPseudoLocaleIsGenerated(Folder, set);
}
