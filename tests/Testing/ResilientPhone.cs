using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Hubs;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A phone as the participant app behaves: it reconnects by itself whenever the line drops (also
/// when the server is gone for a while), resumes with its device token, keeps the newest views, and
/// sends a command again with the same id until it gets an answer.
/// </summary>
public sealed class ResilientPhone : IAsyncDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _disposed = new();
    private TaskCompletionSource _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ResilientPhone(Uri baseAddress, bool json)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hub"))
            .WithAutomaticReconnect(new SteadyRetry(GiveUpAfter));
        builder = json
            ? builder.AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            : builder.AddMessagePackProtocol();
        Connection = builder.Build();
        Connection.On<PublicBoard>(nameof(IAssemblyClient.BoardChanged), board => Keep(board, null));
        Connection.On<OwnView>(nameof(IAssemblyClient.OwnViewChanged), own => Keep(null, own));
        Connection.Reconnecting += _ =>
        {
            lock (_lock)
            {
                if (_bound.Task.IsCompleted)
                {
                    _bound = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            return Task.CompletedTask;
        };
        Connection.Reconnected += _ => ResumeAsync();
    }

    public HubConnection Connection { get; }

    public Guid AssemblyId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public string DeviceToken { get; private set; } = string.Empty;

    /// <summary>How often this phone resumed after a lost connection.</summary>
    public int Resumes { get; private set; }

    public PublicBoard? Board { get; private set; }

    public OwnView? Own { get; private set; }

    public static async Task<ResilientPhone> JoinAsync(Uri baseAddress, string joinCode, string? pseudonym, bool json = false)
    {
        var phone = new ResilientPhone(baseAddress, json);
        await HangGuard.Within(phone.Connection.StartAsync());
        var joined = await HangGuard.Within(phone.Connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Join), joinCode, pseudonym, Presence.InRoom, null));
        Assert.True(joined.Accepted, $"join refused: {joined.Refusal} {joined.Detail}");
        (phone.AssemblyId, phone.ParticipantId, phone.DeviceToken) = (joined.AssemblyId!.Value, joined.ParticipantId!.Value, joined.DeviceToken!);
        phone.Keep(joined.Snapshot!.Board, joined.Snapshot.Own);
        phone._bound.TrySetResult();
        return phone;
    }

    /// <summary>One attempt; null when the line dropped before an answer came (the command may or may not have arrived).</summary>
    public async Task<CommandResult?> TrySendAsync(string method, params object?[] args)
    {
        try
        {
            await HangGuard.Within(BoundAsync());
            return await HangGuard.Within(Connection.InvokeCoreAsync<CommandResult>(method, args));
        }
        catch (Exception e) when (e is not TimeoutException && !_disposed.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Sends, and after every lost connection sends the same command (same id) again, until it is answered.</summary>
    public async Task<CommandResult> SendUntilAnsweredAsync(string method, params object?[] args)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (DateTime.UtcNow < deadline)
        {
            if (await TrySendAsync(method, args) is { } answer)
            {
                return answer;
            }

            // The line is down; the reconnect loop rebinds the connection and the next attempt waits for it.
            await Task.Delay(50);
        }

        throw new TimeoutException($"{method} got no answer within {GiveUpAfter}");
    }

    /// <summary>Completes once the connection is bound to the participant (again).</summary>
    public Task BoundAsync()
    {
        lock (_lock)
        {
            return _bound.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await Connection.DisposeAsync();
        _disposed.Dispose();
    }

    private async Task ResumeAsync()
    {
        try
        {
            var resumed = await Connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Resume), AssemblyId, DeviceToken);
            Assert.True(resumed.Accepted, $"resume refused: {resumed.Refusal} {resumed.Detail}");
            Keep(resumed.Snapshot!.Board, resumed.Snapshot.Own);
            lock (_lock)
            {
                Resumes++;
                _bound.TrySetResult();
            }
        }
        catch (Exception) when (Connection.State != HubConnectionState.Connected)
        {
            // Dropped again while resuming: the next Reconnected resumes.
        }
    }

    private void Keep(PublicBoard? board, OwnView? own)
    {
        lock (_lock)
        {
            if (board is not null && board.Version > (Board?.Version ?? -1))
            {
                Board = board;
            }

            if (own is not null && own.Version > (Own?.Version ?? -1))
            {
                Own = own;
            }
        }
    }

    /// <summary>Tries again every quarter second (a server restart takes a few), and gives up only after a long while.</summary>
    private sealed class SteadyRetry(TimeSpan giveUpAfter) : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < giveUpAfter ? TimeSpan.FromMilliseconds(250) : null;
    }
}
