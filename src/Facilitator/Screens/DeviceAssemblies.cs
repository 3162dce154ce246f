using System.Text.Json;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// The facilitator's assemblies on this device. There are no accounts: the secret links live where
/// they were made, in this browser's storage, and nowhere on the server.
/// </summary>
public sealed class DeviceAssemblies(BrowserStorage storage)
{
    private const string Key = "ov.facilitator.assemblies";
    private const int Kept = 50;

    public async Task<IReadOnlyList<SavedAssembly>> ListAsync()
    {
        var json = await storage.GetAsync(Key);
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<SavedAssembly>>(json) ?? [];
        }
        catch (JsonException)
        {
            return []; // written by an older version or by hand: start afresh rather than fail the page
        }
    }

    public async Task RememberAsync(SavedAssembly assembly)
    {
        var list = (await ListAsync()).Where(a => a.AssemblyId != assembly.AssemblyId).Prepend(assembly).Take(Kept).ToList();
        await storage.SetAsync(Key, JsonSerializer.Serialize(list));
    }

    public async Task ForgetAsync(Guid assemblyId)
    {
        var list = (await ListAsync()).Where(a => a.AssemblyId != assemblyId).ToList();
        await storage.SetAsync(Key, JsonSerializer.Serialize(list));
    }
}
