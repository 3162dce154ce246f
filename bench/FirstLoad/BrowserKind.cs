namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// The phone's browser and how it opens the join link: a first visit as the host chooses for it, a
/// browser without WebAssembly (the global removed before any script runs, as iOS before 16.4,
/// Lockdown Mode or Edge's enhanced security leave a page), or the WebAssembly phone asked for with
/// the host's <c>?mode=wasm</c> (decision 0014).
/// </summary>
public sealed record BrowserKind(string Name, string? InitScript, string Query)
{
    public static BrowserKind FirstVisit { get; } = new("first visit, WebAssembly available (the host's choice)", null, "");

    public static BrowserKind WithoutWebAssembly { get; } = new("without WebAssembly", "delete globalThis.WebAssembly", "");

    public static BrowserKind WebAssembly { get; } = new("WebAssembly phone (?mode=wasm)", null, "?mode=wasm");

    public static BrowserKind Parse(string name) => name switch
    {
        "first" => FirstVisit,
        "nowasm" => WithoutWebAssembly,
        "wasm" => WebAssembly,
        _ => throw new ArgumentException($"unknown browser {name}: first, nowasm or wasm"),
    };
}
