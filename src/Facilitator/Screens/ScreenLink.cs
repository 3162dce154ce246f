namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// Reads the secret of a facilitator or projector link. It stands after <c>#</c>, so it never reaches
/// a request line; the interactive screen sees it in the browser's address once the circuit runs.
/// </summary>
public static class ScreenLink
{
    public static string? SecretOf(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 || hash == uri.Length - 1 ? null : Uri.UnescapeDataString(uri[(hash + 1)..]);
    }
}
