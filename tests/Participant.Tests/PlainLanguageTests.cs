using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>Leichte Sprache: whole short sentences, the right singular, and its own words for each phase's work.</summary>
public class PlainLanguageTests : ParticipantTestContext
{
    private static readonly LocalizedTextView GroupsPrompt = new(new Dictionary<string, string>
    {
        ["de"] = "Such dir eine Gruppe aus. Was wollt ihr erreichen, was ist der erste Schritt?",
        ["en"] = "Pick a group. What do you want to reach, what is the first step?",
    });

    [Fact]
    public void A_group_names_its_members_in_whole_sentences()
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        var cut = RenderGroup(3, 3, "Anna", "Bernd", "Cem");

        Assert.Equal("3 Menschen sind in der Gruppe: Anna, Bernd, Cem. Höchstens 3 Menschen können mitmachen.", MembersLine(cut));
    }

    [Theory]
    [InlineData(1, "1 Mensch ist in der Gruppe: Anna. Höchstens 6 Menschen können mitmachen.")]
    [InlineData(0, "Noch niemand ist in der Gruppe. Höchstens 6 Menschen können mitmachen.")]
    public void A_group_with_one_member_or_none_says_so_in_the_singular(int members, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        var cut = RenderGroup(members, 6, [.. new[] { "Anna" }.Take(members)]);

        Assert.Equal(said, MembersLine(cut));
    }

    [Theory]
    [InlineData(0, "Noch niemand ist in der Gruppe. Höchstens 1 Mensch kann mitmachen.")]
    [InlineData(1, "1 Mensch ist in der Gruppe: Anna. Höchstens 1 Mensch kann mitmachen.")]
    public void A_group_for_at_most_one_person_says_its_limit_in_the_singular(int members, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        var cut = RenderGroup(members, 1, [.. new[] { "Anna" }.Take(members)]);

        Assert.Equal(said, MembersLine(cut));
    }

    [Theory]
    [InlineData("de", "1 von höchstens 1 dabei: Anna")]
    [InlineData("en", "1 of at most 1 in: Anna")]
    public void In_German_and_English_the_limit_of_one_reads_as_before(string language, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Of(language));

        Assert.Equal(said, MembersLine(RenderGroup(1, 1, "Anna")));
    }

    [Fact]
    public void In_German_the_member_line_stays_as_it_was()
    {
        var cut = RenderGroup(3, 6, "Anna", "Bernd", "Cem");

        Assert.Equal("3 von höchstens 6 dabei: Anna, Bernd, Cem", MembersLine(cut));
    }

    [Theory]
    [InlineData("DotsLeft", 1, "Du hast noch 1 Punkt.")]
    [InlineData("DotsLeft", 0, "Du hast keine Punkte mehr.")]
    [InlineData("DotsLeft", 2, "Du hast noch 2 Punkte.")]
    [InlineData("PeopleHere", 1, "1 Mensch macht mit.")]
    [InlineData("WaitingToSend", 1, "1 Sache wartet. Sie wird später geschickt.")]
    [InlineData("VoteHint", 1, "Tippe auf + bei wichtigen Themen. Höchstens 1 Punkt pro Thema. Niemand sieht deine Punkte.")]
    [InlineData("RunOffDots", 1, "Zweite Wahl: 1 Punkt")]
    public void A_count_of_one_or_none_reads_naturally(string key, int count, string said)
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        Assert.Equal(said, Services.GetRequiredService<UiText>().Count(key, count, 3));
    }

    [Fact]
    public void In_the_groups_phase_the_prompt_is_in_plain_language()
    {
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        var cut = Render<PhaseScreen>(p => p
            .Add(x => x.Board, Views.Board(Phase.ProjectGroups) with { Prompt = GroupsPrompt })
            .Add(x => x.Own, Views.Own(0)));

        Assert.Equal(
            "Such dir eine Gruppe aus. In der Gruppe macht ihr einen Plan. Was wollt ihr schaffen? Was macht ihr als Erstes?",
            cut.Find(".prompt").TextContent);
    }

    [Fact]
    public void In_German_and_English_the_prompt_is_the_templates_own()
    {
        var text = Services.GetRequiredService<UiText>();
        var preference = Services.GetRequiredService<LanguagePreference>();

        Assert.Equal(GroupsPrompt.Texts["de"], text.Prompt(Phase.ProjectGroups, GroupsPrompt));
        preference.Use(UiLanguages.English);
        Assert.Equal(GroupsPrompt.Texts["en"], text.Prompt(Phase.ProjectGroups, GroupsPrompt));
        preference.Use(UiLanguages.Easy);
        Assert.Null(text.Prompt(Phase.ProjectGroups, null));
    }

    [Theory]
    [InlineData(Phase.CheckIn)]
    [InlineData(Phase.TopicCollection)]
    [InlineData(Phase.Clustering)]
    [InlineData(Phase.DotVoting)]
    [InlineData(Phase.Results)]
    [InlineData(Phase.ProjectGroups)]
    [InlineData(Phase.CheckOut)]
    public void Every_phase_with_work_to_do_has_its_own_plain_language_prompt(Phase phase)
    {
        var template = new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Ein Satz aus der Vorlage.", ["en"] = "A sentence from the template." });
        Services.GetRequiredService<LanguagePreference>().Use(UiLanguages.Easy);

        var prompt = Services.GetRequiredService<UiText>().Prompt(phase, template);

        Assert.False(string.IsNullOrWhiteSpace(prompt));
        Assert.NotEqual(template.Texts["de"], prompt);
    }

    private IRenderedComponent<GroupsPhase> RenderGroup(int members, int maxSize, params string[] names)
    {
        var profile = new GroupProfileView("Mehr Bänke", null, [], null, null, null, null, null, null);
        var group = new GroupCard(Guid.NewGuid(), 1, Views.Benches, profile, members, names, 1, maxSize);
        return Render<GroupsPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.ProjectGroups) with { Groups = [group] })
            .Add(x => x.Own, Views.Own(0)));
    }

    private static string MembersLine(IRenderedComponent<GroupsPhase> cut) =>
        cut.Find(".group h2 + p").TextContent.Trim();
}
