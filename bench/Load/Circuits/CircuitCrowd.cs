using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// N server-mode phones in one assembly, as phones reloaded into server mode: devices that joined once over
/// the hub and left (keeping what a phone keeps in localStorage), then a circuit each on the phone page
/// that resumes its device (<see cref="CircuitPhone"/>). A circuit that cannot start is counted, not fatal.
/// </summary>
public sealed class CircuitCrowd : IAsyncDisposable
{
    private const int Parallel = 16;
    private readonly List<string> _failures;

    private CircuitCrowd(List<CircuitPhone> phones, List<string> failures)
    {
        Phones = phones;
        _failures = failures;
    }

    public List<CircuitPhone> Phones { get; }

    /// <summary>Why circuits did not start (the first three kinds), or empty.</summary>
    public string Failure => string.Join("; ", _failures.Distinct().Take(3));

    /// <summary>Joins <paramref name="count"/> devices over the hub and leaves, keeping what a phone keeps in localStorage.</summary>
    public static async Task<(Guid AssemblyId, string DeviceToken)[]> JoinDevicesAsync(Uri server, string code, int count)
    {
        var devices = new (Guid, string)[count];
        await Clients.ForEachAsync(count, 32, async i =>
        {
            await using var connection = Clients.Build(server);
            await connection.StartAsync();
            var answer = await connection.InvokeAsync<DeviceJoin>("Join", code, $"Kreis {i + 1}", Presence.InRoom, null);
            if (!answer.Accepted || answer.DeviceToken is null || answer.AssemblyId is null)
            {
                throw new InvalidOperationException($"join refused: {answer.Refusal}");
            }

            devices[i] = (answer.AssemblyId.Value, answer.DeviceToken);
        });
        return devices;
    }

    /// <summary>Starts a circuit for each device on <c>/join/{code}?mode=server</c>, a few at a time.</summary>
    public static async Task<CircuitCrowd> StartAsync(Uri server, string code, (Guid AssemblyId, string DeviceToken)[] devices)
    {
        var phones = new CircuitPhone?[devices.Length];
        var failures = new List<string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var page = new Uri(server, $"join/{code}?mode=server");
        await Clients.ForEachAsync(devices.Length, Parallel, async i =>
        {
            try
            {
                phones[i] = await CircuitPhone.StartAsync(http, page, new PhoneStorage(devices[i].AssemblyId, code, devices[i].DeviceToken));
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException or IOException or System.Net.WebSockets.WebSocketException)
            {
                lock (failures)
                {
                    failures.Add(e.Message);
                }
            }
        });
        return new CircuitCrowd([.. phones.Where(p => p is not null).Select(p => p!)], failures);
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(Phones.Select(p => p.DisposeAsync().AsTask()));
}
