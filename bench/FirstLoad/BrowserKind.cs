namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// The phone's browser: with WebAssembly, or without it (the global removed before any script runs, as
/// iOS before 16.4, Lockdown Mode or Edge's enhanced security leave a page), which must get the server mode.
/// </summary>
public sealed record BrowserKind(string Name, string? InitScript)
{
    public static BrowserKind WithWebAssembly { get; } = new("with WebAssembly", null);

    public static BrowserKind WithoutWebAssembly { get; } = new("without WebAssembly", "delete globalThis.WebAssembly");

    public static BrowserKind Parse(string name) => name switch
    {
        "wasm" => WithWebAssembly,
        "nowasm" => WithoutWebAssembly,
        _ => throw new ArgumentException($"unknown browser {name}: wasm or nowasm"),
    };
}
