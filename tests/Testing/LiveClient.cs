using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Hubs;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A real SignalR client (MessagePack), as a phone is, that keeps the newest view of each kind,
/// records every push, and lets a test await a version without sleeping.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly GuardedState _state = new();

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<PublicBoard>(nameof(IAssemblyClient.BoardChanged), board => _state.Update(() =>
        {
            BoardPushes.Add(board);
            if (board.Version > (Board?.Version ?? -1))
            {
                Board = board;
            }
        }));
        connection.On<OwnView>(nameof(IAssemblyClient.OwnViewChanged), own => _state.Update(() =>
        {
            OwnPushes.Add(own);
            if (own.Version > (Own?.Version ?? -1))
            {
                Own = own;
            }
        }));
    }

    public HubConnection Connection { get; }

    public PublicBoard? Board { get; private set; }

    public OwnView? Own { get; private set; }

    public List<PublicBoard> BoardPushes { get; } = [];

    public List<OwnView> OwnPushes { get; } = [];

    public Guid ParticipantId { get; private set; }

    public string? DeviceToken { get; private set; }

    public static Task<LiveClient> ConnectAsync(HostFactory host, bool json = false) => ConnectAsync(host.BaseAddress, json);

    /// <summary>Connects with extra request headers on the negotiation and the WebSocket, e.g. what a reverse proxy adds.</summary>
    public static Task<LiveClient> ConnectAsync(HostFactory host, IReadOnlyDictionary<string, string> headers) =>
        ConnectAsync(host.BaseAddress, json: false, headers);

    /// <summary>Connects to a server at any address, e.g. the app started as its own process.</summary>
    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, bool json = false, IReadOnlyDictionary<string, string>? headers = null)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "hub"), o =>
        {
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                o.Headers[name] = value;
            }
        });
        builder = json
            ? builder.AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            : builder.AddMessagePackProtocol();
        var client = new LiveClient(builder.Build());
        await HangGuard.Within(client.Connection.StartAsync());
        return client;
    }

    public static async Task<LiveClient> ParticipantAsync(HostFactory host, string joinCode, string? pseudonym = null, string? deviceToken = null)
    {
        var client = await ConnectAsync(host);
        var joined = await client.JoinAsync(joinCode, pseudonym, deviceToken);
        Assert.True(joined.Accepted, $"join refused: {joined.Refusal} {joined.Detail}");
        return client;
    }

    public async Task<JoinResult> JoinAsync(string joinCode, string? pseudonym, string? deviceToken = null)
    {
        var joined = await HangGuard.Within(Connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Join), joinCode, pseudonym, Presence.InRoom, deviceToken));
        Remember(joined);
        return joined;
    }

    public async Task<JoinResult> ResumeAsync(Guid assemblyId, string deviceToken)
    {
        var resumed = await HangGuard.Within(Connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Resume), assemblyId, deviceToken));
        Remember(resumed);
        return resumed;
    }

    public Task<CommandResult> InvokeAsync(string method, params object?[] args) =>
        HangGuard.Within(Connection.InvokeCoreAsync<CommandResult>(method, args));

    /// <summary>Invokes and insists on acceptance.</summary>
    public async Task<CommandResult> DoAsync(string method, params object?[] args)
    {
        var result = await InvokeAsync(method, args);
        Assert.True(result.Accepted, $"{method} refused: {result.Refusal} {result.Detail}");
        return result;
    }

    public Task<Snapshot> SnapshotAsync() => HangGuard.Within(Connection.InvokeAsync<Snapshot>(nameof(IParticipantHub.GetSnapshot)));

    public Task<PublicBoard> BoardAtAsync(long version) => _state.WaitFor(() => Board?.Version >= version, () => Board!);

    public Task<OwnView> OwnAtAsync(long version) => _state.WaitFor(() => Own?.Version >= version, () => Own!);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private void Remember(JoinResult joined)
    {
        if (!joined.Accepted)
        {
            return;
        }

        ParticipantId = joined.ParticipantId!.Value;
        DeviceToken = joined.DeviceToken;
        _state.Update(() =>
        {
            if (joined.Snapshot is { } view)
            {
                if (view.Board.Version > (Board?.Version ?? -1))
                {
                    Board = view.Board;
                }

                if (view.Own.Version > (Own?.Version ?? -1))
                {
                    Own = view.Own;
                }
            }
        });
    }

}
