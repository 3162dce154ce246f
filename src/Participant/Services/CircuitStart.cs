using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The start of a server-mode phone in one round trip. A circuit starts without this browser's
/// storage, and each question to the browser costs a round trip on the phone's line (about 165 ms on
/// Fast 3G, fourteen of them one after another before): so the stored and chosen language, device and queue,
/// whether the browser is online, and the queue's and the network's watches are one call to
/// <c>js/phone.js</c>, which the page loaded with itself.
/// </summary>
public sealed class CircuitStart(IJSRuntime js, BrowserStorage storage, LanguagePreference preference, CircuitQueue queue, NetworkWatch network)
{
    private static readonly string[] Keys = [LanguagePreference.Key, DeviceTokenStore.Key, CommandQueue.Key];

    public async Task RunAsync()
    {
        BrowserStart state;
        IJSObjectReference? module = null;
        try
        {
            state = await js.InvokeAsync<BrowserStart>("ovPhone.start", Keys, queue.Listener, network.Listener, queue.Words);
        }
        catch (JSException)
        {
            // The page's module had not run yet (or the page is an older one): ask it for the module.
            module = await js.InvokeAsync<IJSObjectReference>("import", "./js/phone.js");
            state = await module.InvokeAsync<BrowserStart>("start", Keys, queue.Listener, network.Listener, queue.Words);
        }

        storage.Know(state.Stored ?? []);
        network.Heard(state.Online);
        var started = preference.Current;
        await preference.StartInCircuitAsync(state.PseudoLocale, state.ChosenLanguage, state.AcceptLanguage, js);
        if (preference.Current != started)
        {
            // The queue's notice started in the page's language; the phone's own (a choice only its storage kept) is known only now.
            BrowserCalls.Unawaited(module is null ? js.InvokeVoidAsync("ovPhone.say", queue.Words) : module.InvokeVoidAsync("say", queue.Words));
        }
    }

    /// <summary>What the browser answered: the root's pseudo-locale switch, Accept-Language and the cookie's language, navigator.onLine, and the stored values by key.</summary>
    public sealed record BrowserStart(string? PseudoLocale, bool Online, Dictionary<string, string?>? Stored, string? AcceptLanguage = null, string? ChosenLanguage = null);
}
