using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;
using Xunit.Abstractions;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The app as its own process, killed with SIGKILL while 50 phones vote, then started again on the
/// same SQLite file: nothing acknowledged is lost, nothing else appears, phones come back by themselves,
/// and the countdown runs on from where it was. The facilitator has no connection to a process of its
/// own (the console runs inside the host), so the facilitator's part runs in a test host on the same
/// file: before the app starts (into dot voting) and after it is gone (the console's counts).
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
        var (created, topics, timerBefore) = await VotingWithRunningTimerAsync(_folder);
        var database = HostFactory.DatabaseIn(_folder);
        var app = await AppProcess.StartAsync(port, database);
        var phones = new List<ResilientPhone>();
        try
        {
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

            foreach (var ballot in ballots)
            {
                var own = phones[ballot.Phone].Own!;
                Assert.InRange(own.OwnDots.Values.Sum(), ballot.Acknowledged.Count, ballot.Acknowledged.Count + (ballot.Unanswered is null ? 0 : 1));
                foreach (var topic in topics)
                {
                    var acked = ballot.Acknowledged.Count(d => d.Topic == topic);
                    Assert.InRange(own.OwnDots.GetValueOrDefault(topic), acked, acked + (ballot.Unanswered?.Topic == topic ? 1 : 0));
                }
            }

            output.WriteLine(
                $"killed at {acknowledged} acknowledged dots; {ballots.Count(b => b.Unanswered is not null)} unanswered, " +
                $"of which {phones.Sum(p => p.Own!.OwnDots.Values.Sum()) - ballots.Sum(b => b.Acknowledged.Count)} had been stored");
            var timerAfter = phones.MaxBy(p => p.Board!.Version)!.Board!.Timer;
            Assert.True(timerAfter.IsRunning);
            Assert.Equal(timerBefore.EndsAt, timerAfter.EndsAt);
            Assert.True(timerAfter.RemainingSeconds <= timerBefore.RemainingSeconds);

            // Phones send what was never answered again (same ids), then the rest of their dots.
            await HangGuard.Within(Task.WhenAll(ballots.Select(b => b.FinishAsync(phones[b.Phone]))));

            await Eventually.HoldsAsync(
                () => phones.All(p => p.Own?.DotsLeft == 0) && phones.Select(p => p.Board?.Version).Distinct().Count() == 1,
                () => $"{phones.Count(p => p.Own?.DotsLeft != 0)} phones with dots left, boards at {string.Join(", ", phones.Select(p => p.Board?.Version).Distinct())}");
            var shown = phones[0].Board!.Version;
            app.Kill();

            // The console's counts, read from the same file by the facilitator in a host of its own.
            using var afterwards = HostFactory.On(_folder);
            await using var console = await FacilitatorDriver.ConnectAsync(afterwards, created);
            var done = await console.ViewAsync();
            Assert.Equal(shown, done.Board.Version);
            Assert.Equal(Phones * DotsEach, done.DotsUsed);
            Assert.Equal(done.Participants.Sum(p => p.DotsUsed), done.DotsUsed);
            Assert.All(done.Participants, p => Assert.Equal(DotsEach, p.DotsUsed));
            foreach (var ballot in ballots)
            {
                Assert.Equal(phones[ballot.Phone].Own!.OwnDots.Values.Sum(), done.Participants.Single(p => p.Id == phones[ballot.Phone].ParticipantId).DotsUsed);
            }
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

    /// <summary>An assembly in dot voting with three topics and a running countdown, set up by the facilitator in a test host on the folder's file.</summary>
    private static async Task<(CreatedAssembly Created, Guid[] Topics, TimerView Timer)> VotingWithRunningTimerAsync(string folder)
    {
        using var host = HostFactory.On(folder);
        var created = await AssemblyApi.CreateAsync(host, AssemblyApi.Request() with { DotsPerPerson = DotsEach, MaxDotsPerTopic = 2 });
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.AdvanceToAsync(Phase.TopicCollection);
        Guid[] topics = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        foreach (var (topic, text) in topics.Zip(new[] { "Spielplatz", "Bänke", "Hofcafé" }))
        {
            await facilitator.AddPaperTopicAsync(topic, text);
        }

        await facilitator.AdvanceToAsync(Phase.DotVoting);
        await facilitator.StartTimerAsync(600);
        var timer = (await facilitator.ViewAsync()).Board.Timer;
        Assert.True(timer.IsRunning);
        return (created, topics, timer);
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
