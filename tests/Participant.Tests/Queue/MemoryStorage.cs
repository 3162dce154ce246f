using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Tests.Queue;

/// <summary>localStorage as a dictionary, so a queue can be written, thrown away and read again as after a reload.</summary>
public sealed class MemoryStorage : IJSRuntime
{
    public Dictionary<string, string> Items { get; } = [];

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
    {
        var key = (string)args![0]!;
        switch (identifier)
        {
            case "localStorage.getItem":
                return ValueTask.FromResult((TValue)(object?)Items.GetValueOrDefault(key)!);
            case "localStorage.setItem":
                Items[key] = (string)args[1]!;
                break;
            case "localStorage.removeItem":
                Items.Remove(key);
                break;
            default:
                throw new InvalidOperationException($"Not localStorage: {identifier}");
        }

        return ValueTask.FromResult(default(TValue)!);
    }
}
