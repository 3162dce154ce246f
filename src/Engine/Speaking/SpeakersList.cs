namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// The plenary's speakers' list as state: who waits in which order, who speaks since when, the rules the
/// facilitator set, and how often each person was called this evening. Only the speaking events change it.
/// </summary>
public sealed class SpeakersList
{
    private readonly List<Guid> _waiting = [];
    private readonly Dictionary<Guid, int> _turns = [];

    /// <summary>Whether phones may raise a hand. A closed list still lets those waiting speak, as in a plenary.</summary>
    public bool IsOpen { get; private set; }

    public Guid? Current { get; private set; }

    public DateTimeOffset? CurrentSince { get; private set; }

    /// <summary>Who spoke before the current speaker; their phone learns that their turn is over.</summary>
    internal Guid? LastFinished { get; private set; }

    /// <summary>Each speaker's time; null: no limit (the default).</summary>
    public int? SecondsPerSpeaker { get; private set; }

    /// <summary>"Wer noch nicht gesprochen hat, zuerst": a first hand goes before everyone waiting who already spoke.</summary>
    public bool FirstTimeFirst { get; private set; }

    /// <summary>Whether the projector sounds a soft gong when a speaker's time is up.</summary>
    public bool Gong { get; private set; }

    /// <summary>Whether the protocol says how many contributions there were (never what was said).</summary>
    public bool InProtocol { get; private set; }

    public IReadOnlyList<Guid> Waiting => _waiting;

    /// <summary>Whether there is anything to show: open, or someone still waiting or speaking.</summary>
    public bool IsShown => IsOpen || _waiting.Count > 0 || Current is not null;

    public IReadOnlyDictionary<Guid, int> Turns => _turns;

    public int TurnsOf(Guid participantId) => _turns.GetValueOrDefault(participantId);

    public bool IsWaiting(Guid participantId) => _waiting.Contains(participantId);

    /// <summary>1 for the next speaker; null when not waiting.</summary>
    public int? PlaceOf(Guid participantId) => _waiting.IndexOf(participantId) is var i and >= 0 ? i + 1 : null;

    /// <summary>Time left for the current speaker; null without a limit or without a speaker.</summary>
    public TimeSpan? Remaining(DateTimeOffset now) =>
        SecondsPerSpeaker is { } seconds && CurrentSince is { } since ? TimeSpan.FromSeconds(seconds) - (now > since ? now - since : TimeSpan.Zero) : null;

    internal void SetOpen(bool open) => IsOpen = open;

    /// <summary>Restores the list as a snapshot holds it.</summary>
    internal void Restore(Snapshots.SpeakersSnapshot snapshot)
    {
        IsOpen = snapshot.IsOpen;
        Current = snapshot.Current;
        CurrentSince = snapshot.CurrentSince;
        LastFinished = snapshot.LastFinished;
        SecondsPerSpeaker = snapshot.SecondsPerSpeaker;
        FirstTimeFirst = snapshot.FirstTimeFirst;
        Gong = snapshot.Gong;
        InProtocol = snapshot.InProtocol;
        _waiting.Clear();
        _waiting.AddRange(snapshot.Waiting);
        _turns.Clear();
        foreach (var (id, turns) in snapshot.Turns)
        {
            _turns[id] = turns;
        }
    }

    internal void Raise(Guid participantId)
    {
        if (FirstTimeFirst && TurnsOf(participantId) == 0)
        {
            var firstWhoSpoke = _waiting.FindIndex(id => TurnsOf(id) > 0);
            _waiting.Insert(firstWhoSpoke < 0 ? _waiting.Count : firstWhoSpoke, participantId);
            return;
        }

        _waiting.Add(participantId);
    }

    internal void Lower(Guid participantId) => _waiting.Remove(participantId);

    internal void Move(Guid participantId, int position)
    {
        _waiting.Remove(participantId);
        _waiting.Insert(Math.Clamp(position, 0, _waiting.Count), participantId);
    }

    internal void Call(Guid? participantId, DateTimeOffset at)
    {
        LastFinished = Current;
        Current = participantId;
        CurrentSince = participantId is null ? null : at;
        if (participantId is { } id)
        {
            _waiting.Remove(id);
            _turns[id] = TurnsOf(id) + 1;
        }
    }

    internal void SetRules(int? secondsPerSpeaker, bool firstTimeFirst, bool gong, bool inProtocol)
    {
        // Switched on mid-list: those who never spoke move ahead, each group keeping its order.
        if (firstTimeFirst && !FirstTimeFirst)
        {
            var reordered = _waiting.Where(id => TurnsOf(id) == 0).Concat(_waiting.Where(id => TurnsOf(id) > 0)).ToList();
            _waiting.Clear();
            _waiting.AddRange(reordered);
        }

        SecondsPerSpeaker = secondsPerSpeaker;
        FirstTimeFirst = firstTimeFirst;
        Gong = gong;
        InProtocol = inProtocol;
    }
}
