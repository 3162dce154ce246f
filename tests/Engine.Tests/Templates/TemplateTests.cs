using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Templates;

public class TemplateTests
{
    [Fact]
    public void Every_template_in_the_seeds_folder_loads_and_is_sound()
    {
        var templates = TemplateDirectory.Load(RepositoryRoot.Seeds("templates"));

        Assert.Equal(["erzaehlcafe", "folgetreffen", "offene-versammlung", "online-bistro", "online-workshop"], templates.Select(t => t.Id));
        Assert.All(templates, t => Assert.Null(TemplateValidator.FindProblem(t)));
        Assert.All(templates, t => Assert.All(t.Phases, p => Assert.NotNull(p.Prompt)));
    }

    [Fact]
    public void Every_text_of_every_seed_template_is_written_in_every_language_of_the_screens()
    {
        // Leichte Sprache is the phone's own; the seeds leave it to the phone's general prompts.
        var languages = UiLanguages.All.Where(l => l != UiLanguages.Easy).Select(l => l.Tag).ToList();
        var missing = TemplateDirectory.Load(RepositoryRoot.Seeds("templates"))
            .SelectMany(t => new[] { ($"{t.Id} name", t.Name), ($"{t.Id} description", t.Description) }
                .Concat(t.Phases.Where(p => p.Prompt is not null).Select(p => ($"{t.Id} {p.Phase}", p.Prompt!))))
            .SelectMany(text => languages.Where(tag => string.IsNullOrWhiteSpace(text.Item2.Texts.GetValueOrDefault(tag))).Select(tag => $"{text.Item1} ({tag})"))
            .ToList();

        Assert.True(missing.Count == 0, "Seed texts without their language: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_template_survives_writing_and_reading_again()
    {
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == "offene-versammlung");

        var again = TemplateJson.Parse(TemplateJson.Write(template));

        Assert.Equal(TemplateJson.Write(template), TemplateJson.Write(again));
        Assert.Equal(Phase.Welcome, again.Phases[0].Phase);
    }

    public static TheoryData<string, string> BrokenTemplates() => new()
    {
        { ValidTemplateJson.Text.Replace("\"offene-test\"", "\"Offene Test\""), "kebab-case" },
        { ValidTemplateJson.Text.Replace("\"phases\": [", "\"phases\": [ { \"phase\": \"Lobby\", \"timeboxMinutes\": 5, \"prompt\": null },"), "implicit" },
        { ValidTemplateJson.Text.Replace("\"DotVoting\"", "\"Welcome\""), "natural order" },
        { ValidTemplateJson.Text.Replace("\"timeboxMinutes\": 10", "\"timeboxMinutes\": 0"), "timeboxes" },
        { ValidTemplateJson.Text.Replace("{ \"phase\": \"TopicCollection\", \"timeboxMinutes\": 15, \"prompt\": null },", string.Empty), "needs topic collection" },
        { ValidTemplateJson.Text.Replace("{ \"phase\": \"DotVoting\", \"timeboxMinutes\": 5, \"prompt\": null },", string.Empty), "results need dot voting" },
        { ValidTemplateJson.Text.Replace("\"dotsPerPerson\": 5", "\"dotsPerPerson\": 50"), "dots per person" },
        { ValidTemplateJson.Text.Replace("\"maxDotsPerTopic\": 3", "\"maxDotsPerTopic\": 6"), "cap per topic" },
        { ValidTemplateJson.Text.Replace("\"minSize\": 3", "\"minSize\": 9"), "group sizes" },
        { ValidTemplateJson.Text.Replace("\"groupsFromTopTopics\": 4", "\"groupsFromTopTopics\": 0"), "top topics" },
        { ValidTemplateJson.Text.Replace("\"phases\": [", "\"phases\": [ { \"phase\": \"Dancing\", \"timeboxMinutes\": 5, \"prompt\": null },"), "not a template" },
        { "{ \"id\": \"x\" }", "not a template" },
        { "null", "empty" },
    };

    [Theory]
    [MemberData(nameof(BrokenTemplates))]
    public void A_broken_template_is_refused_with_a_reason(string json, string reason)
    {
        var refused = Assert.Throws<TemplateInvalidException>(() => TemplateJson.Parse(json));

        Assert.Contains(reason, refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_valid_example_of_these_tests_parses()
    {
        Assert.Equal("offene-test", TemplateJson.Parse(ValidTemplateJson.Text).Id);
    }
}
