namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>How a test's phone runs: in a circuit on the server, or on WebAssembly in the browser (decision 0014).</summary>
public enum PhoneMode
{
    /// <summary>A browser without WebAssembly (the global removed before any script runs): the server mode is all it can have.</summary>
    ServerWithoutWebAssembly,

    /// <summary>A browser that runs the WebAssembly app (the mode's cookie set, as after the feature check).</summary>
    WebAssembly,
}
