namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// The speakers' list on the projector and the phones: who speaks, the next three, how many wait in all, and the
/// speaker's time running down (<see cref="SpeakingTime"/>, null without a limit or a speaker). <see cref="Gong"/>:
/// whether the projector sounds its soft gong when the time is up.
/// </summary>
public sealed record SpeakersBoard(
    bool IsOpen,
    SpeakerCard? Current,
    IReadOnlyList<SpeakerCard> Next,
    int WaitingCount,
    TimerView? SpeakingTime,
    bool Gong);
