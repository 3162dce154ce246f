using Microsoft.AspNetCore.Components;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;
using static OffeneVersammlung.Testing.Forms.FormBounds;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>Every field on the phone allows exactly what the engine accepts, so nobody types what is then refused.</summary>
public class FormBoundsTests : ParticipantTestContext
{
    [Fact]
    public void Joining_allows_the_pseudonym_the_engine_allows()
    {
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        var join = Render<JoinForm>(p => p.Add(x => x.Ready, true));

        AssertMatch(join.Nodes, new Dictionary<string, Bound>
        {
            // The join code is the host's (six characters, spaces and dashes dropped), not a text the engine keeps.
            ["Code"] = Bound.Length(16),
            ["Dein Name (freiwillig)"] = Bound.Length(TextLimits.Pseudonym),
        });
    }

    [Theory]
    [InlineData(CommandKind.CheckIn)]
    [InlineData(CommandKind.CheckOut)]
    public void The_mood_word_allows_what_the_engine_allows(CommandKind kind)
    {
        var mood = Render<MoodPhase>(p => p.Add(x => x.Kind, kind));

        AssertMatch(mood.Nodes, new Dictionary<string, Bound> { ["Ein Wort dazu"] = Bound.Length(TextLimits.CheckInWord) });
    }

    [Fact]
    public void A_topic_and_its_edit_allow_what_the_engine_allows()
    {
        var own = new OwnTopic(Guid.NewGuid(), 3, "Ampel an der Schule", null, TopicVisibility.Shown);
        var topics = Render<TopicsPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.TopicCollection))
            .Add(x => x.Own, Views.Own(3) with { OwnTopics = [own] }));
        topics.Find("button[aria-label='Thema ändern: Ampel an der Schule']").Click();

        AssertMatch(topics.Nodes, new Dictionary<string, Bound>
        {
            ["Dein Thema"] = Bound.Length(TextLimits.Topic),
            ["Thema ändern"] = Bound.Length(TextLimits.Topic),
        });
    }

    [Fact]
    public void A_group_profile_allows_what_the_engine_allows()
    {
        var form = Render<GroupProfileForm>(p => p
            .Add(x => x.GroupId, Guid.NewGuid())
            .Add(x => x.Profile, new GroupProfileView("Hof-Frühstück", null, [], null, null, null, null, null, null)));

        AssertMatch(form.Nodes, new Dictionary<string, Bound>
        {
            ["Name der Gruppe"] = Bound.Length(TextLimits.GroupName),
            ["Was wollen wir lösen?"] = Bound.Length(TextLimits.ProfileField),
            ["Ziel 1"] = Bound.Length(TextLimits.ProfileGoal),
            ["Ziel 2"] = Bound.Length(TextLimits.ProfileGoal),
            ["Ziel 3"] = Bound.Length(TextLimits.ProfileGoal),
            ["Woran sehen wir Erfolg?"] = Bound.Length(TextLimits.ProfileField),
            ["Erste Schritte"] = Bound.Length(TextLimits.ProfileField),
            ["Nächstes Treffen: Ort"] = Bound.Length(TextLimits.Place),
            ["Welche Unterstützung brauchen wir?"] = Bound.Length(TextLimits.ProfileField),
            ["Kontakt (nur für die Gruppe)"] = Bound.Length(TextLimits.ProfileField),
        });
    }
}
