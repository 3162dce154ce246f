using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;
using Xunit.Abstractions;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The app as its own process, killed with SIGKILL while 50 phones vote, then started again on the
/// same SQLite file: nothing acknowledged is lost, nothing else appears, phones come back by themselves,
/// and the countdown runs on from where it was.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Phones = 50;
    private const int DotsEach = 5;
    private const int KillAfterAcknowledged = Phones * DotsEach * 2 / 5;
    private readonly string _folder = Directory.CreateTempSubdirectory("ov-crash-").FullName;

    [Fact]
    public async Task A_server_killed_mid_vote_restarts_with_every_acknowledged_dot_and_nothing_else_and_phones_resume_by_themselves()
    {
        var port = AppProcess.FreePort();
        var database = Path.Combine(_folder, "assemblies.db");
        var app = await AppProcess.StartAsync(port, database);
        var phones = new List<ResilientPhone>();
        try
        {
            var created = await AssemblyApi.CreateAsync(app.BaseAddress, AssemblyApi.Request() with { DotsPerPerson = DotsEach, MaxDotsPerTopic = 2 });
            var (topics, timerBefore) = await VotingWithRunningTimerAsync(app.BaseAddress, created);
            phones.AddRange(await Task.WhenAll(Enumerable.Range(0, Phones)
                .Select(i => ResilientPhone.JoinAsync(app.BaseAddress, created.JoinCode, $"Nachbar {i}", json: i % 5 == 0))));
            var ballots = phones.Select((_, i) => new Ballot(i, topics)).ToList();

            // Everyone votes at once; the server dies when a good part of the dots is acknowledged. It is
            // killed right on the thread that saw that answer: group commit answers the rest of the
            // dots within milliseconds, sooner than a continuation elsewhere may run on a busy machine.
            var acknowledged = 0;
            var running = app;
            var voting = ballots.Select(ballot => ballot.VoteUntilTheLineDropsAsync(phones[ballot.Phone], () =>
            {
                if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                {
                    running.Kill();
                }
            })).ToList();
            await HangGuard.Within(Task.WhenAll(voting));

            Assert.Contains(ballots, b => b.Unanswered is not null); // the kill came while phones were still voting

            app.Dispose();
            app = await AppProcess.StartAsync(port, database);
            await Eventually.HoldsAsync(() => phones.All(p => p.Resumes >= 1), () => $"{phones.Count(p => p.Resumes == 0)} phones have not resumed");

            await using (var console = await LiveClient.FacilitatorAsync(app.BaseAddress, created))
            {
                var afterRestart = (await console.SnapshotAsync()).Facilitator!;
                foreach (var ballot in ballots)
                {
                    var row = afterRestart.Participants.Single(p => p.Id == phones[ballot.Phone].ParticipantId);
                    Assert.InRange(row.DotsUsed, ballot.Acknowledged.Count, ballot.Acknowledged.Count + (ballot.Unanswered is null ? 0 : 1));
                    foreach (var topic in topics)
                    {
                        var own = phones[ballot.Phone].Own!.OwnDots.GetValueOrDefault(topic);
                        var acked = ballot.Acknowledged.Count(d => d.Topic == topic);
                        Assert.InRange(own, acked, acked + (ballot.Unanswered?.Topic == topic ? 1 : 0));
                    }
                }

                Assert.Equal(afterRestart.Participants.Sum(p => p.DotsUsed), afterRestart.DotsUsed);
                output.WriteLine(
                    $"killed at {acknowledged} acknowledged dots; {ballots.Count(b => b.Unanswered is not null)} unanswered, " +
                    $"of which {afterRestart.DotsUsed - ballots.Sum(b => b.Acknowledged.Count)} had been stored");
                Assert.True(afterRestart.Board.Timer.IsRunning);
                Assert.Equal(timerBefore.EndsAt, afterRestart.Board.Timer.EndsAt);
                Assert.True(afterRestart.Board.Timer.RemainingSeconds <= timerBefore.RemainingSeconds);
            }

            // Phones send what was never answered again (same ids), then the rest of their dots.
            await HangGuard.Within(Task.WhenAll(ballots.Select(b => b.FinishAsync(phones[b.Phone]))));

            await using var final = await LiveClient.FacilitatorAsync(app.BaseAddress, created);
            var done = (await final.SnapshotAsync()).Facilitator!;
            Assert.Equal(Phones * DotsEach, done.DotsUsed);
            Assert.All(done.Participants, p => Assert.Equal(DotsEach, p.DotsUsed));
            await Eventually.HoldsAsync(
                () => phones.All(p => p.Board?.Version == done.Board.Version && p.Own?.DotsLeft == 0),
                () => $"{phones.Count(p => p.Board?.Version != done.Board.Version)} phones behind version {done.Board.Version}");
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }

            app.Dispose();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private static async Task<(Guid[] Topics, TimerView Timer)> VotingWithRunningTimerAsync(Uri app, CreatedAssembly created)
    {
        await using var facilitator = await LiveClient.FacilitatorAsync(app, created);
        for (var i = 0; i < 3; i++)
        {
            await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        }

        Guid[] topics = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        foreach (var (topic, text) in topics.Zip(new[] { "Spielplatz", "Bänke", "Hofcafé" }))
        {
            await facilitator.DoAsync("AddPaperTopic", Guid.NewGuid(), topic, text, null);
        }

        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        await facilitator.DoAsync("StartTimer", Guid.NewGuid(), 600);
        var timer = (await facilitator.SnapshotAsync()).Facilitator!.Board.Timer;
        Assert.True(timer.IsRunning);
        return (topics, timer);
    }

    /// <summary>One phone's planned dots, each with its command id made up front, and what became of them.</summary>
    private sealed class Ballot(int phone, Guid[] topics)
    {
        private readonly List<(Guid CommandId, Guid Topic)> _plan =
            [.. Enumerable.Range(0, DotsEach).Select(k => (Guid.NewGuid(), topics[(phone + (k / 2)) % topics.Length]))];

        public int Phone => phone;

        public List<(Guid CommandId, Guid Topic)> Acknowledged { get; } = [];

        public (Guid CommandId, Guid Topic)? Unanswered { get; private set; }

        /// <summary>Sends dot after dot; the first one without an answer ends this part (the server is gone).</summary>
        public async Task VoteUntilTheLineDropsAsync(ResilientPhone device, Action onAcknowledged)
        {
            foreach (var dot in _plan)
            {
                CommandResult result;
                try
                {
                    result = await device.Connection.InvokeAsync<CommandResult>("CastDot", dot.CommandId, dot.Topic);
                }
                catch (Exception)
                {
                    Unanswered = dot;
                    return;
                }

                Assert.True(result.Accepted, $"{result.Refusal} {result.Detail}");
                Acknowledged.Add(dot);
                onAcknowledged();
            }
        }

        public async Task FinishAsync(ResilientPhone device)
        {
            foreach (var dot in _plan.Skip(Acknowledged.Count))
            {
                var result = await device.SendUntilAnsweredAsync("CastDot", dot.CommandId, dot.Topic);
                Assert.True(result.Accepted, $"{result.Refusal} {result.Detail}");
            }
        }
    }
}
