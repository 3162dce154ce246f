using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>Reads the whole view a phone's connection may see, consistent at one version.</summary>
public sealed class SnapshotReader(LiveAssemblies assemblies)
{
    private static readonly Snapshot Nothing = new(null, 0, null);

    public async Task<Snapshot> ReadAsync(ConnectionBinding? binding) => binding switch
    {
        { Role: ConnectionRole.Participant, ParticipantId: { } participantId } =>
            await ParticipantAsync(binding.AssemblyId, participantId) is { } view
                ? new Snapshot(binding.Role, view.Board.Version, view)
                : Nothing,
        _ => Nothing,
    };

    public Task<ParticipantView?> ParticipantAsync(Guid assemblyId, Guid participantId) =>
        assemblies.ReadAsync(assemblyId, (a, now) => a.ParticipantView(participantId, now));
}
