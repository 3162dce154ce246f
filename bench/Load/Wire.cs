using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Bench.Load;

// The hub's answers as the generator reads them: SignalR's MessagePack resolver writes maps keyed by
// property name, so these classes take only the members the benchmark needs and skip the rest.

/// <summary>The version of a pushed view; the rest of the view is skipped, not decoded.</summary>
public sealed class Stamp
{
    public long Version { get; set; }
}

public sealed class Answer
{
    public bool Accepted { get; set; }

    public object? Refusal { get; set; }

    public string? Detail { get; set; }

    public long Version { get; set; }

    public override string ToString() => Accepted ? $"accepted at {Version}" : $"refused: {Refusal} {Detail}";
}

public sealed class JoinAnswer
{
    public bool Accepted { get; set; }

    public object? Refusal { get; set; }

    public string? Detail { get; set; }

    public Guid ParticipantId { get; set; }

    /// <summary>The views the phone starts from; a push of its own join may have gone out before it was listening.</summary>
    public ViewsStamp? Snapshot { get; set; }
}

public sealed class ViewsStamp
{
    public Stamp? Board { get; set; }
}

public sealed class CreatedAnswer
{
    public Guid AssemblyId { get; set; }

    public string JoinCode { get; set; } = "";

    public string FacilitatorSecret { get; set; } = "";

    public string ProjectorSecret { get; set; } = "";
}

/// <summary>A phone's snapshot: only its board is read.</summary>
public sealed class PhoneSnapshot
{
    public PhoneView? Participant { get; set; }
}

public sealed class PhoneView
{
    public PublicBoard? Board { get; set; }
}
