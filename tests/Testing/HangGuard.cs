namespace OffeneVersammlung.Testing;

/// <summary>
/// A generous limit that only stops a test that would otherwise hang; it is never what a test asserts.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<T> Within<T>(Task<T> task) => await task.WaitAsync(Limit);

    public static async Task Within(Task task) => await task.WaitAsync(Limit);
}
