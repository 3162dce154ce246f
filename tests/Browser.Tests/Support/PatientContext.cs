using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// A device that waits for the page as long as the tests' own expectations do (a minute) instead of
/// Playwright's 30 seconds per action: on a busy two-core machine a circuit's answer can take that long,
/// and a click that waits is what a person does, not a weaker check.
/// </summary>
public static class PatientContext
{
    public const float Timeout = 60_000;

    public static async Task<IBrowserContext> PatientAsync(this Task<IBrowserContext> creating)
    {
        ArgumentNullException.ThrowIfNull(creating);
        var context = await creating;
        context.SetDefaultTimeout(Timeout);
        return context;
    }
}
