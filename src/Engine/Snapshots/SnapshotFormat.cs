using System.Runtime.InteropServices;
using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Snapshots;

/// <summary>
/// Turns an assembly's state into a stored snapshot and back (docs/decisions/0022-snapshots.md). A snapshot
/// is a cache of its events, never a source of truth: one of another schema version is refused here, and
/// the repository then replays the events instead.
/// </summary>
public static class SnapshotFormat
{
    /// <summary>Raised with every change of the snapshot's shape or meaning, or of a stored record it holds.</summary>
    public const int Version = 3;

    private const int GuidBytes = 16;

    public static StoredSnapshot ToStored(OpenAssembly assembly) =>
        new(assembly.Version, Version, MessagePackSerializer.Serialize(Capture(assembly), EventSerializer.Options));

    /// <summary>The assembly the snapshot holds; <see cref="StoredFormatException"/> when this build cannot read it.</summary>
    public static OpenAssembly FromStored(StoredSnapshot stored)
    {
        if (stored.SchemaVersion != Version)
        {
            throw new StoredFormatException($"Snapshot at version {stored.Version} has schema version {stored.SchemaVersion}; this build reads version {Version}.");
        }

        AssemblySnapshot snapshot;
        try
        {
            snapshot = MessagePackSerializer.Deserialize<AssemblySnapshot>(stored.Data, EventSerializer.Options);
        }
        catch (MessagePackSerializationException e)
        {
            throw new StoredFormatException($"Snapshot at version {stored.Version} does not read: {e.Message}");
        }

        if (snapshot.Version != stored.Version)
        {
            throw new StoredFormatException($"Snapshot stored as version {stored.Version} holds version {snapshot.Version}.");
        }

        return Restore(snapshot);
    }

    public static AssemblySnapshot Capture(OpenAssembly assembly)
    {
        var state = assembly.State;
        return new AssemblySnapshot(
            state.Version,
            state.LastEventAt,
            state.IsCreated,
            state.Id,
            state.Title,
            state.Place,
            state.StartsAt,
            state.Format,
            state.Template,
            state.Phase,
            new TimerSnapshot(state.Timer.Duration.Ticks, state.Timer.ElapsedBeforeStart.Ticks, state.Timer.RunningSince),
            state.JoinCodeVisible,
            state.Door,
            state.ProjectorSecondLanguage,
            state.Announcement,
            state.Headcount is { } headcount ? new HeadcountSnapshot(headcount.Count, headcount.CountedAt) : null,
            state.RetentionDays,
            [.. state.ParticipantsById.Values.Select(p => new ParticipantSnapshot(p.Id, p.Number, p.Pseudonym, p.ShownName, p.Presence, p.Channel, p.DeviceKey, p.CheckIn, p.CheckOut, p.GroupId))],
            [.. state.ParticipantsByDevice],
            [.. state.KnocksById.Values.Select(k => new KnockSnapshot(k.ParticipantId, k.DeviceKey, k.Pseudonym, k.Presence, k.At))],
            [.. state.TurnedAwayDevices],
            [.. state.NamesByLookAlike],
            [.. state.TopicsById.Values.Select(t => new TopicSnapshot(
                t.Id, t.Number, t.AuthorId, t.Text, t.Category, t.Source, t.Visibility, t.ClusterId, SpotOf(t.Spot), [.. t.MergedFrom], t.MergedInto, t.IsWithdrawn))],
            // By number: a dictionary that lost a cluster enumerates in slot order, which replay and restore fill differently.
            [.. state.ClustersById.Values.OrderBy(c => c.Number).Select(c => new ClusterSnapshot(c.Id, c.Number, c.Label, SpotOf(c.Spot)))],
            [.. state.GroupsById.Values.Select(g => new GroupSnapshot(g.Id, g.Number, g.TopicId, g.Profile, [.. g.Members], g.LastTime, g.Status))],
            CommandsOf(state.HandledCommands),
            [.. state.PhaseChanges],
            state.NextTopicNumber,
            [.. state.Votes.Rounds.Select(RoundOf)],
            new SpeakersSnapshot(
                state.Speakers.IsOpen,
                state.Speakers.Current,
                state.Speakers.CurrentSince,
                state.Speakers.LastFinished,
                state.Speakers.SecondsPerSpeaker,
                state.Speakers.FirstTimeFirst,
                state.Speakers.Gong,
                state.Speakers.InProtocol,
                [.. state.Speakers.Waiting],
                [.. state.Speakers.Turns]),
            [.. state.Recommendations.Items.Select(r => new RecommendationSnapshot(r.TopicId, r.Sentence, r.MarkedAt))],
            state.FollowUpOf);
    }

    public static OpenAssembly Restore(AssemblySnapshot snapshot)
    {
        var state = new AssemblyState
        {
            Version = snapshot.Version,
            LastEventAt = snapshot.LastEventAt,
            IsCreated = snapshot.IsCreated,
            Id = snapshot.Id,
            Title = snapshot.Title,
            Place = snapshot.Place,
            StartsAt = snapshot.StartsAt,
            Format = snapshot.Format,
            Template = snapshot.Template,
            Phase = snapshot.Phase,
            Timer = new PhaseTimer(TimeSpan.FromTicks(snapshot.Timer.DurationTicks), TimeSpan.FromTicks(snapshot.Timer.ElapsedBeforeStartTicks), snapshot.Timer.RunningSince),
            JoinCodeVisible = snapshot.JoinCodeVisible,
            Door = snapshot.Door,
            ProjectorSecondLanguage = snapshot.ProjectorSecondLanguage,
            Announcement = snapshot.Announcement,
            Headcount = snapshot.Headcount is { } headcount ? new Headcount(headcount.Count, headcount.CountedAt) : null,
            RetentionDays = snapshot.RetentionDays,
            NextTopicNumber = snapshot.NextTopicNumber,
            FollowUpOf = snapshot.FollowUpOf,
        };
        foreach (var p in snapshot.Participants)
        {
            state.ParticipantsById.Add(p.Id, new Participant(p.Id, p.Number, p.Pseudonym, p.ShownName, p.Presence, p.Channel, p.DeviceKey)
            {
                CheckIn = p.CheckIn,
                CheckOut = p.CheckOut,
                GroupId = p.GroupId,
            });
        }

        foreach (var (device, id) in snapshot.ParticipantsByDevice)
        {
            state.ParticipantsByDevice.Add(device, id);
        }

        foreach (var k in snapshot.Knocks)
        {
            state.KnocksById.Add(k.ParticipantId, new Knock(k.ParticipantId, k.DeviceKey, k.Pseudonym, k.Presence, k.At));
        }

        state.TurnedAwayDevices.UnionWith(snapshot.TurnedAwayDevices);
        foreach (var (key, count) in snapshot.NamesByLookAlike)
        {
            state.NamesByLookAlike.Add(key, count);
        }

        foreach (var t in snapshot.Topics)
        {
            var topic = new Topic(t.Id, t.Number, t.AuthorId, t.Text, t.Category, t.Source, t.Visibility) { ClusterId = t.ClusterId, Spot = SpotOf(t.Spot) };
            topic.Restore(t.MergedFrom, t.MergedInto, t.IsWithdrawn);
            state.TopicsById.Add(t.Id, topic);
        }

        foreach (var c in snapshot.Clusters)
        {
            state.ClustersById.Add(c.Id, new Cluster(c.Id, c.Number, c.Label) { Spot = SpotOf(c.Spot) });
        }

        foreach (var g in snapshot.Groups)
        {
            var group = new ProjectGroup(g.Id, g.Number, g.TopicId, g.Profile) { LastTime = g.LastTime, Status = g.Status };
            foreach (var member in g.Members)
            {
                group.Add(member);
            }

            state.GroupsById.Add(g.Id, group);
        }

        RestoreCommands(state.HandledCommands, snapshot.HandledCommands);
        state.PhaseChanges.AddRange(snapshot.PhaseChanges);
        foreach (var r in snapshot.Rounds)
        {
            var round = new VotingRound(r.Number, r.DotsPerPerson, r.MaxDotsPerTopic, r.RunOffTopics) { IsRevealed = r.IsRevealed };
            foreach (var (participant, dots) in r.DotsByParticipant)
            {
                round.Restore(participant, dots);
            }

            foreach (var (topic, dots) in r.PaperDots)
            {
                round.RestorePaper(topic, dots);
            }

            state.Votes.Restore(round);
        }

        state.Speakers.Restore(snapshot.Speakers);
        foreach (var r in snapshot.Recommendations)
        {
            state.Recommendations.Mark(new Recommendation(r.TopicId, r.Sentence, r.MarkedAt));
        }

        return new OpenAssembly(state);
    }

    private static RoundSnapshot RoundOf(VotingRound round) => new(
        round.Number,
        round.DotsPerPerson,
        round.MaxDotsPerTopic,
        round.RunOffTopics is { } topics ? [.. topics] : null,
        round.IsRevealed,
        [.. round.DotsByParticipant.Select(d => KeyValuePair.Create(d.Key, (IReadOnlyList<KeyValuePair<Guid, int>>)[.. d.Value]))],
        [.. round.PaperDots]);

    private static SpotSnapshot? SpotOf(WallSpot? spot) => spot is { } s ? new SpotSnapshot(s.X, s.Y) : null;

    private static WallSpot? SpotOf(SpotSnapshot? spot) => spot is { } s ? new WallSpot(s.X, s.Y) : null;

    /// <summary>Every handled command id, 16 bytes each: an evening's hundreds of thousands read in one block.</summary>
    private static byte[] CommandsOf(HashSet<Guid> commands)
    {
        var bytes = new byte[commands.Count * GuidBytes];
        var i = 0;
        foreach (var id in commands)
        {
            id.TryWriteBytes(bytes.AsSpan(i * GuidBytes, GuidBytes));
            i++;
        }

        return bytes;
    }

    private static void RestoreCommands(HashSet<Guid> commands, byte[] bytes)
    {
        if (bytes.Length % GuidBytes != 0)
        {
            throw new StoredFormatException("A snapshot's command ids are not whole.");
        }

        commands.EnsureCapacity(bytes.Length / GuidBytes);
        for (var offset = 0; offset < bytes.Length; offset += GuidBytes)
        {
            commands.Add(new Guid(bytes.AsSpan(offset, GuidBytes)));
        }
    }
}
