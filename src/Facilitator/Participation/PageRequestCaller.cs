using System.Net;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// A phone as one HTTP request sees it (a join form's post, the prerender of its page): it has an address
/// for the join guard but no line that could follow the room, so binding it follows nothing. Each request
/// is a line of its own; the guard's window per address is what limits wrong codes typed by form.
/// </summary>
public sealed class PageRequestCaller(IPAddress? remoteAddress) : IParticipantCaller
{
    public IPAddress? RemoteAddress { get; } = remoteAddress;

    public ConnectionBinding? Binding { get; private set; }

    public int FailedJoins { get; set; }

    public Task BindAsync(ConnectionBinding binding)
    {
        Binding = binding;
        return Task.CompletedTask;
    }

    public Task UnbindAsync()
    {
        Binding = null;
        return Task.CompletedTask;
    }
}
