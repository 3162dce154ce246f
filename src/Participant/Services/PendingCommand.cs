using System.Text.Json;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// A command the phone made and the server has not yet answered: the hub method, the client-made
/// command id (the server applies an id once, so resending is safe) and the further arguments.
/// </summary>
public sealed record PendingCommand(string Method, Guid CommandId, IReadOnlyList<JsonElement> Arguments)
{
    public static PendingCommand Create(string method, params object?[] arguments) =>
        new(method, Guid.NewGuid(), arguments.Select(a => JsonSerializer.SerializeToElement(a, Wire.Json)).ToList());

    /// <summary>The id first, then the arguments, as the hub method takes them.</summary>
    public object?[] HubArguments() => [CommandId, .. Arguments];

    public Guid? TopicArgument => Arguments.Count > 0 && Arguments[0].ValueKind == JsonValueKind.String && Arguments[0].TryGetGuid(out var id) ? id : null;
}
