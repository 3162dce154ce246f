using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Replay;

/// <summary>Properties that hold for any sequence of commands, checked on many seeded random sequences.</summary>
public class RandomSequenceTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, 40))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Replay_of_any_command_sequence_equals_the_live_state(int seed)
    {
        var driver = RunRandomly(seed, steps: 1000);

        var replayed = OpenAssembly.FromHistory(driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored));

        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(replayed, driver.Now));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_command_sequence_exceeds_a_dot_budget_or_a_topic_cap(int seed)
    {
        var source = new RandomCommandSource(seed);
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 2));
        for (var step = 0; step < 400; step++)
        {
            var (command, actor) = source.Next(driver.State);
            driver.Send(command, actor);

            var round = driver.State.Votes.Current;
            foreach (var participant in driver.State.Participants)
            {
                Assert.True(round.DotsOf(participant.Id) <= round.DotsPerPerson);
                Assert.All(round.DotsByTopicOf(participant.Id).Values, dots => Assert.InRange(dots, 1, round.MaxDotsPerTopic));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_refused_command_changes_nothing(int seed)
    {
        var source = new RandomCommandSource(seed);
        var driver = new AssemblyDriver();
        for (var step = 0; step < 200; step++)
        {
            var (command, actor) = source.Next(driver.State);
            var before = ViewJson.AllViews(driver.Assembly, driver.Now);
            var version = driver.Assembly.Version;

            var decision = driver.Send(command, actor);

            if (!decision.IsAccepted)
            {
                Assert.Equal(version, driver.Assembly.Version);
                Assert.Equal(before, ViewJson.AllViews(driver.Assembly, driver.Now));
            }
        }
    }

    [Fact]
    public void The_random_sequences_reach_every_kind_of_event()
    {
        var seen = Enumerable.Range(1, 40).SelectMany(seed => RunRandomly(seed, steps: 2000).History)
            .Select(e => e.Event.GetType())
            .ToHashSet();

        var all = typeof(AssemblyEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AssemblyEvent)) && !t.IsAbstract);
        Assert.Empty(all.Where(t => !seen.Contains(t)).Select(t => t.Name));
    }

    private static AssemblyDriver RunRandomly(int seed, int steps)
    {
        var source = new RandomCommandSource(seed);
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 2, moderate: seed % 2 == 0));
        for (var step = 0; step < steps; step++)
        {
            var (command, actor) = source.Next(driver.State);
            driver.Send(command, actor);
            driver.Wait(source.NextPause());
        }

        return driver;
    }
}
