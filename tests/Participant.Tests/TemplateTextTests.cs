using System.Text.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>The template's texts reach the phone as a map of language tag → text, the plain object of the template file.</summary>
public class TemplateTextTests : ParticipantTestContext
{
    private static readonly LocalizedTextView Welcome = new(new Dictionary<string, string> { ["de"] = "Willkommen!", ["en"] = "Welcome!" });

    [Fact]
    public void A_template_text_travels_as_the_plain_object_of_tags_a_phone_of_the_build_before_also_reads()
    {
        var json = JsonSerializer.Serialize(Welcome, Wire.Json);

        Assert.Equal("""{"de":"Willkommen!","en":"Welcome!"}""", json);
        Assert.Equal(Welcome, JsonSerializer.Deserialize<LocalizedTextView>(json, Wire.Json));
    }

    [Fact]
    public void Two_views_of_the_same_texts_are_equal_whatever_the_order_of_their_languages()
    {
        var reordered = new LocalizedTextView(new Dictionary<string, string> { ["en"] = "Welcome!", ["de"] = "Willkommen!" });

        Assert.Equal(Welcome, reordered);
        Assert.Equal(Welcome.GetHashCode(), reordered.GetHashCode());
        Assert.NotEqual(Welcome, new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Willkommen!" }));
    }

    [Fact]
    public void A_template_s_own_leichte_sprache_comes_before_the_phone_s_generic_prompt()
    {
        var prompt = new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Welche Themen bringt ihr mit?", ["de-x-ls"] = "Schreib dein Thema auf." });
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        Assert.Equal("Schreib dein Thema auf.", Services.GetRequiredService<UiText>().Prompt(Phase.TopicCollection, prompt));
    }

    [Fact]
    public void In_English_a_prompt_without_an_english_text_is_the_german_one()
    {
        var prompt = new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Welche Themen bringt ihr mit?" });
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.English);

        Assert.Equal("Welche Themen bringt ihr mit?", Services.GetRequiredService<UiText>().Prompt(Phase.TopicCollection, prompt));
    }
}
