using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Demo;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// The scripted demo evening, stored by the real SQLite store, then taken to the close the way a
/// facilitator would (timers, headcount, hiding the join code, someone leaving a group, check-outs,
/// retention). Writing it happens once; the file it leaves is what that build stored.
/// </summary>
internal static class DemoAssemblyGolden
{
    public const string Database = "demo-assembly.db";
    public const string Views = "demo-assembly.views.json";

    public static readonly Guid AssemblyId = Guid.Parse("d3e0a55e-0b1c-4e2d-8f3a-6b5c4d3e2f10");
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 18, 0, 0, TimeSpan.FromHours(1));

    public static async Task WriteAsync(string path)
    {
        var script = DemoScriptJson.Parse(File.ReadAllText(RepositoryRoot.Seeds("demo", "kiezversammlung.json")));
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == script.TemplateId);
        await using (var store = new SqliteEventStore(path))
        {
            var repository = new AssemblyRepository(store);
            var assembly = new OpenAssembly();
            var now = Start;
            var commands = 0;

            async Task Send(AssemblyCommand command, Actor actor)
            {
                var decision = assembly.Decide(command, actor, now);
                Assert.True(decision.IsAccepted, $"{command.GetType().Name} was refused: {decision.Refusal}");
                var recorded = assembly.Stamp(decision, command.CommandId, now);
                await repository.AppendAsync(AssemblyId, assembly.Version, recorded);
                foreach (var happened in recorded)
                {
                    assembly.Apply(happened);
                }

                now = now.AddSeconds(20);
            }

            Guid Next() => new($"00000000-0000-4000-8000-{++commands:x12}");

            foreach (var (command, actor) in DemoPlayer.Commands(script, template, AssemblyId, Start))
            {
                await Send(command, actor);
            }

            var people = assembly.State.Participants.ToList();
            await Send(new StartTimer(Next(), 25 * 60), Actor.Facilitator);
            await Send(new RecordHeadcount(Next(), 9), Actor.Facilitator);
            await Send(new ShowJoinCode(Next(), false), Actor.Facilitator);
            await Send(new PauseTimer(Next()), Actor.Facilitator);
            await Send(new ExtendTimer(Next(), 5 * 60), Actor.Facilitator);
            var leaving = people.First(p => p.GroupId is not null && p.Channel == Channel.Phone);
            await Send(new LeaveProjectGroup(Next(), leaving.Id), Actor.Participant(leaving.Id));
            await Send(new ChangePhase(Next(), PhaseTrigger.Advance), Actor.Facilitator);
            foreach (var (person, i) in people.Select((p, i) => (p, i)).Where(p => p.i % 3 != 2))
            {
                var actor = person.Channel == Channel.Paper ? Actor.Facilitator : Actor.Participant(person.Id);
                await Send(new CheckOut(Next(), person.Id, i % 2 == 0 ? Mood.VeryGood : Mood.Good, i % 2 == 0 ? "motiviert" : "satt"), actor);
            }

            await Send(new ChangePhase(Next(), PhaseTrigger.Advance), Actor.Facilitator);
            await Send(new SetRetention(Next(), 30), Actor.Facilitator);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// What the screens showed, replayed from the store: before every phase change and at the end,
    /// the facilitator's view (with the public board) and what each participant sees of their own; the protocol at the end.
    /// </summary>
    public static async Task<string> ViewsOfAsync(string path)
    {
        await using var store = new SqliteEventStore(path);
        var repository = new AssemblyRepository(store);
        var history = new List<RecordedEvent>();
        await foreach (var recorded in repository.ReadAsync(AssemblyId, long.MaxValue))
        {
            history.Add(recorded);
        }

        var snapshots = history
            .Where(e => e.Event is PhaseChanged)
            .Select(e => e.Version - 1)
            .Append(history[^1].Version)
            .Select(version => Snapshot(history, version))
            .ToList();
        return StoredJson.Of(new { Snapshots = snapshots, Protocol = AssemblyProtocol.Of(OpenAssembly.FromHistory(history).State) });
    }

    private static object Snapshot(IReadOnlyList<RecordedEvent> history, long version)
    {
        var assembly = OpenAssembly.FromHistory(history.TakeWhile(e => e.Version <= version));
        var now = assembly.State.LastEventAt.AddSeconds(10);
        return new
        {
            Version = version,
            Facilitator = assembly.FacilitatorView(now),
            Own = assembly.State.Participants.Select(p => assembly.OwnView(p.Id)).ToList(),
        };
    }
}
