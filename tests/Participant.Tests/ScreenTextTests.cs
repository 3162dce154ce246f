using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Resources;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

public class ScreenTextTests : ParticipantTestContext
{
    [Fact]
    public void A_refusal_is_read_out_in_German_in_the_live_region()
    {
        var cut = Render<StatusMessage>();

        cut.InvokeAsync(() => Services.GetRequiredService<Notices>().Refuse(RefusalCode.NoDotsLeft));

        cut.WaitForAssertion(() =>
        {
            var status = cut.Find("[role=status]");
            Assert.Equal("polite", status.GetAttribute("aria-live"));
            Assert.Equal("Du hast keine Punkte mehr.", status.TextContent.Trim());
        });
    }

    [Fact]
    public void The_mood_picker_is_a_labelled_group_of_five_labelled_choices()
    {
        var cut = Render<MoodPicker>();

        Assert.Equal("Wie geht es dir gerade?", cut.Find("fieldset > legend").TextContent);
        var choices = cut.FindAll("label.mood");
        Assert.Equal(Enum.GetValues<Mood>().Length, choices.Count);
        Assert.All(choices, label =>
        {
            Assert.NotNull(label.QuerySelector("input[type=radio]"));
            Assert.False(string.IsNullOrWhiteSpace(label.QuerySelector("span:not([aria-hidden])")?.TextContent));
        });
        Assert.Contains(choices, l => l.TextContent.Contains("Sehr gut", StringComparison.Ordinal));
    }

    [Fact]
    public void Choosing_a_mood_reports_it()
    {
        Mood? chosen = null;
        var cut = Render<MoodPicker>(p => p.Add(x => x.ValueChanged, (Mood? m) => chosen = m));

        cut.FindAll("input[type=radio]")[3].Change(true);

        Assert.Equal(Mood.Good, chosen);
    }

    [Fact]
    public void Plain_language_replaces_the_main_texts_and_falls_back_to_German_elsewhere()
    {
        var preference = Services.GetRequiredService<LanguagePreference>();
        var text = Services.GetRequiredService<UiText>();

        Assert.Equal("Was bewegt dich?", text["TopicsTitle"]);
        preference.Use(UiLanguages.Easy);

        Assert.Equal("Was ist dir wichtig?", text["TopicsTitle"]);
        Assert.Equal("Ziele", text["Goals"]);
        Assert.Equal("Du hast keine Punkte mehr.", text.Refusal(RefusalCode.NoDotsLeft));
        Assert.Equal("Die Versammlung lässt gerade niemanden mehr herein.", text.Refusal(RefusalCode.DoorClosed));
    }
}
