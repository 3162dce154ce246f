using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Facilitator.Tests.Telemetry;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// Group commit (decisions 0008, 0025) on the real host and its SQLite file: commands that wait while the assembly
/// is busy are decided one after another and stored in one transaction, and none is answered before that commit.
/// The assembly is kept busy by a read that holds its gate, as a view being built does.
/// </summary>
public sealed class GroupCommitTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Votes_that_wait_while_the_assembly_is_busy_go_into_one_commit_and_are_answered_only_after_it()
    {
        var (assemblyId, topic, people) = await VotingWithPaperPeopleAsync(20);
        using var recorder = new TelemetryRecorder(host.Services.GetRequiredService<HostTelemetry>());

        Task<CommandOutcome>[] votes;
        await using (await BusyAsync(assemblyId))
        {
            votes = [.. people.Select(p => Vote(assemblyId, Guid.NewGuid(), p, topic))];
            Assert.DoesNotContain(votes, v => v.IsCompleted);
        }

        // Each answer is checked against the file the moment it is given: its event must already be there.
        var storedWhenAnswered = await Task.WhenAll(votes.Select(async v =>
        {
            var outcome = await v;
            return (outcome.Version, Stored: StoredVersion(assemblyId));
        }));
        Assert.All(storedWhenAnswered, a => Assert.True(a.Stored >= a.Version, $"answered at {a.Version}, the file held {a.Stored}"));
        Assert.All(votes, v => Assert.True(v.Result.IsAccepted));
        Assert.Equal(20, votes.Select(v => v.Result.Version).Distinct().Count());
        Assert.Equal([20.0], recorder.Of("ov.append.events").Select(m => m.Value));
    }

    [Fact]
    public async Task A_vote_in_a_failed_batch_is_never_acknowledged_and_counts_when_sent_again()
    {
        var (assemblyId, topic, people) = await VotingWithPaperPeopleAsync(10);
        var poisoned = Guid.NewGuid();
        var ids = people.Select((_, i) => i == 4 ? poisoned : Guid.NewGuid()).ToArray();
        RefuseInFile(poisoned);

        Task<CommandOutcome>[] votes;
        await using (await BusyAsync(assemblyId))
        {
            votes = [.. people.Select((p, i) => Vote(assemblyId, ids[i], p, topic))];
        }

        foreach (var vote in votes)
        {
            await Assert.ThrowsAsync<SqliteException>(() => vote);
        }

        Assert.Empty(StoredCommands(assemblyId).Intersect(ids));
        AllowInFile();
        var again = await Task.WhenAll(people.Select((p, i) => Vote(assemblyId, ids[i], p, topic)));
        Assert.All(again, o => Assert.True(o.IsAccepted && !o.WasDuplicate));
        Assert.Equal(10, await DotsUsedAsync(assemblyId));
    }

    [Fact]
    public async Task A_command_sent_twice_into_one_batch_is_stored_once_and_both_are_answered()
    {
        var (assemblyId, topic, people) = await VotingWithPaperPeopleAsync(2);
        using var recorder = new TelemetryRecorder(host.Services.GetRequiredService<HostTelemetry>());
        var twice = Guid.NewGuid();

        Task<CommandOutcome>[] votes;
        await using (await BusyAsync(assemblyId))
        {
            votes = [Vote(assemblyId, twice, people[0], topic), Vote(assemblyId, Guid.NewGuid(), people[1], topic), Vote(assemblyId, twice, people[0], topic)];
        }

        var outcomes = await Task.WhenAll(votes);
        Assert.All(outcomes, o => Assert.True(o.IsAccepted));
        Assert.Equal([false, false, true], outcomes.Select(o => o.WasDuplicate));
        Assert.Single(StoredCommands(assemblyId), id => id == twice);
        Assert.Equal([2.0], recorder.Of("ov.append.events").Select(m => m.Value));
        Assert.Equal(2, await DotsUsedAsync(assemblyId));
    }

    private LiveAssemblies Assemblies => host.Services.GetRequiredService<LiveAssemblies>();

    private Task<CommandOutcome> Vote(Guid assemblyId, Guid commandId, Guid participantId, Guid topic) =>
        HangGuard.Within(Assemblies.ExecuteAsync(assemblyId, new CastDot(commandId, participantId, topic), Actor.Facilitator));

    private async Task<(Guid AssemblyId, Guid Topic, Guid[] People)> VotingWithPaperPeopleAsync(int count)
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        var people = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            await facilitator.DoAsync(new AddPaperParticipant(Guid.NewGuid(), person, $"Nachbarin {i + 1}", Presence.InRoom));
        }

        await facilitator.DisposeAsync();
        return (created.AssemblyId, topic, people);
    }

    /// <summary>Holds the assembly's gate until disposed, as a view being built holds it; returns once it is held.</summary>
    private async Task<IAsyncDisposable> BusyAsync(Guid assemblyId)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        var reading = Task.Run(() => Assemblies.ReadAsync(assemblyId, (assembly, _) =>
        {
            held.SetResult();
            release.Wait();
            return assembly;
        }));
        await HangGuard.Within(held.Task);
        return new Busy(release, reading);
    }

    private async Task<int> DotsUsedAsync(Guid assemblyId) =>
        (int)(await Assemblies.ReadAsync(assemblyId, (assembly, _) => (object)assembly.State.Votes.Current.DotsUsed))!;

    private long StoredVersion(Guid assemblyId)
    {
        using var file = Open();
        using var query = file.CreateCommand();
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $stream";
        query.Parameters.AddWithValue("$stream", AssemblyRepository.StreamOf(assemblyId));
        return (long)query.ExecuteScalar()!;
    }

    private List<Guid> StoredCommands(Guid assemblyId)
    {
        using var file = Open();
        using var query = file.CreateCommand();
        query.CommandText = "SELECT command_id FROM events WHERE stream_id = $stream";
        query.Parameters.AddWithValue("$stream", AssemblyRepository.StreamOf(assemblyId));
        using var reader = query.ExecuteReader();
        var ids = new List<Guid>();
        while (reader.Read())
        {
            ids.Add(new Guid((byte[])reader[0]));
        }

        return ids;
    }

    // The file itself refuses the append, as a full disk or a broken file would: a trigger that fails with an
    // integer overflow (an error, not a constraint, so the host does not take it for another writer's append).
    private void RefuseInFile(Guid commandId)
    {
        using var file = Open();
        using var create = file.CreateCommand();
        create.CommandText =
            $"CREATE TRIGGER refuse_one BEFORE INSERT ON events WHEN NEW.command_id = X'{Convert.ToHexString(commandId.ToByteArray())}' BEGIN SELECT abs(-9223372036854775807 - 1); END;";
        create.ExecuteNonQuery();
    }

    private void AllowInFile()
    {
        using var file = Open();
        using var drop = file.CreateCommand();
        drop.CommandText = "DROP TRIGGER refuse_one";
        drop.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private sealed class Busy(ManualResetEventSlim release, Task reading) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            release.Set();
            await HangGuard.Within(reading);
            release.Dispose();
        }
    }
}
