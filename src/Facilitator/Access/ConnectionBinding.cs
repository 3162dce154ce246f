using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>Which assembly a caller belongs to and in which role: a phone's, kept in the hub's connection context, or a screen's, kept by the screen in this process.</summary>
public sealed record ConnectionBinding(ConnectionRole Role, Guid AssemblyId, Guid? ParticipantId)
{
    public static ConnectionBinding Facilitator(Guid assemblyId) => new(ConnectionRole.Facilitator, assemblyId, null);

    public static ConnectionBinding Projector(Guid assemblyId) => new(ConnectionRole.Projector, assemblyId, null);

    public static ConnectionBinding Participant(Guid assemblyId, Guid participantId) => new(ConnectionRole.Participant, assemblyId, participantId);
}
