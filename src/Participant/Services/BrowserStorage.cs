using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// localStorage through <see cref="IJSRuntime"/> directly. While prerendering on the server there is
/// no browser: reads return nothing and writes are skipped. A circuit may be told the values at start
/// (<see cref="Know"/>), so their first reads cost no round trip.
/// </summary>
public sealed class BrowserStorage(IJSRuntime js)
{
    private readonly Dictionary<string, string?> _known = [];

    /// <summary>
    /// Values the browser sent at start. Each answers its first read only: later reads go to the browser
    /// again, because the page's own script writes there too (the taps it held while the circuit was away).
    /// </summary>
    public void Know(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            _known[key] = value;
        }
    }

    public async ValueTask<string?> GetAsync(string key)
    {
        if (_known.Remove(key, out var known))
        {
            return known;
        }

        try
        {
            return await js.InvokeAsync<string?>("localStorage.getItem", key);
        }
        catch (InvalidOperationException)
        {
            return null; // prerendering: no JS yet
        }
        catch (JSException)
        {
            return null; // storage disabled (private mode on some old browsers)
        }
    }

    /// <summary>
    /// Writes without waiting for the browser's answer, where nothing depends on it: on a circuit each
    /// awaited write is a round trip, and the calls reach the browser in the order they were made anyway.
    /// </summary>
    public void Write(string key, string? value)
    {
        _known.Remove(key);
        try
        {
            BrowserCalls.Unawaited(value is null ? js.InvokeVoidAsync("localStorage.removeItem", key) : js.InvokeVoidAsync("localStorage.setItem", key, value));
        }
        catch (InvalidOperationException)
        {
            // prerendering: no browser to write to
        }
        catch (JSException)
        {
        }
    }

    public async ValueTask SetAsync(string key, string? value)
    {
        _known.Remove(key);
        try
        {
            if (value is null)
            {
                await js.InvokeVoidAsync("localStorage.removeItem", key);
            }
            else
            {
                await js.InvokeVoidAsync("localStorage.setItem", key, value);
            }
        }
        catch (InvalidOperationException)
        {
        }
        catch (JSException)
        {
        }
    }
}
