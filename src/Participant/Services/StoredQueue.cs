using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The queue as localStorage keeps it, where it may wait across an update of the app: a format number
/// and the typed commands, kinds and moods as their fixed numbers. Format 1, the bare list of hub
/// method names with their arguments that phones wrote before the contract, still reads (<see cref="LegacyCommand"/>).
/// </summary>
public sealed record StoredQueue(int Format, IReadOnlyList<PendingCommand> Commands)
{
    public const int CurrentFormat = 2;

    // Numbers, not names: a renamed kind or mood must not lose what a phone still holds.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IEnumerable<PendingCommand> commands) => JsonSerializer.Serialize(new StoredQueue(CurrentFormat, [.. commands]), Json);

    /// <summary>What can still be sent of a stored queue, in its order; a damaged or unknown entry is left out, a damaged queue reads as empty.</summary>
    public static IReadOnlyList<PendingCommand> Read(string json, out bool isCurrent)
    {
        isCurrent = false;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                var legacy = document.RootElement.Deserialize<List<LegacyCommand>>(Wire.Json) ?? [];
                return [.. legacy.Select(c => c.ToCommand()).OfType<PendingCommand>().Where(c => c.IsComplete())];
            }

            var stored = document.RootElement.Deserialize<StoredQueue>(Json);
            isCurrent = stored?.Format == CurrentFormat;
            return [.. (stored?.Commands ?? []).Where(c => c is not null && Enum.IsDefined(c.Kind) && c.IsComplete())];
        }
        catch (JsonException)
        {
            return []; // nothing in a damaged entry was acknowledged, and the app must start anyway
        }
    }
}
