namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>The SignalR group names: one public, one for the facilitator, one per participant.</summary>
public static class HubGroups
{
    public static string Public(Guid assemblyId) => $"{assemblyId:N}:public";

    public static string Facilitator(Guid assemblyId) => $"{assemblyId:N}:facilitator";

    public static string Participant(Guid assemblyId, Guid participantId) => $"{assemblyId:N}:p:{participantId:N}";
}
