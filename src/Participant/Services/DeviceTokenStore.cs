using System.Text.Json;

namespace OffeneVersammlung.Participant.Services;

/// <summary>The device token Join returned, kept in localStorage so a reload returns to the same participant.</summary>
public sealed class DeviceTokenStore(BrowserStorage storage)
{
    public const string Key = "ov.device";

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

    // Not awaited: nothing on the phone waits for the browser to have stored it (a round trip on a circuit).
    public ValueTask SaveAsync(StoredDevice device)
    {
        storage.Write(Key, JsonSerializer.Serialize(device));
        return ValueTask.CompletedTask;
    }

    public ValueTask ForgetAsync()
    {
        storage.Write(Key, null);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Which assembly this phone joined, under which code, and its token there.</summary>
public sealed record StoredDevice(Guid AssemblyId, string JoinCode, string DeviceToken);
