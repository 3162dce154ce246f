using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>A line to the server that is up at once and stays up, calling <paramref name="server"/>; it pushes nothing.</summary>
internal sealed class UpLine(IParticipantHub server) : IParticipantLine
{
    public IParticipantHub Server { get; } = server;

    public bool IsUp => true;

    public event Action<PublicBoard>? BoardChanged { add { } remove { } }

    public event Action<OwnView>? OwnViewChanged { add { } remove { } }

    public event Func<Guid, Task>? AssemblyDeleted { add { } remove { } }

    public event Func<Task>? Connected;

    public event Action? Reconnecting { add { } remove { } }

    public event Action<long>? Failed { add { } remove { } }

    public Task StartAsync(CancellationToken stopping) => Connected?.Invoke() ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose()
    {
    }
}
