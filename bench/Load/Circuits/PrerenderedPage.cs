using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// What blazor.web.js reads from a prerendered page to start its circuit: the server (or auto)
/// component markers and the persisted component state, both in HTML comments.
/// </summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> Markers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match m in MarkerPattern().Matches(html))
        {
            if (JsonNode.Parse(m.Groups[1].Value) is JsonObject marker && marker["descriptor"] is not null
                && (string?)marker["type"] is "server" or "auto")
            {
                markers.Add(marker);
            }
        }

        var state = StatePattern().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>The operations blazor.web.js sends in UpdateRootComponents: add each marker as a root component.</summary>
    public string AddOperations(int batchId)
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = Markers[i].DeepClone();
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = batchId, ["operations"] = operations }.ToJsonString(new JsonSerializerOptions());
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex StatePattern();
}
