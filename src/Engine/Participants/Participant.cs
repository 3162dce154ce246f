using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>A neighbour in the assembly, on a phone or on paper. Without a pseudonym they are anonymous.</summary>
public sealed class Participant
{
    internal Participant(Guid id, int number, string? pseudonym, string? shownName, Presence presence, Channel channel, string? deviceKey)
    {
        Id = id;
        Number = number;
        Pseudonym = pseudonym;
        ShownName = shownName;
        Presence = presence;
        Channel = channel;
        DeviceKey = deviceKey;
    }

    public Guid Id { get; }

    /// <summary>Order of arrival, for stable lists.</summary>
    public int Number { get; }

    public string? Pseudonym { get; }

    /// <summary>
    /// The pseudonym as others see it: with a suffix such as " (2)" when it looks like the name of
    /// someone who joined earlier (<see cref="LookAlike"/>). Fixed at joining, so it never changes
    /// under anybody's eyes, and derived from the events alone.
    /// </summary>
    public string? ShownName { get; }

    public Presence Presence { get; }

    public Channel Channel { get; }

    internal string? DeviceKey { get; }

    public MoodWord? CheckIn { get; internal set; }

    public MoodWord? CheckOut { get; internal set; }

    public Guid? GroupId { get; internal set; }
}
