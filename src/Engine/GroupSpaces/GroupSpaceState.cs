namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>Everything a group space knows, rebuilt from its events.</summary>
public sealed class GroupSpaceState
{
    internal List<FirstStep> Steps { get; } = [];

    internal List<MeetingDate> Dates { get; } = [];

    internal List<StatusEntry> Entries { get; } = [];

    internal Dictionary<Guid, SpaceMemberState> MembersById { get; } = [];

    internal HashSet<Guid> HandledCommands { get; } = [];

    public Guid SpaceId { get; internal set; }

    public bool IsOpened => Version > 0;

    public long Version { get; internal set; }

    /// <summary>When the last entry of any kind was made: retention counts from here.</summary>
    public DateTimeOffset LastEventAt { get; internal set; }

    public string AssemblyTitle { get; internal set; } = string.Empty;

    public DateTimeOffset AssemblyDate { get; internal set; }

    public SpaceProfile Profile { get; internal set; } = new(string.Empty, null, [], null, null, null, null, null);

    public bool IsPublic { get; internal set; }

    public int RetentionMonths { get; internal set; } = SpaceRetention.DefaultMonths;

    public IReadOnlyList<FirstStep> FirstSteps => Steps;

    /// <summary>The dates in time order.</summary>
    public IEnumerable<MeetingDate> MeetingDates => Dates.OrderBy(d => d.At);

    /// <summary>Newest first.</summary>
    public IEnumerable<StatusEntry> StatusEntries => Entries.OrderByDescending(e => e.At).ThenByDescending(e => Entries.IndexOf(e));

    /// <summary>The members who have not left, in the order the space was opened with.</summary>
    public IEnumerable<SpaceMemberState> Members => MembersById.Values.Where(m => !m.HasLeft);

    public bool IsMember(Guid? memberId) => memberId is { } id && MembersById.TryGetValue(id, out var member) && !member.HasLeft;

    public SpaceMemberState? FindMember(Guid memberId) => MembersById.GetValueOrDefault(memberId);

    /// <summary>The first date from <paramref name="now"/> on, if any.</summary>
    public MeetingDate? NextDate(DateTimeOffset now) => MeetingDates.FirstOrDefault(d => d.At >= now);
}
