namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>A page whose JavaScript calls need no answer beyond "done": every call succeeds with null.</summary>
public sealed class NoScript : IPhoneScript
{
    public (bool Succeeded, string ResultJson) Answer(string identifier, string argsJson, long targetInstanceId) => (true, "null");
}
