namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// The speakers' list on the console: the whole order with ids to act on, the rules, and everyone who spoke
/// this evening with their count.
/// </summary>
public sealed record SpeakersDesk(
    bool IsOpen,
    SpeakerLine? Current,
    IReadOnlyList<SpeakerLine> Waiting,
    TimerView? SpeakingTime,
    int? SecondsPerSpeaker,
    bool FirstTimeFirst,
    bool Gong,
    IReadOnlyList<SpeakerLine> Spoken,
    bool InProtocol = false);
