using System.Globalization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using OffeneVersammlung.Participant.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddParticipantApp();
var host = builder.Build();

// The culture is set before the app runs: Blazor then loads that culture's satellite resources.
var storage = new BrowserStorage(host.Services.GetRequiredService<IJSRuntime>());
LanguagePreference.Startup = LanguagePreference.Parse(await storage.GetAsync(LanguagePreference.Key));
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = LanguagePreference.CultureOf(LanguagePreference.Startup);

await host.RunAsync();
