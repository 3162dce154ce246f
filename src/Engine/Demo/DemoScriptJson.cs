using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffeneVersammlung.Engine.Demo;

public static class DemoScriptJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static DemoScript Parse(string json) =>
        JsonSerializer.Deserialize<DemoScript>(json, Options) ?? throw new JsonException("The demo script is empty.");
}
