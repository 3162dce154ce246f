namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>The phone page's JavaScript as a circuit client sees it: an answer (as JSON) for each call the circuit makes.</summary>
public interface IPhoneScript
{
    (bool Succeeded, string ResultJson) Answer(string identifier, string argsJson, long targetInstanceId);
}
