using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Screens;

namespace OffeneVersammlung.Facilitator.Components.Tests;

public class OpeningFormTests
{
    private static readonly AssemblyTemplate Template = new(
        "test-plenum",
        LocalizedText.Of(("de", "Plenum")),
        LocalizedText.Of(("de", "Reden und Aussprache")),
        [new PhasePlan(Phase.Welcome, 5, null), new PhasePlan(Phase.Discussion, 30, LocalizedText.Of(("de", "Was meint ihr?")))],
        new VotingRules(3, 2),
        new GroupRules(2, 6, 3),
        false,
        FirstTimeSpeakersFirst: true);

    [Fact]
    public void The_start_page_takes_over_the_templates_discussion_and_speaking_order_and_the_facilitator_may_change_it()
    {
        var form = new OpeningForm();
        form.StartFrom(Template);

        Assert.True(form.FirstTimeSpeakersFirst);
        Assert.Contains(form.Phases, p => p is { Phase: Phase.Discussion, Included: true, TimeboxMinutes: 30 });
        Assert.True(form.ToTemplate().FirstTimeSpeakersFirst);

        form.FirstTimeSpeakersFirst = false;

        Assert.False(form.ToTemplate().FirstTimeSpeakersFirst);
        Assert.Equal("Was meint ihr?", form.ToTemplate().PlanFor(Phase.Discussion)!.Prompt!.Texts["de"]);
    }
}
