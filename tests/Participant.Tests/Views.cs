using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>Views as the hub would push them, with only what a test cares about set.</summary>
public static class Views
{
    public static readonly Guid Benches = Guid.NewGuid();
    public static readonly Guid Playground = Guid.NewGuid();

    private static readonly MoodBoard NoMoods = new(0, [0, 0, 0, 0, 0], []);

    public static PublicBoard Board(Phase phase, int dotsPerPerson = 3, int maxPerTopic = 2) => new(
        Guid.NewGuid(),
        7,
        "Offene Versammlung Nordstadt",
        "Nachbarschaftszentrum",
        null,
        AssemblyFormat.InRoom,
        "test",
        phase,
        Enum.GetValues<Phase>(),
        null,
        new TimerView(0, 0, false, null),
        new ParticipantCounts(2, 2, 0, 0),
        NoMoods,
        NoMoods,
        [new TopicCard(Benches, 1, "Mehr Bänke am Platz", null, null, null, false), new TopicCard(Playground, 2, "Spielplatz reparieren", null, null, null, false)],
        [],
        new VotingStatus(1, false, null, dotsPerPerson, maxPerTopic, false, 0),
        null,
        [],
        JoinCodeVisible: true);

    public static OwnView Own(int dotsLeft, Dictionary<Guid, int>? dots = null) =>
        new(7, Guid.NewGuid(), "Amal", Presence.InRoom, Channel.Phone, null, null, [], dots ?? [], dotsLeft, null, null);
}
