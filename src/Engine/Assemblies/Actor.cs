using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>Who sends a command. The host derives it from the connection, never from the command.</summary>
public sealed record Actor(ActorRole Role, Guid? ParticipantId)
{
    public static Actor Facilitator { get; } = new(ActorRole.Facilitator, null);

    public static Actor Participant(Guid participantId) => new(ActorRole.Participant, participantId);

    public bool IsFacilitator => Role == ActorRole.Facilitator;

    /// <summary>The participant themself, or the facilitator acting for someone on paper.</summary>
    public bool MaySpeakFor(Participants.Participant participant) =>
        ParticipantId == participant.Id || (IsFacilitator && participant.Channel == Channel.Paper);
}
