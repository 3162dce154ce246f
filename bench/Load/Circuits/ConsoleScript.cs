namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// The console page's JavaScript as a circuit client sees it: Z.Blazor.Diagrams asks for its canvas's
/// bounds (answered as a wall frame on a 1366 × 768 laptop); every other call is done with null. A browser
/// also reports each card's size back (a ResizeObserver calling <c>OnResize</c>); this client does not, so
/// the wall renders no second time per card here.
/// </summary>
public sealed class ConsoleScript : IPhoneScript
{
    public (bool Succeeded, string ResultJson) Answer(string identifier, string argsJson, long targetInstanceId) =>
        identifier.EndsWith("getBoundingClientRect", StringComparison.Ordinal)
            ? (true, """{"left":24,"top":180,"width":1318,"height":560,"right":1342,"bottom":740,"x":24,"y":180}""")
            : (true, "null");
}
