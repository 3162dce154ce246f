namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>The join answer's device part as the generator reads it (MessagePack map, the rest skipped).</summary>
public sealed class DeviceJoin
{
    public bool Accepted { get; set; }

    public object? Refusal { get; set; }

    public Guid? AssemblyId { get; set; }

    public Guid? ParticipantId { get; set; }

    public string? DeviceToken { get; set; }
}
