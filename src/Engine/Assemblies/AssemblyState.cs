using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// Everything the events of one assembly add up to. Only events change it (through
/// <see cref="AssemblyEvent.ApplyTo"/>); commands and views only read it.
/// </summary>
public sealed class AssemblyState
{
    public bool IsCreated { get; internal set; }
    public Guid Id { get; internal set; }
    public string Title { get; internal set; } = string.Empty;
    public string? Place { get; internal set; }
    public DateTimeOffset? StartsAt { get; internal set; }
    public AssemblyFormat Format { get; internal set; }
    public AssemblyTemplate Template { get; internal set; } = AssemblyTemplate.Empty;
    public Phase Phase { get; internal set; } = Phase.Lobby;
    public PhaseTimer Timer { get; internal set; } = PhaseTimer.None;
    public bool JoinCodeVisible { get; internal set; } = true;
    public Door Door { get; internal set; } = Door.Open;

    /// <summary>The language the projector shows beside its own (a registered tag), if the facilitator chose one.</summary>
    public string? ProjectorSecondLanguage { get; internal set; }
    /// <summary>The public invitation, once the facilitator wrote one.</summary>
    public Announcement? Announcement { get; internal set; }

    /// <summary>For a follow-up: the assembly its groups were carried over from, once they were.</summary>
    public FollowUpOrigin? FollowUpOf { get; internal set; }

    /// <summary>The facilitator's latest count of the people taking part, if any.</summary>
    public Headcount? Headcount { get; internal set; }

    public long Version { get; internal set; }

    /// <summary>When the newest event happened; retention counts from here.</summary>
    public DateTimeOffset LastEventAt { get; internal set; }

    /// <summary>Days after <see cref="LastEventAt"/> until the assembly is deleted.</summary>
    public int RetentionDays { get; internal set; } = Retention.DefaultDays;

    internal Dictionary<Guid, Participant> ParticipantsById { get; } = [];
    internal Dictionary<string, Guid> ParticipantsByDevice { get; } = new(StringComparer.Ordinal);
    internal Dictionary<Guid, Knock> KnocksById { get; } = [];

    /// <summary>Devices the facilitator turned away while the door asks for knocks.</summary>
    internal HashSet<string> TurnedAwayDevices { get; } = new(StringComparer.Ordinal);

    /// <summary>How many participants so far had a name with each look-alike key.</summary>
    internal Dictionary<string, int> NamesByLookAlike { get; } = new(StringComparer.Ordinal);
    internal Dictionary<Guid, Topic> TopicsById { get; } = [];
    internal Dictionary<Guid, Cluster> ClustersById { get; } = [];
    internal Dictionary<Guid, ProjectGroup> GroupsById { get; } = [];
    internal HashSet<Guid> HandledCommands { get; } = [];
    internal List<PhaseChanged> PhaseChanges { get; } = [];
    internal int NextTopicNumber { get; set; } = 1;

    public VoteLedger Votes { get; } = new();

    /// <summary>The topics the assembly hands on, in the facilitator's order.</summary>
    public RecommendationList Recommendations { get; } = new();

    /// <summary>The plenary's speakers' list; it lives across the phases.</summary>
    public SpeakersList Speakers { get; } = new();

    /// <summary>Phones waiting at the door, first come first.</summary>
    public IEnumerable<Knock> Knocks => KnocksById.Values.OrderBy(k => k.At);

    public Knock? FindKnockByDevice(string deviceKey) => KnocksById.Values.FirstOrDefault(k => k.DeviceKey == deviceKey);

    public IEnumerable<Participant> Participants => ParticipantsById.Values.OrderBy(p => p.Number);

    /// <summary>Topics in the order they came in, withdrawn and merged ones left out.</summary>
    public IEnumerable<Topic> Topics => TopicsById.Values.Where(t => t.IsOnBoard).OrderBy(t => t.Number);

    public IEnumerable<Cluster> Clusters => ClustersById.Values.OrderBy(c => c.Number);

    public IEnumerable<ProjectGroup> Groups => GroupsById.Values.OrderBy(g => g.Number);

    public IReadOnlyList<PhaseChanged> PhaseHistory => PhaseChanges;

    public Participant? FindParticipant(Guid id) => ParticipantsById.GetValueOrDefault(id);

    /// <summary>The name a newly joining participant is shown with; counts the name in (call once per participant).</summary>
    internal string? ShownNameFor(string? pseudonym)
    {
        if (pseudonym is null)
        {
            return null;
        }

        var key = LookAlike.KeyOf(pseudonym);
        var earlier = NamesByLookAlike.GetValueOrDefault(key);
        NamesByLookAlike[key] = earlier + 1;
        return earlier == 0 || key.Length == 0 ? pseudonym : $"{pseudonym} ({earlier + 1})";
    }

    public Participant? FindParticipantByDevice(string deviceKey) =>
        ParticipantsByDevice.TryGetValue(deviceKey, out var id) ? ParticipantsById[id] : null;

    public Topic? FindTopic(Guid id) => TopicsById.TryGetValue(id, out var topic) && topic.IsOnBoard ? topic : null;

    public ProjectGroup? FindGroup(Guid id) => GroupsById.GetValueOrDefault(id);

    public bool IsIdTaken(Guid id) =>
        ParticipantsById.ContainsKey(id) || KnocksById.ContainsKey(id) || TopicsById.ContainsKey(id) || ClustersById.ContainsKey(id) || GroupsById.ContainsKey(id);

    public IEnumerable<Topic> VisibleTopics => Topics.Where(t => t.Visibility == TopicVisibility.Shown);
}
