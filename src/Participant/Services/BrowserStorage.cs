using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// localStorage through <see cref="IJSRuntime"/> directly (no JS file of our own). While prerendering
/// on the server there is no browser: reads return nothing and writes are skipped.
/// </summary>
public sealed class BrowserStorage(IJSRuntime js)
{
    public async ValueTask<string?> GetAsync(string key)
    {
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

    public async ValueTask SetAsync(string key, string? value)
    {
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
