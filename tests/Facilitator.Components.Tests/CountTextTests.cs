using System.Globalization;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Components.Console;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>Counts on the console read right for none, one and many, in German and in English.</summary>
public class CountTextTests : ScreenTestContext
{
    [Theory]
    [InlineData("de-DE", 0, "0 Antworten")]
    [InlineData("de-DE", 1, "1 Antwort")]
    [InlineData("de-DE", 2, "2 Antworten")]
    [InlineData("en-GB", 0, "0 answers")]
    [InlineData("en-GB", 1, "1 answer")]
    [InlineData("en-GB", 2, "2 answers")]
    public void The_mood_summary_counts_answers_in_the_singular_for_one(string culture, int answers, string said)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var board = new MoodBoard(answers, [answers, 0, 0, 0, 0], []);

        var summary = Render<MoodSummary>(p => p.Add(c => c.Board, board).Add(c => c.Heading, "Check-in"));

        Assert.Equal(said, summary.Find("h2 + p").TextContent);
    }

    [Theory]
    [InlineData("de-DE", 1, "1 Thema wartet auf Freigabe.")]
    [InlineData("de-DE", 2, "2 Themen warten auf Freigabe.")]
    [InlineData("en-GB", 1, "1 topic waiting for approval.")]
    [InlineData("en-GB", 2, "2 topics waiting for approval.")]
    public void The_moderation_queue_counts_topics_in_the_singular_for_one(string culture, int waiting, string said)
    {
        var evening = new Evening(Evening.Template() with { ModerateTopics = true });
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        for (var i = 1; i <= waiting; i++)
        {
            evening.SubmitTopic(amal, $"Thema {i}");
        }

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var list = Render<TopicModeration>(p => p.Add(c => c.View, evening.View));

        Assert.Equal(said, list.Find(".notice").TextContent);
    }

    [Theory]
    [InlineData(1, "Thema 1: 1 Papierpunkt")]
    [InlineData(2, "Thema 1: 2 Papierpunkte")]
    public void The_paper_dots_of_a_topic_are_labelled_in_the_singular_for_one(int dots, string label)
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        var benches = evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        evening.AdvanceTo(Phase.DotVoting);
        evening.PaperDots(benches, dots);

        var panel = Render<VotingPanel>(p => p.Add(c => c.View, evening.View));

        Assert.Equal(label, panel.Find(".paper-dots .number").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("de-DE", 1, "1 Punkt pro Person, höchstens 1 pro Thema")]
    [InlineData("de-DE", 2, "2 Punkte pro Person, höchstens 1 pro Thema")]
    [InlineData("en-GB", 1, "1 dot per person, at most 1 per topic")]
    [InlineData("en-GB", 2, "2 dots per person, at most 1 per topic")]
    public void The_voting_rules_count_the_dots_per_person_in_the_singular_for_one(string culture, int dots, string said)
    {
        var evening = new Evening(Evening.Template() with { Voting = new(dots, 1) });
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        evening.AdvanceTo(Phase.DotVoting);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var panel = Render<VotingPanel>(p => p.Add(c => c.View, evening.View));

        Assert.Equal(said, panel.Find(".rules").TextContent);
    }
}
