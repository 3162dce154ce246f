using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Services;

/// <summary>What the live region announces: refusals from the engine and short notices (already translated).</summary>
public sealed class Notices
{
    public event Action<Notice>? Raised;

    public void Refuse(RefusalCode code) => Raised?.Invoke(new Notice(code, null));

    public void Say(string text) => Raised?.Invoke(new Notice(null, text));
}

/// <summary>Either an engine refusal (translated where shown) or a ready sentence.</summary>
public sealed record Notice(RefusalCode? Refusal, string? Text);
