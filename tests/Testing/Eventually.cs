namespace OffeneVersammlung.Testing;

/// <summary>
/// Waits for a condition that other parts (a reconnecting client, a restarting server) bring about
/// on their own, by polling it. The hang guard only stops a test that would wait forever.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + HangGuard.Limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "never came true: " + describe());
            await Task.Delay(50);
        }
    }

    /// <summary>As above, for a condition that is read by asking (the server's own view of an assembly).</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + HangGuard.Limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "never came true: " + describe());
            await Task.Delay(50);
        }
    }
}
