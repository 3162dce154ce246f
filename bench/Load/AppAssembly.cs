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
/// One assembly on the real app, driven as the screens drive it: created over the API, moved into
/// dot voting by the facilitator with a few paper topics, then joined by phones.
/// </summary>
public sealed class AppAssembly : IAsyncDisposable
{
    public const int TopicCount = 12;
    private readonly List<HubConnection> _phones = [];

    private AppAssembly(Uri server, CreatedAnswer created, HubConnection facilitator)
    {
        Server = server;
        Created = created;
        Facilitator = facilitator;
    }

    public Uri Server { get; }

    public CreatedAnswer Created { get; }

    public HubConnection Facilitator { get; }

    public Guid[] Topics { get; } = [.. Enumerable.Range(0, TopicCount).Select(_ => Guid.NewGuid())];

    public List<Phone> Phones { get; } = [];

    /// <summary>Creates an assembly with a large dot budget, adds the topics and opens dot voting.</summary>
    public static async Task<AppAssembly> OpenAsync(Uri server, string title)
    {
        using var http = new HttpClient { BaseAddress = server };
        var request = new { templateId = "offene-versammlung", title, place = "Nachbarschaftszentrum", format = "InRoom", dotsPerPerson = 20, maxDotsPerTopic = 10 };
        using var response = await http.PostAsJsonAsync("api/assemblies", request);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<CreatedAnswer>())!;

        var facilitator = Clients.Build(server);
        await facilitator.StartAsync();
        var assembly = new AppAssembly(server, created, facilitator);
        await assembly.FacilitatorAsync("ConnectFacilitator", created.AssemblyId, created.FacilitatorSecret);
        await assembly.AdvanceAsync(); // welcome
        await assembly.AdvanceAsync(); // check-in
        await assembly.AdvanceAsync(); // topic collection
        for (var i = 0; i < TopicCount; i++)
        {
            await assembly.FacilitatorAsync("AddPaperTopic", Guid.NewGuid(), assembly.Topics[i], $"Thema {i + 1}: mehr Bänke und Schatten am Platz", null);
        }

        await assembly.AdvanceAsync(); // clustering
        await assembly.AdvanceAsync(); // dot voting
        return assembly;
    }

    /// <summary>Joins phones until there are <paramref name="count"/>, a few at a time, as a room fills.</summary>
    public async Task JoinAsync(int count, int parallel = 32)
    {
        var start = Phones.Count;
        var joined = new Phone[count - start];
        await Clients.ForEachAsync(joined.Length, parallel, async i =>
        {
            for (var attempt = 1; ; attempt++)
            {
                var receipts = new Receipts();
                var connection = await Clients.ListeningAsync(Server, receipts);
                try
                {
                    var answer = await connection.InvokeAsync<JoinAnswer>("Join", Created.JoinCode, $"Nachbar {start + i + 1}", Presence.InRoom, null);
                    if (!answer.Accepted)
                    {
                        throw new InvalidOperationException($"join refused: {answer.Refusal} {answer.Detail}");
                    }

                    if (answer.Snapshot?.Board is { } board)
                    {
                        receipts.Record(board.Version);
                    }

                    joined[i] = new Phone(connection, answer.ParticipantId, receipts);
                    return;
                }
                catch (Exception e) when (attempt < 3 && e is System.Net.WebSockets.WebSocketException or IOException)
                {
                    // The connection dropped mid-join on a busy server: a phone would reload and join again.
                    Console.Error.WriteLine($"  join dropped ({e.Message}), joining again");
                    await connection.DisposeAsync();
                }
            }
        });
        Phones.AddRange(joined);
    }

    /// <summary>The current board as a projector gets it, and its size exactly as SignalR's MessagePack protocol writes it.</summary>
    public async Task<(PublicBoard Board, int Bytes)> BoardAsync()
    {
        await using var projector = Clients.Build(Server);
        await projector.StartAsync();
        await projector.InvokeAsync<Answer>("ConnectProjector", Created.AssemblyId, Created.ProjectorSecret);
        var board = (await projector.InvokeAsync<BoardSnapshot>("GetSnapshot")).Board!;
        return (board, MessagePackSerializer.Serialize(board, new MessagePackHubProtocolOptions().SerializerOptions).Length);
    }

    public async ValueTask DisposeAsync()
    {
        await Clients.DisposeAllAsync(Phones.Select(p => p.Connection).Append(Facilitator));
        Phones.Clear();
    }

    private Task AdvanceAsync() => FacilitatorAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);

    private async Task FacilitatorAsync(string method, params object?[] args)
    {
        var answer = await Facilitator.InvokeCoreAsync<Answer>(method, args);
        if (!answer.Accepted)
        {
            throw new InvalidOperationException($"{method}: {answer}");
        }
    }
}
