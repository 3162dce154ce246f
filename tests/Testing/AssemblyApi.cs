using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Facilitator.Api;

namespace OffeneVersammlung.Testing;

/// <summary>The HTTP side, as the facilitator's "new assembly" form will use it.</summary>
public static class AssemblyApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static CreateAssemblyRequest Request(string title = "Offene Versammlung Nordstadt") =>
        new(null, TestTemplates.Full, title, "Nachbarschaftszentrum", DateTimeOffset.Parse("2025-05-20T18:00:00+02:00"), AssemblyFormat.InRoom, null, null, null, null);

    public static Task<CreatedAssembly> CreateAsync(HostFactory host, CreateAssemblyRequest? request = null) =>
        CreateAsync(host.BaseAddress, request);

    public static async Task<CreatedAssembly> CreateAsync(Uri baseAddress, CreateAssemblyRequest? request = null)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await HangGuard.Within(http.PostAsJsonAsync("api/assemblies", request ?? Request(), Json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonSerializer.Deserialize<CreatedAssembly>(body, Json)!;
    }
}
