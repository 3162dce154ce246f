using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The line of a phone running on WebAssembly: a SignalR connection to the hub (JSON, enums as names),
/// reconnecting forever; if even the first start fails (the page came from the cache, or the network
/// fell at once), a loop keeps starting it.
/// </summary>
public sealed class HubLine(NavigationManager navigation) : IParticipantLine
{
    private HubConnection? _hub;
    private ParticipantHub? _server;
    private CancellationToken _stopping;

    public event Action<PublicBoard>? BoardChanged;

    public event Action<OwnView>? OwnViewChanged;

    public event Func<Guid, Task>? AssemblyDeleted;

    public event Func<Task>? Connected;

    public event Action? Reconnecting;

    public event Action<long>? Failed;

    public IParticipantHub Server => _server ?? throw new InvalidOperationException("The line is not started.");

    public bool IsUp => _hub is { State: HubConnectionState.Connected };

    public async Task StartAsync(CancellationToken stopping)
    {
        if (_hub is not null)
        {
            return;
        }

        _stopping = stopping;
        _hub = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri("hub"))
            .AddJsonProtocol(o => Wire.Configure(o.PayloadSerializerOptions))
            .WithAutomaticReconnect(new RetryForever(attempts => Failed?.Invoke(attempts)))
            .Build();
        _server = new ParticipantHub(_hub);
        _hub.On<PublicBoard>(nameof(IAssemblyClient.BoardChanged), board => BoardChanged?.Invoke(board));
        _hub.On<OwnView>(nameof(IAssemblyClient.OwnViewChanged), own => OwnViewChanged?.Invoke(own));
        _hub.On<Guid>(nameof(IAssemblyClient.AssemblyDeleted), id => AssemblyDeleted?.Invoke(id) ?? Task.CompletedTask);
        _hub.Reconnecting += _ =>
        {
            Reconnecting?.Invoke();
            return Task.CompletedTask;
        };
        _hub.Reconnected += _ => Connected?.Invoke() ?? Task.CompletedTask;
        _hub.Closed += _ => ConnectLoopAsync();
        await ConnectLoopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    /// <summary>For containers that dispose synchronously: the connection closes on its own.</summary>
    public void Dispose()
    {
        if (_hub is { } hub)
        {
            _ = hub.DisposeAsync().AsTask();
        }
    }

    private async Task ConnectLoopAsync()
    {
        var attempt = 0;
        while (!_stopping.IsCancellationRequested && _hub is { State: HubConnectionState.Disconnected } hub)
        {
            try
            {
                await hub.StartAsync(_stopping);
                if (Connected is { } connected)
                {
                    await connected();
                }

                return;
            }
            catch (Exception) when (!_stopping.IsCancellationRequested)
            {
                attempt++;
                Failed?.Invoke(attempt + 1);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt * 2)), _stopping).ConfigureAwait(false);
            }
        }
    }
}
