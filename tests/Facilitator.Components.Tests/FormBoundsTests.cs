using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Components.Console;
using OffeneVersammlung.Facilitator.Components.Pages;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Facilitator.Throttling;
using OffeneVersammlung.Participant.Services;
using static OffeneVersammlung.Testing.Forms.FormBounds;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>
/// Every field of the start page and the console allows exactly what the engine accepts: as long a text,
/// as small and as large a number. A facilitator must never type what the engine then refuses.
/// </summary>
public class FormBoundsTests : ScreenTestContext
{
    [Fact]
    public void The_start_page_bounds_every_field_by_the_engine_s_limits()
    {
        var options = Options.Create(new OffeneVersammlungOptions { AdminToken = "needed-so-its-field-shows" });
        var catalog = new SeedTemplateCatalog(Options.Create(new OffeneVersammlungOptions()));
        Services.AddSingleton<IOptions<OffeneVersammlungOptions>>(options);
        Services.AddSingleton<ITemplateCatalog>(catalog);
        Services.AddSingleton(new DemoEvening(catalog));
        Services.AddSingleton(TimeProvider.System);
        // Only rendered here, never used: opening an assembly is covered by the browser tests against the real host.
        Services.AddSingleton(new AssemblyOpening(null!, null!, TimeProvider.System, NullLogger<AssemblyOpening>.Instance));
        Services.AddSingleton(new PublicAddress(options, null!));
        Services.AddSingleton(new OpeningLimit(options, TimeProvider.System));
        Services.AddSingleton(sp => new DeviceAssemblies(new BrowserStorage(sp.GetRequiredService<Microsoft.JSInterop.IJSRuntime>())));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

        var page = Render<Home>();
        page.Find("input[type=radio][name=template][value=offene-versammlung]").Change(true);

        var timebox = Bound.Range(TemplateValidator.MinTimeboxMinutes, TemplateValidator.MaxTimeboxMinutes);
        AssertMatch(page.Nodes, new Dictionary<string, Bound>
        {
            ["Titel"] = Bound.Length(TextLimits.Title),
            ["Ort (oder Online-Raum)"] = Bound.Length(TextLimits.Place),
            ["Minuten für Willkommen"] = timebox,
            ["Minuten für Check-in"] = timebox,
            ["Minuten für Themen sammeln"] = timebox,
            ["Minuten für Themen ordnen"] = timebox,
            ["Minuten für Punkte vergeben"] = timebox,
            ["Minuten für Ergebnis"] = timebox,
            ["Minuten für Aussprache"] = timebox,
            ["Minuten für Projektgruppen"] = timebox,
            ["Minuten für Check-out"] = timebox,
            ["Punkte pro Person"] = Bound.Range(VotingRules.MinDots, VotingRules.MaxDots),
            ["Höchstens Punkte pro Thema"] = Bound.Range(VotingRules.MinDots, VotingRules.MaxDots),
            ["Gruppe mindestens"] = Bound.Range(TemplateValidator.MinGroupSize, TemplateValidator.MaxGroupSize),
            ["Gruppe höchstens"] = Bound.Range(TemplateValidator.MinGroupSize, TemplateValidator.MaxGroupSize),
            // The server's admin token is the host's secret, not a text the engine keeps.
            ["Admin-Schlüssel dieses Servers"] = Bound.None,
        });
    }

    [Fact]
    public void Editing_a_topic_on_the_console_allows_what_the_engine_allows()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "Mehr Bänke");

        var list = Render<TopicModeration>(p => p.Add(c => c.View, evening.View));
        list.Find("button[aria-label='Thema 1 bearbeiten']").Click();

        AssertMatch(list.Nodes, TopicFields);
    }

    [Fact]
    public void A_paper_card_allows_what_the_engine_allows()
    {
        AssertMatch(Render<PaperTopicForm>().Nodes, TopicFields);
    }

    [Theory]
    [InlineData(Phase.Lobby)]
    [InlineData(Phase.CheckIn)]
    [InlineData(Phase.TopicCollection)]
    [InlineData(Phase.CheckOut)]
    public void Speaking_for_people_without_a_phone_allows_what_the_engine_allows(Phase phase)
    {
        var evening = new Evening(Evening.Template(leaveOut: [Phase.Clustering, Phase.DotVoting, Phase.Results]));
        evening.JoinOnPaper("Heinz");
        evening.AdvanceTo(phase);

        var people = Render<PaperPeople>(p => p.Add(c => c.View, evening.View));

        var expected = new Dictionary<string, Bound> { ["Name"] = Bound.Length(TextLimits.Pseudonym) };
        if (phase == Phase.TopicCollection)
        {
            expected["Thema"] = Bound.Length(TextLimits.Topic);
        }
        else if (phase != Phase.Lobby)
        {
            expected["Ein Wort"] = Bound.Length(TextLimits.CheckInWord);
        }

        AssertMatch(people.Nodes, expected);
    }

    [Fact]
    public void Naming_and_renaming_a_cluster_allows_what_the_engine_allows()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.Clustering);
        evening.NameCluster("Draußen");

        var board = Render<ClusterBoard>(p => p.Add(c => c.View, evening.View));
        board.Find("button[aria-label='Bereich „Draußen“ umbenennen']").Click();

        AssertMatch(board.Nodes, new Dictionary<string, Bound>
        {
            ["Neuer Bereich"] = Bound.Length(TextLimits.ClusterLabel),
            ["Name des Bereichs"] = Bound.Length(TextLimits.ClusterLabel),
        });
    }

    [Fact]
    public void A_group_and_its_profile_allow_what_the_engine_allows()
    {
        var evening = new Evening(Evening.Template(leaveOut: [Phase.Clustering, Phase.DotVoting, Phase.Results]));
        evening.AdvanceTo(Phase.ProjectGroups);
        evening.OpenGroup("Hof-Frühstück");

        var panel = Render<GroupsPanel>(p => p.Add(c => c.View, evening.View));
        panel.Find("button[aria-label='Steckbrief bearbeiten: Hof-Frühstück']").Click();

        AssertMatch(panel.Nodes, new Dictionary<string, Bound>
        {
            ["Neue Gruppe"] = Bound.Length(TextLimits.GroupName),
            ["Name der Gruppe"] = Bound.Length(TextLimits.GroupName),
            ["Problem / Herausforderung"] = Bound.Length(TextLimits.ProfileField),
            ["Ziel 1"] = Bound.Length(TextLimits.ProfileGoal),
            ["Ziel 2"] = Bound.Length(TextLimits.ProfileGoal),
            ["Ziel 3"] = Bound.Length(TextLimits.ProfileGoal),
            ["Woran merken wir, dass es wirkt?"] = Bound.Length(TextLimits.ProfileField),
            ["Erste Schritte"] = Bound.Length(TextLimits.ProfileField),
            ["Ort des nächsten Treffens"] = Bound.Length(TextLimits.Place),
            ["Welche Unterstützung braucht ihr?"] = Bound.Length(TextLimits.ProfileField),
            ["Kontakt (nur für die Gruppe und die Moderation)"] = Bound.Length(TextLimits.ProfileField),
        });
    }

    [Fact]
    public void The_headcount_allows_what_the_engine_allows()
    {
        var counts = Render<PeopleCounts>(p => p.Add(c => c.View, new Evening().View));

        AssertMatch(counts.Nodes, new Dictionary<string, Bound> { ["Köpfe gezählt"] = Bound.Range(RecordHeadcount.MinCount, RecordHeadcount.MaxCount) });
    }

    [Fact]
    public void The_retention_allows_what_the_engine_allows()
    {
        // Only rendered here, never used: deleting is covered by the browser and host tests.
        Services.AddSingleton(new AssemblyDeletion(null!, null!, null!, null!, null!, NullLogger<AssemblyDeletion>.Instance));

        var privacy = Render<PrivacyPanel>(p => p.Add(c => c.View, new Evening().View));

        AssertMatch(privacy.Nodes, new Dictionary<string, Bound> { ["Löschen nach Tagen"] = Bound.Range(Retention.MinDays, Retention.MaxDays) });
    }

    private static Dictionary<string, Bound> TopicFields => new()
    {
        ["Thema"] = Bound.Length(TextLimits.Topic),
        ["Kategorie"] = Bound.Length(TextLimits.Category),
    };
}
