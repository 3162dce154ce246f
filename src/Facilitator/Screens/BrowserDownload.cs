using Microsoft.JSInterop;
using OffeneVersammlung.Facilitator.Exports;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>Sends an export to the facilitator's browser as a download, through the screen's own connection.</summary>
public sealed class BrowserDownload(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async Task SaveAsync(ExportFile file)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        using var content = new DotNetStreamReference(new MemoryStream(file.Content));
        await _module.InvokeVoidAsync("saveFile", file.FileName, file.ContentType, content);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The screen is already gone; so is the module.
            }
        }
    }
}
