using System.Collections.Concurrent;
using System.Text.Json;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// The JavaScript a server-mode phone's circuit calls, as one browser would answer it: localStorage
/// (seeded with the device a phone keeps after joining, so the circuit resumes that participant, as
/// after a reload; read at start through <c>ovPhone.start</c>, the page's one start call), modules imported
/// as object references, and any other call done with null.
/// </summary>
public sealed class PhoneStorage : IPhoneScript
{
    private static int _nextObject;
    private readonly ConcurrentDictionary<string, string> _items = new();

    public PhoneStorage(Guid assemblyId, string joinCode, string deviceToken) =>
        _items["ov.device"] = JsonSerializer.Serialize(new { AssemblyId = assemblyId, JoinCode = joinCode, DeviceToken = deviceToken });

    public (bool Succeeded, string ResultJson) Answer(string identifier, string argsJson, long targetInstanceId)
    {
        var arguments = JsonDocument.Parse(argsJson).RootElement;
        switch (identifier)
        {
            case "localStorage.getItem":
                return (true, _items.TryGetValue(arguments[0].GetString()!, out var value) ? JsonSerializer.Serialize(value) : "null");
            case "localStorage.setItem":
                _items[arguments[0].GetString()!] = arguments[1].GetString() ?? "";
                return (true, "null");
            case "localStorage.removeItem":
                _items.TryRemove(arguments[0].GetString()!, out _);
                return (true, "null");
            case "import":
                return (true, $"{{\"__jsObjectId\":{Interlocked.Increment(ref _nextObject)}}}");
            case "watch":
                return (true, "true"); // the network watch: "online"
            case "ovPhone.start":
                // The phone's start in one call (js/phone.js): the stored values it asks for, and "online".
                var stored = arguments[0].EnumerateArray().Select(k => k.GetString()!).ToDictionary(k => k, k => _items.TryGetValue(k, out var item) ? item : null);
                return (true, JsonSerializer.Serialize(new { pseudoLocale = (string?)null, online = true, stored }));
            default:
                return (true, "null");
        }
    }
}
