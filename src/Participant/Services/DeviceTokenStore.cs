using System.Text.Json;

namespace OffeneVersammlung.Participant.Services;

/// <summary>The device token Join returned, kept in localStorage so a reload returns to the same participant.</summary>
public sealed class DeviceTokenStore(BrowserStorage storage)
{
    private const string Key = "ov.device";

    public async ValueTask<StoredDevice?> ReadAsync()
    {
        var json = await storage.GetAsync(Key);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredDevice>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public ValueTask SaveAsync(StoredDevice device) => storage.SetAsync(Key, JsonSerializer.Serialize(device));

    public ValueTask ForgetAsync() => storage.SetAsync(Key, null);
}

/// <summary>Which assembly this phone joined, under which code, and its token there.</summary>
public sealed record StoredDevice(Guid AssemblyId, string JoinCode, string DeviceToken);
