using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>Which groups a bound connection belongs to, and so which pushes it receives: only phones bind to the hub.</summary>
public static class ConnectionGroups
{
    public static IReadOnlyList<string> Of(ConnectionBinding binding) => binding.Role switch
    {
        ConnectionRole.Participant => [HubGroups.Public(binding.AssemblyId), HubGroups.Participant(binding.AssemblyId, binding.ParticipantId!.Value)],
        _ => [],
    };
}
