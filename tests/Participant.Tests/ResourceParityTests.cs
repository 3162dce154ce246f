using OffeneVersammlung.Contracts;
using OffeneVersammlung.Testing;
using OffeneVersammlung.Testing.Languages;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>
/// Every language file of the phone's resource sets against German, and every key the phone builds at
/// run time ("Phase" + phase, a refusal code's name) against German (and so, by parity, every language).
/// </summary>
public class ResourceParityTests
{
    private static readonly string Folder = RepositoryRoot.Combine("src", "Participant", "Resources");

    /// <summary>Every set in every registered language but German and Leichte Sprache, and in the pseudo-locale where it has one: a new language is held to every key by its line in the registry.</summary>
    public static TheoryData<string, string> FullTranslations()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "Texts", "RefusalTexts" })
        {
            foreach (var tag in ResourceParity.FullTranslationTags)
            {
                data.Add(set, tag);
            }
        }

        foreach (var set in new[] { "Texts", "RefusalTexts" })
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

    /// <summary>
    /// Leichte Sprache is partial by design (what it lacks is German), may bring a phase's prompt of its
    /// own and the "None"/"One" form of a German counted text where its sentence needs one.
    /// </summary>
    [Theory]
    [InlineData("Texts")]
    [InlineData("RefusalTexts")]
    public void Leichte_Sprache_has_only_German_keys_its_own_prompts_and_counted_forms(string set)
    {
        var files = ResourceFile.SetOf(Folder, set);
        var german = files["de"];
        var prompts = ResourceParity.KeysFor<Phase>("Prompt").ToHashSet(StringComparer.Ordinal);

        ResourceParity.AssertOnlyGermanKeys(german, files[UiLanguages.Easy.Tag], key =>
            prompts.Contains(key)
            || (key.EndsWith("None", StringComparison.Ordinal) && german.Texts.ContainsKey(key[..^4]))
            || (key.EndsWith("One", StringComparison.Ordinal) && german.Texts.ContainsKey(key[..^3])));
    }

    [Fact]
    public void Every_set_has_only_the_languages_of_the_registry()
    {
        var tags = UiLanguages.All.Append(UiLanguages.Pseudo).Select(l => l.Tag).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(new[] { "Texts", "RefusalTexts" }.SelectMany(set => ResourceFile.SetOf(Folder, set).Keys), tag => Assert.Contains(tag, tags));
    }

    [Fact]
    public void Every_phase_visibility_and_mood_the_phone_names_has_a_German_text()
    {
        var german = ResourceFile.SetOf(Folder, "Texts")["de"];

        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Phase>("Phase"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<TopicVisibility>("Visibility"));
        ResourceParity.AssertHasKeys(german, ResourceParity.KeysFor<Mood>("Mood"));
    }

    [Fact]
    public void Every_refusal_code_has_a_German_sentence()
    {
        ResourceParity.AssertHasKeys(ResourceFile.SetOf(Folder, "RefusalTexts")["de"], ResourceParity.KeysFor<RefusalCode>(""));
    }

    [Theory]
    [InlineData("Texts")]
    [InlineData("RefusalTexts")]
    public void The_pseudo_locale_is_generated_from_German(string set) => ResourceParity.AssertPseudoLocaleIsGenerated(Folder, set);
}
