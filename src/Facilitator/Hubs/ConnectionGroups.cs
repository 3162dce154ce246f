using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>Which groups a bound connection belongs to, and so which pushes it receives.</summary>
public static class ConnectionGroups
{
    public static IReadOnlyList<string> Of(ConnectionBinding binding) => binding.Role switch
    {
        ConnectionRole.Participant => [HubGroups.Public(binding.AssemblyId), HubGroups.Participant(binding.AssemblyId, binding.ParticipantId!.Value)],
        ConnectionRole.Projector => [HubGroups.Public(binding.AssemblyId)],
        ConnectionRole.Facilitator => [HubGroups.Facilitator(binding.AssemblyId)],
        _ => [],
    };
}
