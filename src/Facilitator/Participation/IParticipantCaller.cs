using System.Net;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// One phone's line as <see cref="ParticipantDesk"/> sees it: a SignalR connection to the hub or a
/// Blazor circuit in this process. It keeps who the phone is (its binding) and its count of wrong join
/// codes, and follows the assembly's pushes once bound: hub groups, or the in-process feeds.
/// </summary>
public interface IParticipantCaller
{
    /// <summary>The network address the phone came from, for the join guard; null where unknown.</summary>
    IPAddress? RemoteAddress { get; }

    /// <summary>Who the line belongs to; null until a join or resume was accepted, and after a refused one.</summary>
    ConnectionBinding? Binding { get; }

    /// <summary>Wrong join codes typed on this line.</summary>
    int FailedJoins { get; set; }

    /// <summary>Becomes this participant and receives their pushes from now on (an earlier binding is dropped first).</summary>
    Task BindAsync(ConnectionBinding binding);

    /// <summary>Becomes no one and receives nothing more.</summary>
    Task UnbindAsync();
}
