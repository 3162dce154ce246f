namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>The SignalR group names: one public (every phone of the assembly), one per participant.</summary>
public static class HubGroups
{
    public static string Public(Guid assemblyId) => $"{assemblyId:N}:public";

    public static string Participant(Guid assemblyId, Guid participantId) => $"{assemblyId:N}:p:{participantId:N}";
}
