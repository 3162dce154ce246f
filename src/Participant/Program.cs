using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using OffeneVersammlung.Participant.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddParticipantApp();
var host = builder.Build();

// The language is chosen once before the app runs; the page's root then speaks it (lang, dir). The host
// wrote on the root what it knows: the choice in the phone's cookie and the browser's Accept-Language.
var js = host.Services.GetRequiredService<IJSRuntime>();
var storage = new BrowserStorage(js);
LanguagePreference.Offered = LanguagePreference.OfferedBy(await js.InvokeAsync<string?>("document.documentElement.getAttribute", "data-pseudo-locale"));
LanguagePreference.Startup = await LanguagePreference.StartAsync(
    storage,
    await js.InvokeAsync<string?>("document.documentElement.getAttribute", "data-chosen-language"),
    await js.InvokeAsync<string?>("document.documentElement.getAttribute", "data-accept-language"),
    LanguagePreference.Offered);
await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", LanguagePreference.Startup.HtmlLang);
await js.InvokeVoidAsync("document.documentElement.setAttribute", "dir", LanguagePreference.Startup.Dir);

await host.RunAsync();
