using System.Net.Http.Json;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// One assembly on the real app (run as bench/ConsoleHost), driven as the screens drive it: created
/// over the API, moved into dot voting with a few paper topics by the facilitator in the app's process
/// (ConsoleHost's set-up endpoint, through the console's command path), its console open (the probe,
/// as a console in a browser follows it), then joined by phones.
/// </summary>
public sealed class AppAssembly : IAsyncDisposable
{
    public const int TopicCount = 12;
    private readonly List<HubConnection> _phones = [];

    private AppAssembly(Uri server, CreatedAnswer created, Uri[] phoneServers)
    {
        Server = server;
        Created = created;
        PhoneServers = phoneServers;
    }

    public Uri Server { get; }

    /// <summary>The nodes phones join on, phone i on node i mod their count (odd and even over two nodes).</summary>
    public Uri[] PhoneServers { get; }

    public CreatedAnswer Created { get; }

    /// <summary>The facilitator's console, open in-process until <see cref="CloseConsoleAsync"/>.</summary>
    public ConsoleProbeClient? Console { get; private set; }

    public Guid[] Topics { get; } = [.. Enumerable.Range(0, TopicCount).Select(_ => Guid.NewGuid())];

    public List<Phone> Phones { get; } = [];

    /// <summary>Joined phones that only listen, without the SignalR client (<see cref="JoinListenersAsync"/>).</summary>
    public List<WirePhone> Listeners { get; } = [];

    private readonly CancellationTokenSource _listening = new();
    private Task _keepingAlive = Task.CompletedTask;

    /// <summary>
    /// Creates an assembly with a large dot budget, adds the topics (and <paramref name="moreTopics"/> numbered ones)
    /// and opens dot voting, or <paramref name="phase"/>, on <paramref name="server"/> (its console too); phones join on
    /// <paramref name="phoneServers"/> (default: the same server).
    /// </summary>
    public static async Task<AppAssembly> OpenAsync(Uri server, string title, Phase? phase = null, int moreTopics = 0, Uri[]? phoneServers = null)
    {
        using var http = new HttpClient { BaseAddress = server };
        var request = new { templateId = "offene-versammlung", title, place = "Nachbarschaftszentrum", format = "InRoom", dotsPerPerson = 20, maxDotsPerTopic = 10 };
        using var response = await http.PostAsJsonAsync("api/assemblies", request);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<CreatedAnswer>())!;

        var assembly = new AppAssembly(server, created, phoneServers ?? [server]);
        var setUp = new
        {
            secret = created.FacilitatorSecret,
            topics = assembly.Topics.Select((id, i) => new { id, text = $"Thema {i + 1}: mehr Bänke und Schatten am Platz" }),
            phase = (int?)phase,
            topicCount = moreTopics,
        };
        using var ready = await http.PostAsJsonAsync($"bench/setup/{created.AssemblyId}", setUp);
        if (!ready.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"set-up refused ({(int)ready.StatusCode}; is the app bench/ConsoleHost?): {await ready.Content.ReadAsStringAsync()}");
        }

        assembly.Console = await ConsoleProbeClient.OpenAsync(server, created.AssemblyId);
        return assembly;
    }

    /// <summary>Joins phones until there are <paramref name="count"/>, a few at a time, as a room fills.</summary>
    public async Task JoinAsync(int count, int parallel = 32)
    {
        var start = Phones.Count;
        var joined = new Phone[count - start];
        await Clients.ForEachAsync(joined.Length, parallel, async i =>
            joined[i] = await JoinOneAsync(PhoneServers[(start + i) % PhoneServers.Length], Created.JoinCode, $"Nachbar {start + i + 1}"));
        Phones.AddRange(joined);
    }

    /// <summary>
    /// Joins <paramref name="count"/> more phones that only listen, as <see cref="WirePhone"/>s: the same join, the same
    /// pushes from the app, a fraction of the generator's work per board.
    /// </summary>
    public async Task JoinListenersAsync(int count, int parallel = 32)
    {
        var start = Phones.Count + Listeners.Count;
        var joined = new WirePhone[count];
        await Clients.ForEachAsync(count, parallel, async i =>
            joined[i] = await WirePhone.JoinAsync(PhoneServers[(start + i) % PhoneServers.Length], Created.JoinCode, $"Nachbar {start + i + 1}", new Receipts()));
        Listeners.AddRange(joined);
        if (_keepingAlive.IsCompleted)
        {
            _keepingAlive = WirePhone.KeepAliveAsync(Listeners, _listening.Token);
        }
    }

    /// <summary>One phone joining by the code, as a person in the room; also from the idle benchmark's generator processes.</summary>
    public static async Task<Phone> JoinOneAsync(Uri server, string joinCode, string pseudonym)
    {
        for (var attempt = 1; ; attempt++)
        {
            var receipts = new Receipts();
            var connection = await Clients.ListeningAsync(server, receipts);
            try
            {
                var answer = await connection.InvokeAsync<JoinAnswer>("Join", joinCode, pseudonym, Presence.InRoom, null);
                if (!answer.Accepted)
                {
                    throw new InvalidOperationException($"join refused: {answer.Refusal} {answer.Detail}");
                }

                if (answer.Snapshot?.Board is { } board)
                {
                    receipts.Record(board.Version);
                }

                return new Phone(connection, answer.ParticipantId, receipts);
            }
            catch (Exception e) when (attempt < 3 && e is System.Net.WebSockets.WebSocketException or IOException)
            {
                // The connection dropped mid-join on a busy server: a phone would reload and join again.
                System.Console.Error.WriteLine($"  join dropped ({e.Message}), joining again");
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>The current board as every phone gets it (the first phone's snapshot), and its size exactly as SignalR's MessagePack protocol writes it.</summary>
    public async Task<(PublicBoard Board, int Bytes)> BoardAsync()
    {
        var board = (await Phones[0].Connection.InvokeAsync<PhoneSnapshot>("GetSnapshot")).Participant!.Board!;
        return (board, MessagePackSerializer.Serialize(board, new MessagePackHubProtocolOptions().SerializerOptions).Length);
    }

    /// <summary>Closes the facilitator's console, as a laptop that went to sleep.</summary>
    public async Task CloseConsoleAsync()
    {
        if (Console is { } console)
        {
            Console = null;
            await console.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseConsoleAsync();
        await Clients.DisposeAllAsync(Phones.Select(p => p.Connection));
        Phones.Clear();
        await _listening.CancelAsync();
        await _keepingAlive;
        await Task.WhenAll(Listeners.Select(l => l.DisposeAsync().AsTask()));
        Listeners.Clear();
        _listening.Dispose();
    }
}
