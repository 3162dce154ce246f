using MessagePack;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Tests.Templates;

/// <summary>A template's texts are a map of language tag → text: any language of the tool, German always.</summary>
public class TemplateLanguageTests
{
    private static readonly LocalizedText Welcome = LocalizedText.Of(("de", "Willkommen"), ("en", "Welcome"));

    [Theory]
    [InlineData("de", "Willkommen")]
    [InlineData("en", "Welcome")]
    [InlineData("en-GB", "Welcome")]
    [InlineData("EN", "Welcome")]
    [InlineData("de-x-ls", "Willkommen")]
    [InlineData("fr", "Willkommen")]
    [InlineData("tr", "Willkommen")]
    [InlineData("ar", "Willkommen")]
    [InlineData(null, "Willkommen")]
    public void A_text_shows_in_the_language_asked_for_or_falls_back_to_German(string? tag, string shown) =>
        Assert.Equal(shown, Welcome.For(tag));

    [Fact]
    public void A_language_with_its_own_text_shows_its_own()
    {
        var text = LocalizedText.Of(("de", "Willkommen"), ("de-x-ls", "Schön, dass Sie da sind."));

        Assert.Equal("Schön, dass Sie da sind.", text.For("de-x-ls"));
        Assert.Equal("Willkommen", text.For("en"));
    }

    [Fact]
    public void A_blank_text_counts_as_missing() =>
        Assert.Equal("Willkommen", LocalizedText.Of(("de", "Willkommen"), ("en", " ")).For("en"));

    [Fact]
    public void The_same_texts_in_any_order_and_case_are_the_same_text_and_the_same_stored_bytes()
    {
        var other = LocalizedText.Of(("EN", "Welcome"), ("de", "Willkommen"));

        Assert.Equal(Welcome, other);
        Assert.Equal(Welcome.GetHashCode(), other.GetHashCode());
        Assert.Equal(["de", "en"], other.Texts.Keys);
        Assert.Equal(MessagePackSerializer.Serialize(Welcome, EventSerializer.Options), MessagePackSerializer.Serialize(other, EventSerializer.Options));
    }

    [Fact]
    public void A_template_may_be_written_in_any_language_of_the_tool_and_is_written_back_in_the_registry_s_order()
    {
        var template = TemplateJson.Parse(ValidTemplateJson.Text.Replace(
            "\"name\": { \"de\": \"Test\", \"en\": \"Test\" }",
            "\"name\": { \"de-x-ls\": \"Ein Test\", \"en\": \"A test\", \"de\": \"Test\" }"));

        Assert.Equal("Ein Test", template.Name.For("de-x-ls"));
        Assert.Contains("\"name\": {\n    \"de\": \"Test\",\n    \"en\": \"A test\",\n    \"de-x-ls\": \"Ein Test\"\n  }", TemplateJson.Write(template).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_text_in_a_language_the_tool_does_not_know_is_refused_with_the_languages_it_knows()
    {
        var refused = Assert.Throws<TemplateInvalidException>(() => TemplateJson.Parse(ValidTemplateJson.Text.Replace(
            "\"description\": { \"de\": \"Test\", \"en\": \"Test\" }",
            "\"description\": { \"de\": \"Test\", \"fr\": \"Essai\" }")));

        Assert.Equal("description is written in \"fr\", which is not a language of the tool (de, en, de-x-ls, tr, ar, uk)", refused.Message);
    }

    [Fact]
    public void A_template_text_without_German_is_refused()
    {
        var refused = Assert.Throws<TemplateInvalidException>(() => TemplateJson.Parse(ValidTemplateJson.Text.Replace(
            "{ \"phase\": \"CheckIn\", \"timeboxMinutes\": 10, \"prompt\": null }",
            "{ \"phase\": \"CheckIn\", \"timeboxMinutes\": 10, \"prompt\": { \"en\": \"How are you?\" } }")));

        Assert.Equal("the prompt of CheckIn needs a text in Deutsch (\"de\"), which every other language falls back to", refused.Message);
    }

    [Fact]
    public void A_template_text_given_twice_in_one_language_is_refused() =>
        Assert.Throws<TemplateInvalidException>(() => TemplateJson.Parse(ValidTemplateJson.Text.Replace(
            "\"name\": { \"de\": \"Test\", \"en\": \"Test\" }",
            "\"name\": { \"de\": \"Test\", \"DE\": \"Noch ein Test\" }")));
}
