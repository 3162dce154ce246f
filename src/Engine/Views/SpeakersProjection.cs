using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Speaking;

namespace OffeneVersammlung.Engine.Views;

/// <summary>The speakers' list for the room (names, no ids, the next three) and for the console (everything it acts on).</summary>
internal static class SpeakersProjection
{
    /// <summary>How many waiting people the room sees beside the speaker.</summary>
    public const int NextShown = 3;

    public static SpeakersBoard? BoardOf(AssemblyState state, DateTimeOffset now)
    {
        var list = state.Speakers;
        if (!list.IsShown)
        {
            return null;
        }

        return new SpeakersBoard(
            list.IsOpen,
            list.Current is { } current ? CardOf(state, current) : null,
            list.Waiting.Take(NextShown).Select(id => CardOf(state, id)).OfType<SpeakerCard>().ToList(),
            list.Waiting.Count,
            TimeOf(list, now),
            list.Gong);
    }

    public static SpeakersDesk DeskOf(AssemblyState state, DateTimeOffset now)
    {
        var list = state.Speakers;
        return new SpeakersDesk(
            list.IsOpen,
            list.Current is { } current ? LineOf(state, current) : null,
            list.Waiting.Select(id => LineOf(state, id)).OfType<SpeakerLine>().ToList(),
            TimeOf(list, now),
            list.SecondsPerSpeaker,
            list.FirstTimeFirst,
            list.Gong,
            state.Participants.Where(p => list.TurnsOf(p.Id) > 0).Select(p => LineOf(p, list)).ToList(),
            list.InProtocol);
    }

    private static SpeakerCard? CardOf(AssemblyState state, Guid id) =>
        state.FindParticipant(id) is { } p ? new SpeakerCard(p.ShownName, p.Presence, p.Channel == Contracts.Channel.Paper) : null;

    private static SpeakerLine? LineOf(AssemblyState state, Guid id) =>
        state.FindParticipant(id) is { } p ? LineOf(p, state.Speakers) : null;

    private static SpeakerLine LineOf(Participant p, SpeakersList list) => new(p.Id, p.ShownName, p.Presence, p.Channel, list.TurnsOf(p.Id));

    private static TimerView? TimeOf(SpeakersList list, DateTimeOffset now)
    {
        if (list.SecondsPerSpeaker is not { } seconds || list.Remaining(now) is not { } remaining)
        {
            return null;
        }

        return new TimerView(seconds, (int)Math.Ceiling(remaining.TotalSeconds), true, now + remaining);
    }
}
