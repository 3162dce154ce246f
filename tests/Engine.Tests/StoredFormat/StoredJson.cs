using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Readable JSON for golden expectations: indented, enums by name (so a shifted number shows as a
/// different name), umlauts as they are.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(object value) => JsonSerializer.Serialize(value, value.GetType(), Options).ReplaceLineEndings("\n") + "\n";

    public static Dictionary<string, T> Table<T>(string json) => JsonSerializer.Deserialize<Dictionary<string, T>>(json, Options) ?? [];
}
