using System.Text.Json;
using System.Text.Json.Serialization;

namespace OffeneVersammlung.Participant.Services;

/// <summary>JSON as the hub speaks it: web defaults, enums as strings.</summary>
public static class Wire
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void Configure(JsonSerializerOptions options) => options.Converters.Add(new JsonStringEnumConverter());
}
