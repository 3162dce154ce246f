namespace OffeneVersammlung.Participant.Services;

/// <summary>Calls into the browser whose answer nothing waits for: on a circuit each awaited call is a round trip.</summary>
internal static class BrowserCalls
{
    /// <summary>Lets the call go; a failure is dropped, as the awaited calls it replaces dropped it.</summary>
    public static void Unawaited(ValueTask pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            _ = IgnoreFailureAsync(pending);
        }
    }

    private static async Task IgnoreFailureAsync(ValueTask pending)
    {
        try
        {
            await pending;
        }
        catch (Exception)
        {
            // Storage disabled, or the circuit's line gone: what is in the circuit's memory stays, and a reload starts from the browser again.
        }
    }
}
