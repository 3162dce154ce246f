using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Support;

/// <summary>A whole evening, from the lobby to the close, with phones and paper.</summary>
internal static class WholeAssembly
{
    public static AssemblyDriver Run(int participants)
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 2, groupsFromTop: 2));
        var people = Enumerable.Range(1, participants).Select(i => driver.Join(i % 2 == 0 ? $"Nachbar {i}" : null)).ToList();
        var onPaper = driver.AddPaperParticipant("Frau Yılmaz");
        driver.AdvanceTo(Phase.CheckIn);
        driver.Facilitate(new StartTimer(Guid.NewGuid(), null)).AssertAccepted();
        foreach (var person in people)
        {
            driver.As(person, new CheckIn(Guid.NewGuid(), person, Mood.Good, "gespannt")).AssertAccepted();
        }

        driver.Facilitate(new CheckIn(Guid.NewGuid(), onPaper, Mood.Okay, "neugierig")).AssertAccepted();
        driver.Wait(TimeSpan.FromMinutes(8));
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = people.Take(4).Select((p, i) => driver.SubmitTopic(p, $"Thema {i + 1}")).ToList();
        topics.Add(driver.AddPaperTopic("Papierkarte: Bank am Spielplatz"));
        driver.AdvanceTo(Phase.Clustering);
        var cluster = driver.NameCluster("Draußen");
        driver.Facilitate(new PlaceTopic(Guid.NewGuid(), topics[^1], cluster)).AssertAccepted();
        driver.AdvanceTo(Phase.DotVoting);
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            driver.Dot(person, topics[i % topics.Count]).AssertAccepted();
            driver.Dot(person, topics[^1]).AssertAccepted();
        }

        driver.Facilitate(new CastDot(Guid.NewGuid(), onPaper, topics[0])).AssertAccepted();
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[1], 2)).AssertAccepted();
        driver.Advance();
        driver.Reveal();
        driver.Advance();
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var groups = driver.State.Groups.Select(g => g.Id).ToList();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            driver.As(person, new JoinProjectGroup(Guid.NewGuid(), person, groups[i % groups.Count])).AssertAccepted();
        }

        driver.Facilitate(new JoinProjectGroup(Guid.NewGuid(), onPaper, groups[0])).AssertAccepted();
        driver.Facilitate(new UpdateGroupProfile(Guid.NewGuid(), groups[0], GroupProfile.Named("Spielplatz-Team") with
        {
            Goals = ["Bank aufstellen"],
            NextMeetingAt = driver.Now.AddDays(14),
            NextMeetingPlace = "Café Eck",
        })).AssertAccepted();
        driver.Advance();
        foreach (var person in people)
        {
            driver.As(person, new CheckOut(Guid.NewGuid(), person, Mood.VeryGood, "motiviert")).AssertAccepted();
        }

        driver.Advance();
        return driver;
    }
}
